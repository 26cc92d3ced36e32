package steelchain.masterdata.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import steelchain.core.model.Location;
import steelchain.core.model.Plant;
import steelchain.masterdata.layout.PlantLayout;

/**
 * The plant editor's model: code, name and place. Work centres, warehouses and plans refer to
 * a plant by its code.
 */
public final class PlantForm extends NamedRecordForm {

    public static final FormField CODE = new FormField("plant.code", PlantLayout.CODE);
    public static final FormField NAME = new FormField("plant.name", PlantLayout.NAME);

    private PlantForm(Long id, long version, Predicate<String> codeTaken) {
        super(fieldList(), id, version, CODE, NAME, codeTaken);
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

    /** The plant's place; only for a valid form. */
    public Location location() {
        return LocationFields.location(this);
    }

    @Override
    protected void checkMore() {
        LocationFields.checkAcross(this);
    }

    private static List<FormField> fieldList() {
        List<FormField> fields = new ArrayList<>(List.of(CODE, NAME));
        fields.addAll(LocationFields.ALL);
        return fields;
    }
}
