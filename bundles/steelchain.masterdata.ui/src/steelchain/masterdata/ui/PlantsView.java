package steelchain.masterdata.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.PlantForm;
import steelchain.ui.widgets.GridColumn;

/** The plants (steel works) with where they are and how many work centres and warehouses each has. */
public class PlantsView extends MasterDataView<PlantsView.Row> {

    record Row(String code, String name, String province, String city, Double latitude, Double longitude,
            long workCenters, long warehouses) {
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        List<GridColumn<Row>> columns = new ArrayList<>();
        columns.add(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.code"), Row::code).width(100));
        columns.add(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.name"), Row::name).width(240));
        columns.addAll(placeColumns(Row::province, Row::city, Row::latitude, Row::longitude));
        columns.add(GridColumn.<Row>number(MasterDataTexts.get(locale, "column.workCenters"), Row::workCenters, "#0",
                locale).width(100));
        columns.add(GridColumn.<Row>number(MasterDataTexts.get(locale, "column.warehouses"), Row::warehouses, "#0",
                locale).width(90));
        return columns;
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select p.code, p.name, p.location.province, p.location.city, p.location.latitude,"
                + " p.location.longitude, (select count(w) from WorkCenter w where w.plant = p),"
                + " (select count(h) from Warehouse h where h.plant = p) from Plant p order by p.code", Object[].class)
                .getResultStream()
                .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Double) r[4],
                        (Double) r[5], ((Number) r[6]).longValue(), ((Number) r[7]).longValue()))
                .toList();
    }

    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        PlantForm form = row == null ? MasterDataEditing.newPlant(current) : MasterDataEditing.plant(current, row.code());
        return form == null ? null : new PlantEditorDialog(shell, current, form);
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.plants");
    }
}
