package steelchain.masterdata.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.masterdata.RecordKind;
import steelchain.masterdata.edit.OrderChangeGuards;
import steelchain.masterdata.edit.OrderEditing;
import steelchain.masterdata.edit.OrderForm;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.ui.widgets.GridColumn;

/** Every order line with its order, customer, product, size, weight, dates, price and status. */
public class OrderLinesView extends MasterDataView<OrderLinesView.Row> {

    /** The other modules' say on changing an order; without it no order is opened for editing. */
    private volatile OrderChangeGuards guards;

    record Row(String orderNumber, String customerCode, String customerName, LocalDate orderDate, int line,
            ProductForm form, String grade, BigDecimal thickness, BigDecimal width, BigDecimal tonnes,
            LocalDate dueDate, BigDecimal price, OrderStatus status) {

        BigDecimal value() {
            return tonnes.multiply(price).setScale(0, RoundingMode.HALF_UP);
        }
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        return List.of(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.order"), Row::orderNumber).width(120),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.line"), Row::line, "#0", locale).width(50),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.customer"), Row::customerName).width(220),
                GridColumn.<Row, LocalDate>date(MasterDataTexts.get(locale, "column.orderDate"), Row::orderDate, date)
                        .width(100),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.form"),
                        r -> MasterDataTexts.of(r.form(), locale)).width(110),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.steelGrade"), Row::grade).width(90),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.thickness"), Row::thickness, "0.00", locale)
                        .width(90),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.width"), Row::width, "0", locale).width(80),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.tonnes"), Row::tonnes, "#,##0.000", locale)
                        .width(100),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.price"), Row::price, "#,##0", locale)
                        .width(90),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.value"), Row::value, "#,##0", locale)
                        .width(120),
                GridColumn.<Row, LocalDate>date(MasterDataTexts.get(locale, "column.dueDate"), Row::dueDate, date)
                        .width(100),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.status"),
                        r -> MasterDataTexts.of(r.status(), locale)).width(100));
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select o.orderNumber, c.code, c.name, o.orderDate, l.lineNumber, l.form, g.code,"
                + " l.thicknessMm, l.widthMm, l.tonnes, l.dueDate, l.priceCnyPerTonne, l.status"
                + " from OrderLine l join l.order o join o.customer c join l.grade g"
                + " order by o.orderDate desc, o.orderNumber, l.lineNumber", Object[].class).getResultStream()
                .map(r -> new Row((String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], (Integer) r[4],
                        (ProductForm) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9],
                        (LocalDate) r[10], (BigDecimal) r[11], (OrderStatus) r[12]))
                .toList();
    }

    /** New… creates an order; Edit… and a double click open the order of the line. */
    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        OrderChangeGuards currentGuards = guards;
        if (currentGuards == null) {
            throw new IllegalStateException(MasterDataTexts.get(locale, "editor.order.noGuards"));
        }
        OrderForm form = row == null ? OrderEditing.newOrder(current)
                : OrderEditing.order(current, row.orderNumber(), currentGuards, locale);
        return form == null ? null : new OrderEditorDialog(shell, current, form, currentGuards);
    }

    @Inject
    @Optional
    void guardsChanged(@Service OrderChangeGuards current) {
        guards = current;
    }

    @Override
    protected RecordKind importKind() {
        return RecordKind.ORDERS;
    }

    @Override
    protected OrderChangeGuard importGuard() {
        return guards;
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.orderLines");
    }
}
