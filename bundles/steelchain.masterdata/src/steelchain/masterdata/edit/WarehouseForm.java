package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import steelchain.core.model.Location;
import steelchain.core.model.Warehouse;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.WarehouseLayout;

/**
 * The warehouse editor's model: code, name, the plant it belongs to (none for a distribution
 * centre near the market), place and capacity in tonnes.
 */
public final class WarehouseForm extends NamedRecordForm {

    public static final FormField CODE = new FormField("warehouse.code", WarehouseLayout.CODE);
    public static final FormField NAME = new FormField("warehouse.name", WarehouseLayout.NAME);
    public static final FormField PLANT = new FormField("warehouse.plant", WarehouseLayout.PLANT_CODE);
    public static final FormField CAPACITY = new FormField("warehouse.capacity", WarehouseLayout.CAPACITY);

    private final List<Reference> plants;

    private WarehouseForm(Long id, long version, Predicate<String> codeTaken, List<Reference> plants) {
        super(fieldList(), id, version, CODE, NAME, codeTaken);
        this.plants = List.copyOf(plants);
    }

    /**
     * A form for a new warehouse, empty.
     *
     * @param codeTaken whether a warehouse with the code exists already
     * @param plants    the plants it may belong to
     */
    public static WarehouseForm create(Predicate<String> codeTaken, List<Reference> plants) {
        WarehouseForm form = new WarehouseForm(null, 0, codeTaken, plants);
        form.validate();
        return form;
    }

    /** A form with the values of {@code warehouse}; {@code plants} are those it may belong to. */
    public static WarehouseForm of(Warehouse warehouse, List<Reference> plants) {
        WarehouseForm form = new WarehouseForm(warehouse.getId(), warehouse.getVersion(), code -> false, plants);
        form.set(CODE, warehouse.getCode());
        form.set(NAME, warehouse.getName());
        form.set(PLANT, warehouse.getPlant() == null ? "" : warehouse.getPlant().getCode());
        LocationFields.fill(form, warehouse.getLocation());
        form.set(CAPACITY, warehouse.getCapacityTonnes().stripTrailingZeros().toPlainString());
        return form;
    }

    /** The plants the warehouse may belong to, for a choice. */
    public List<Reference> plants() {
        return plants;
    }

    /** The code of the warehouse's plant, or null for a distribution centre. */
    public String plantCode() {
        return value(PLANT);
    }

    public Location location() {
        return LocationFields.location(this);
    }

    public BigDecimal capacityTonnes() {
        return value(CAPACITY);
    }

    @Override
    protected void checkMore() {
        refersTo(PLANT, plants, Reason.UNKNOWN_PLANT);
        LocationFields.checkAcross(this);
    }

    private static List<FormField> fieldList() {
        List<FormField> fields = new ArrayList<>(List.of(CODE, NAME, PLANT));
        fields.addAll(LocationFields.ALL);
        fields.add(CAPACITY);
        return fields;
    }
}
