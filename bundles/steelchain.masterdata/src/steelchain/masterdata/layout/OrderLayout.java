package steelchain.masterdata.layout;

import java.util.List;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.masterdata.layout.Column.Bound;

/**
 * The columns of an orders file: one order line per row, keyed by {@link #ORDER_NUMBER} and
 * {@link #LINE_NUMBER}. The order's own fields (customer, date, order status) are repeated on
 * each of its lines, and the lines of an order are next to each other.
 */
public final class OrderLayout {

    public static final Column ORDER_NUMBER = Column.text("order_number", "订单号", 32).required();
    public static final Column CUSTOMER_CODE = Column.text("customer_code", "客户编码", 32).required();
    public static final Column ORDER_DATE = Column.date("order_date", "订单日期").required();
    public static final Column LINE_NUMBER = Column.integer("line_number", "行号").bounded(Bound.POSITIVE).required();
    public static final Column FORM = Column.choice("form", "产品形态", ProductForm.class).required();
    public static final Column GRADE_CODE = Column.text("grade_code", "牌号", 32).required();
    /** Thickness, or diameter for round products. */
    public static final Column THICKNESS = Column.decimal("thickness_mm", "厚度(mm)", 8, 2).bounded(Bound.POSITIVE)
            .required();
    /** Empty for round products, required for the others. */
    public static final Column WIDTH = Column.decimal("width_mm", "宽度(mm)", 8, 1).bounded(Bound.POSITIVE);
    public static final Column TONNES = Column.decimal("tonnes", "重量(吨)", 12, 3).bounded(Bound.POSITIVE).required();
    public static final Column DUE_DATE = Column.date("due_date", "交货日期").required();
    public static final Column PRICE = Column.decimal("price_cny_per_t", "单价(元/吨)", 12, 2)
            .bounded(Bound.NON_NEGATIVE).required();
    /** The line's status; empty keeps an existing line's status and makes a new one OPEN. */
    public static final Column STATUS = Column.choice("status", "状态", OrderStatus.class);
    /** The order's status; empty keeps an existing order's status and makes a new one OPEN. */
    public static final Column ORDER_STATUS = Column.choice("order_status", "订单状态", OrderStatus.class);

    /** In the order an export writes them. */
    public static final List<Column> COLUMNS = List.of(ORDER_NUMBER, CUSTOMER_CODE, ORDER_DATE, LINE_NUMBER, FORM,
            GRADE_CODE, THICKNESS, WIDTH, TONNES, DUE_DATE, PRICE, STATUS, ORDER_STATUS);

    private OrderLayout() {
    }
}
