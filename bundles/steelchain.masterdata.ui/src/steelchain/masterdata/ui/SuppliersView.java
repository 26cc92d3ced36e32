package steelchain.masterdata.ui;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Shell;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.SupplierForm;
import steelchain.core.model.Material;
import steelchain.core.model.Supplier;
import steelchain.ui.widgets.GridColumn;

/** Suppliers with where they are and what they deliver. */
public class SuppliersView extends MasterDataView<SuppliersView.Row> {

    record Row(String code, String name, String province, String city, String materials) {
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        return List.of(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.code"), Row::code).width(100),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.name"), Row::name).width(240),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.province"), Row::province).width(90),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.city"), Row::city).width(90),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.materials"), Row::materials).width(420));
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select s from Supplier s order by s.code", Supplier.class).getResultStream()
                .map(s -> new Row(s.getCode(), s.getName(), s.getLocation().getProvince(), s.getLocation().getCity(),
                        s.getMaterials().stream().map(Material::getName).sorted().collect(Collectors.joining(", "))))
                .toList();
    }

    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        SupplierForm form = row == null ? MasterDataEditing.newSupplier(current)
                : MasterDataEditing.supplier(current, row.code());
        return form == null ? null : new SupplierEditorDialog(shell, current, form);
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.suppliers");
    }
}
