package steelchain.masterdata.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.WarehouseForm;

/** Edits a warehouse: code, name, its plant or none for a distribution centre, place and capacity. */
final class WarehouseEditorDialog extends RecordEditorDialog<WarehouseForm> {

    WarehouseEditorDialog(Shell parent, DataStore store, WarehouseForm form) {
        super(parent, store, form, "warehouse");
    }

    @Override
    protected void createFields(Composite area) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, WarehouseForm.CODE);
        text(fields, WarehouseForm.NAME);
        reference(fields, WarehouseForm.PLANT, form.plants(), MasterDataTexts.get(locale, "editor.noPlant"));
        text(fields, WarehouseForm.CAPACITY);
        location(fields);
    }

    @Override
    protected void save(DataStore target, WarehouseForm valid) {
        MasterDataEditing.save(target, valid);
    }
}
