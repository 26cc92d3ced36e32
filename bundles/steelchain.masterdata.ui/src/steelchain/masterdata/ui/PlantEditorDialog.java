package steelchain.masterdata.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.PlantForm;

/** Edits a plant: code, name and where it is. */
final class PlantEditorDialog extends RecordEditorDialog<PlantForm> {

    PlantEditorDialog(Shell parent, DataStore store, PlantForm form) {
        super(parent, store, form, "plant");
    }

    @Override
    protected void createFields(Composite area) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, PlantForm.CODE);
        text(fields, PlantForm.NAME);
        location(fields);
    }

    @Override
    protected void save(DataStore target, PlantForm valid) {
        MasterDataEditing.save(target, valid);
    }
}
