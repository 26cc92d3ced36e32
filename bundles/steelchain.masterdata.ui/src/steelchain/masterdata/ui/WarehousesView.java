package steelchain.masterdata.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.WarehouseForm;
import steelchain.ui.widgets.GridColumn;

/** Warehouses at the plants and near the markets, with location and capacity. */
public class WarehousesView extends MasterDataView<WarehousesView.Row> {

    record Row(String code, String name, String plant, String province, String city, Double latitude,
            Double longitude, BigDecimal capacity) {
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        List<GridColumn<Row>> columns = new ArrayList<>();
        columns.add(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.code"), Row::code).width(100));
        columns.add(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.name"), Row::name).width(220));
        columns.add(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.plant"), Row::plant).width(180));
        columns.addAll(placeColumns(Row::province, Row::city, Row::latitude, Row::longitude));
        columns.add(GridColumn.<Row>number(MasterDataTexts.get(locale, "column.capacityTonnes"), Row::capacity,
                "#,##0", locale).width(120));
        return columns;
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select w.code, w.name, p.name, w.location.province, w.location.city,"
                + " w.location.latitude, w.location.longitude, w.capacityTonnes from Warehouse w left join w.plant p"
                + " order by w.code", Object[].class).getResultStream()
                .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (Double) r[5], (Double) r[6], (BigDecimal) r[7]))
                .toList();
    }

    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        WarehouseForm form = row == null ? MasterDataEditing.newWarehouse(current)
                : MasterDataEditing.warehouse(current, row.code());
        return form == null ? null : new WarehouseEditorDialog(shell, current, form);
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.warehouses");
    }
}
