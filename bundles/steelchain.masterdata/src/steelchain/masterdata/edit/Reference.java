package steelchain.masterdata.edit;

/**
 * A record that a field of a form may name, e.g. the plant of a warehouse: its business key
 * and its name, as the editor offers it.
 */
public record Reference(String code, String name) {

    /** E.g. "BG-SH — Baoshan Works": how a choice of records reads. */
    public String label() {
        return name == null || name.isBlank() ? code : code + " \u2014 " + name;
    }
}
