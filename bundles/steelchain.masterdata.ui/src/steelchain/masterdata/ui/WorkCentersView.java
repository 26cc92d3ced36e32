package steelchain.masterdata.ui;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.edit.WorkCenterForm;
import steelchain.core.model.WorkCenterType;
import steelchain.ui.widgets.GridColumn;

/** The work centres of all plants with their type and rate. */
public class WorkCentersView extends MasterDataView<WorkCentersView.Row> {

    record Row(String plant, String code, String name, WorkCenterType type, BigDecimal capacity) {
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        return List.of(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.plant"), Row::plant).width(200),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.code"), Row::code).width(100),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.name"), Row::name).width(220),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.type"),
                        r -> MasterDataTexts.of(r.type(), locale)).width(150),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.capacityPerHour"), Row::capacity, "#,##0.0",
                        locale).width(130));
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select w.plant.name, w.code, w.name, w.type, w.capacityTonnesPerHour"
                + " from WorkCenter w order by w.plant.code, w.code", Object[].class).getResultStream()
                .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], (WorkCenterType) r[3],
                        (BigDecimal) r[4]))
                .toList();
    }

    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        WorkCenterForm form = row == null ? MasterDataEditing.newWorkCenter(current)
                : MasterDataEditing.workCenter(current, row.code());
        return form == null ? null : new WorkCenterEditorDialog(shell, current, form);
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.workCenters");
    }
}
