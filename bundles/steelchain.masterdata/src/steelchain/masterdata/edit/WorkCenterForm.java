package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

import steelchain.core.model.WorkCenter;
import steelchain.core.model.WorkCenterType;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.WorkCenterLayout;

/**
 * The work centre editor's model: code, name, plant, type (blast furnace, converter, caster,
 * mill, line) and capacity in tonnes per hour. Routings and schedules refer to it by its code.
 */
public final class WorkCenterForm extends NamedRecordForm {

    public static final FormField CODE = new FormField("workCenter.code", WorkCenterLayout.CODE);
    public static final FormField NAME = new FormField("workCenter.name", WorkCenterLayout.NAME);
    public static final FormField PLANT = new FormField("workCenter.plant", WorkCenterLayout.PLANT_CODE);
    public static final FormField TYPE = new FormField("workCenter.type", WorkCenterLayout.TYPE);
    public static final FormField CAPACITY = new FormField("workCenter.capacity", WorkCenterLayout.CAPACITY);

    private final List<Reference> plants;

    private WorkCenterForm(Long id, long version, Predicate<String> codeTaken, List<Reference> plants) {
        super(List.of(CODE, NAME, PLANT, TYPE, CAPACITY), id, version, CODE, NAME, codeTaken);
        this.plants = List.copyOf(plants);
    }

    /**
     * A form for a new work centre, empty; with a single plant, that plant is chosen.
     *
     * @param codeTaken whether a work centre with the code exists already
     * @param plants    the plants it may belong to
     */
    public static WorkCenterForm create(Predicate<String> codeTaken, List<Reference> plants) {
        WorkCenterForm form = new WorkCenterForm(null, 0, codeTaken, plants);
        if (plants.size() == 1) {
            form.set(PLANT, plants.get(0).code());
        }
        form.validate();
        return form;
    }

    /** A form with the values of {@code workCenter}; {@code plants} are those it may belong to. */
    public static WorkCenterForm of(WorkCenter workCenter, List<Reference> plants) {
        WorkCenterForm form = new WorkCenterForm(workCenter.getId(), workCenter.getVersion(), code -> false, plants);
        form.set(CODE, workCenter.getCode());
        form.set(NAME, workCenter.getName());
        form.set(PLANT, workCenter.getPlant().getCode());
        form.set(TYPE, workCenter.getType().name());
        form.set(CAPACITY, workCenter.getCapacityTonnesPerHour().stripTrailingZeros().toPlainString());
        return form;
    }

    /** The plants the work centre may belong to, for a choice. */
    public List<Reference> plants() {
        return plants;
    }

    public String plantCode() {
        return value(PLANT);
    }

    public WorkCenterType type() {
        String type = value(TYPE);
        return type == null ? null : WorkCenterType.valueOf(type);
    }

    public BigDecimal capacityTonnesPerHour() {
        return value(CAPACITY);
    }

    @Override
    protected void checkMore() {
        refersTo(PLANT, plants, Reason.UNKNOWN_PLANT);
    }
}
