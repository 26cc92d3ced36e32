package steelchain.masterdata.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import steelchain.core.model.Location;
import steelchain.core.model.Material;
import steelchain.core.model.Supplier;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.SupplierLayout;

/**
 * The supplier editor's model: code, name, place and the materials it delivers (at least
 * one), held as their codes. Purchase orders refer to a supplier by its code.
 */
public final class SupplierForm extends NamedRecordForm {

    public static final FormField CODE = new FormField("supplier.code", SupplierLayout.CODE);
    public static final FormField NAME = new FormField("supplier.name", SupplierLayout.NAME);
    public static final FormField MATERIALS = new FormField("supplier.materials", SupplierLayout.MATERIAL_CODES);

    private final List<Reference> materials;

    private SupplierForm(Long id, long version, Predicate<String> codeTaken, List<Reference> materials) {
        super(fieldList(), id, version, CODE, NAME, codeTaken);
        this.materials = List.copyOf(materials);
    }

    /**
     * A form for a new supplier, empty.
     *
     * @param codeTaken whether a supplier with the code exists already
     * @param materials the materials it may deliver
     */
    public static SupplierForm create(Predicate<String> codeTaken, List<Reference> materials) {
        SupplierForm form = new SupplierForm(null, 0, codeTaken, materials);
        form.validate();
        return form;
    }

    /** A form with the values of {@code supplier}; read its materials inside the transaction. */
    public static SupplierForm of(Supplier supplier, List<Reference> materials) {
        SupplierForm form = new SupplierForm(supplier.getId(), supplier.getVersion(), code -> false, materials);
        form.set(CODE, supplier.getCode());
        form.set(NAME, supplier.getName());
        LocationFields.fill(form, supplier.getLocation());
        form.setMaterials(supplier.getMaterials().stream().map(Material::getCode).sorted().toList());
        return form;
    }

    /** The materials a supplier may deliver, for a choice. */
    public List<Reference> knownMaterials() {
        return materials;
    }

    /** The codes of the materials it delivers, as typed, without blanks and repeats. */
    public Set<String> materialCodes() {
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream(get(MATERIALS).split(SupplierLayout.MATERIAL_SEPARATOR)).map(String::strip)
                .filter(code -> !code.isEmpty()).forEach(codes::add);
        return codes;
    }

    /** Makes {@code codes} the materials it delivers. */
    public void setMaterials(Collection<String> codes) {
        set(MATERIALS, String.join(SupplierLayout.MATERIAL_SEPARATOR, codes));
    }

    public Location location() {
        return LocationFields.location(this);
    }

    @Override
    protected void checkMore() {
        LocationFields.checkAcross(this);
        if (problem(MATERIALS) == null) {
            List<String> unknown = new ArrayList<>(materialCodes());
            unknown.removeIf(code -> materials.stream().anyMatch(m -> m.code().equals(code)));
            if (!unknown.isEmpty()) {
                problem(MATERIALS, 0, get(MATERIALS), Reason.UNKNOWN_MATERIAL, List.of(String.join(", ", unknown)));
            } else if (materialCodes().isEmpty()) {
                problem(MATERIALS, 0, "", Reason.REQUIRED, List.of());
            }
        }
    }

    private static List<FormField> fieldList() {
        List<FormField> fields = new ArrayList<>(List.of(CODE, NAME));
        fields.addAll(LocationFields.ALL);
        fields.add(MATERIALS);
        return fields;
    }
}
