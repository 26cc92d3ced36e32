package steelchain.masterdata.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.Reference;
import steelchain.masterdata.edit.SupplierForm;

/** Edits a supplier: code, name, place and the materials it delivers, ticked in a list. */
final class SupplierEditorDialog extends RecordEditorDialog<SupplierForm> {

    private Table materials;

    SupplierEditorDialog(Shell parent, DataStore store, SupplierForm form) {
        super(parent, store, form, "supplier");
    }

    @Override
    protected void createFields(Composite area) {
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, SupplierForm.CODE);
        text(fields, SupplierForm.NAME);
        location(fields);

        Group group = new Group(area, SWT.NONE);
        group.setText(SupplierForm.MATERIALS.label(locale));
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        materials = new Table(group, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).indent(10, 0).hint(420, 160).applyTo(materials);
        Set<String> delivered = form.materialCodes();
        // What it delivers first: the list is long and the user came to see or change that.
        List<Reference> ordered = form.knownMaterials().stream()
                .sorted(Comparator.comparing((Reference m) -> !delivered.contains(m.code()))).toList();
        for (Reference material : ordered) {
            TableItem item = new TableItem(materials, SWT.NONE);
            item.setText(material.label());
            item.setData(material.code());
            item.setChecked(delivered.contains(material.code()));
        }
        materials.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                form.setMaterials(ticked());
                touched();
            }
        });
        decorate(materials, List.of(SupplierForm.MATERIALS));
    }

    /** The codes of the ticked materials, in the list's order. */
    private List<String> ticked() {
        List<String> codes = new ArrayList<>();
        for (TableItem item : materials.getItems()) {
            if (item.getChecked()) {
                codes.add((String) item.getData());
            }
        }
        return codes;
    }

    /** The list of materials, for tests. */
    Table materials() {
        return materials;
    }

    @Override
    protected void save(DataStore target, SupplierForm valid) {
        MasterDataEditing.save(target, valid);
    }
}
