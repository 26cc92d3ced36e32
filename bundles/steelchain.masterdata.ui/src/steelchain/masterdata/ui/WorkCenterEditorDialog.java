package steelchain.masterdata.ui;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.data.DataStore;
import steelchain.core.model.WorkCenterType;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.WorkCenterForm;

/** Edits a work centre: code, name, plant, type and capacity in tonnes per hour. */
final class WorkCenterEditorDialog extends RecordEditorDialog<WorkCenterForm> {

    WorkCenterEditorDialog(Shell parent, DataStore store, WorkCenterForm form) {
        super(parent, store, form, "workCenter");
    }

    @Override
    protected void createFields(Composite area) {
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, WorkCenterForm.CODE);
        text(fields, WorkCenterForm.NAME);
        reference(fields, WorkCenterForm.PLANT, form.plants(), null);
        choice(fields, WorkCenterForm.TYPE, name -> MasterDataTexts.of(WorkCenterType.valueOf(name), locale));
        text(fields, WorkCenterForm.CAPACITY);
    }

    @Override
    protected void save(DataStore target, WorkCenterForm valid) {
        MasterDataEditing.save(target, valid);
    }
}
