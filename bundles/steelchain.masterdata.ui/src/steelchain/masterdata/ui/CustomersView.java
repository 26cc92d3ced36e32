package steelchain.masterdata.ui;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.swt.widgets.Shell;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.masterdata.RecordKind;
import steelchain.masterdata.edit.CustomerForm;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.ui.widgets.GridColumn;

/** All customers with industry, region, credit limit and grade. */
public class CustomersView extends MasterDataView<CustomersView.Row> {

    record Row(String code, String name, Industry industry, String province, String city, BigDecimal creditLimit,
            CustomerGrade grade) {
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        return List.of(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.code"), Row::code).width(100),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.name"), Row::name).width(260),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.industry"),
                        r -> MasterDataTexts.of(r.industry(), locale)).width(110),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.province"), Row::province).width(90),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.city"), Row::city).width(90),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.creditLimit"), Row::creditLimit, "#,##0",
                        locale).width(140),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.grade"),
                        r -> r.grade() == null ? "" : r.grade().name()).width(60));
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select c.code, c.name, c.industry, c.location.province, c.location.city, c.creditLimit,"
                + " c.grade from Customer c order by c.code", Object[].class).getResultStream()
                .map(r -> new Row((String) r[0], (String) r[1], (Industry) r[2], (String) r[3], (String) r[4],
                        (BigDecimal) r[5], (CustomerGrade) r[6]))
                .toList();
    }

    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        CustomerForm form = row == null ? MasterDataEditing.newCustomer(current)
                : MasterDataEditing.customer(current, row.code());
        return form == null ? null : new CustomerEditorDialog(shell, current, form);
    }

    @Override
    protected RecordKind importKind() {
        return RecordKind.CUSTOMERS;
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.customers");
    }
}
