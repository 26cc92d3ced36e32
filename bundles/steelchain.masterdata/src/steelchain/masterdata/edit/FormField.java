package steelchain.masterdata.edit;

import java.util.Locale;

import steelchain.masterdata.layout.Column;

/**
 * A field of an editor: the key of its label and the layout column whose
 * {@linkplain steelchain.masterdata.layout.FieldRules rules} it follows, the same rules the
 * CSV import applies to that column.
 *
 * @param detail what the label names besides the key, e.g. the element of a chemistry field
 */
public record FormField(String key, Column column, String detail) {

    /** A field whose label is the same for every record. */
    public FormField(String key, Column column) {
        this(key, column, "");
    }

    /** The field's name for the user, e.g. "Credit limit (CNY)", or "Mn max (%)" with the detail "Mn". */
    public String label(Locale locale) {
        return EditTexts.get(locale, "field." + key, detail);
    }
}
