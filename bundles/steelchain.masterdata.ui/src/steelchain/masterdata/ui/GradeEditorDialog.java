package steelchain.masterdata.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.GradeForm;
import steelchain.masterdata.edit.GradeForm.ElementFields;
import steelchain.masterdata.edit.MasterDataEditing;

/**
 * Edits a steel grade: code, standard, description, mechanical limits and the chemistry range
 * of each element in mass percent. A changed specification saves as the grade's next revision.
 */
final class GradeEditorDialog extends RecordEditorDialog<GradeForm> {

    /** Elements side by side in the chemistry table: 15 elements in 5 rows. */
    private static final int ELEMENT_BLOCKS = 3;

    GradeEditorDialog(Shell parent, DataStore store, GradeForm form) {
        super(parent, store, form, "grade");
    }

    @Override
    protected void createFields(Composite area) {
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, GradeForm.CODE);
        text(fields, GradeForm.STANDARD);
        Text description = text(fields, GradeForm.DESCRIPTION);
        GridDataFactory.createFrom((GridData) description.getLayoutData()).span(3, 1).applyTo(description);

        Group mechanical = new Group(area, SWT.NONE);
        mechanical.setText(MasterDataTexts.get(locale, "editor.mechanical"));
        GridLayoutFactory.fillDefaults().margins(8, 8).numColumns(4).spacing(8, 6).applyTo(mechanical);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(mechanical);
        text(mechanical, GradeForm.YIELD_MIN);
        text(mechanical, GradeForm.ELONGATION_MIN);
        text(mechanical, GradeForm.TENSILE_MIN);
        text(mechanical, GradeForm.TENSILE_MAX);

        Group chemistry = new Group(area, SWT.NONE);
        chemistry.setText(MasterDataTexts.get(locale, "editor.chemistry"));
        GridLayoutFactory.fillDefaults().margins(8, 8).numColumns(3 * ELEMENT_BLOCKS).spacing(8, 4)
                .applyTo(chemistry);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chemistry);
        for (int block = 0; block < ELEMENT_BLOCKS; block++) {
            heading(chemistry, "editor.element");
            heading(chemistry, "editor.min");
            heading(chemistry, "editor.max");
        }
        for (ElementFields element : GradeForm.CHEMISTRY) {
            Label symbol = new Label(chemistry, SWT.NONE);
            symbol.setText(element.element());
            GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).indent(12, 0).applyTo(symbol);
            numberText(chemistry, element.min());
            numberText(chemistry, element.max());
        }
    }

    private void heading(Composite parent, String key) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(MasterDataTexts.get(locale, key));
        GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.CENTER).applyTo(label);
    }

    @Override
    protected void save(DataStore target, GradeForm valid) {
        MasterDataEditing.save(target, valid);
    }
}
