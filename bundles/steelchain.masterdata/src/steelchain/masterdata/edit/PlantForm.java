package steelchain.masterdata.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import steelchain.core.model.Location;
import steelchain.core.model.Plant;
import steelchain.masterdata.layout.PlantLayout;

/**
 * The plant editor's model: code, name and place. A new plant's code must not be taken; an
 * existing plant's code cannot be changed (work centres, warehouses and plans refer to it).
 */
public final class PlantForm extends RecordForm {

    public static final FormField CODE = new FormField("plant.code", PlantLayout.CODE);
    public static final FormField NAME = new FormField("plant.name", PlantLayout.NAME);

    private final Predicate<String> codeTaken;

    private PlantForm(Long id, long version, Predicate<String> codeTaken) {
        super(fieldList(), id, version);
        this.codeTaken = codeTaken;
    }

    /**
     * A form for a new plant, empty.
     *
     * @param codeTaken whether a plant with the code exists already
     */
    public static PlantForm create(Predicate<String> codeTaken) {
        PlantForm form = new PlantForm(null, 0, codeTaken);
        form.validate();
        return form;
    }

    /** A form with the values of {@code plant}. */
    public static PlantForm of(Plant plant) {
        PlantForm form = new PlantForm(plant.getId(), plant.getVersion(), code -> false);
        form.set(CODE, plant.getCode());
        form.set(NAME, plant.getName());
        LocationFields.fill(form, plant.getLocation());
        return form;
    }

    @Override
    public String businessKey() {
        return get(CODE).strip();
    }

    public String code() {
        return value(CODE);
    }

    public String name() {
        return value(NAME);
    }

    /** The plant's place; only for a valid form. */
    public Location location() {
        return LocationFields.location(this);
    }

    @Override
    protected void checkAcross() {
        notTaken(CODE, codeTaken);
        LocationFields.checkAcross(this);
    }

    private static List<FormField> fieldList() {
        List<FormField> fields = new ArrayList<>(List.of(CODE, NAME));
        fields.addAll(LocationFields.ALL);
        return fields;
    }
}
