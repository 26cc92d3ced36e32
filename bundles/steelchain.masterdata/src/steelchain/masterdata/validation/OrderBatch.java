package steelchain.masterdata.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;

/**
 * The valid orders of a file, held compactly so that a million lines take well under 100 MB:
 * amounts as whole numbers of their smallest database unit, dates as epoch days, customers
 * and grades by database id. The lines of an order are consecutive.
 */
public final class OrderBatch {

    /** Width of a line without one (round products). */
    public static final long NO_WIDTH = -1;

    private final List<Order> orders = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    /** The file line of each order's first row, by the order's index in {@link #orders()}. */
    private final List<Integer> firstRows = new ArrayList<>();

    /**
     * @param status    null to keep an existing order's status (OPEN for a new order)
     * @param firstLine index of the order's first line in {@link OrderBatch#lines()}
     */
    public record Order(String orderNumber, long customerId, int orderEpochDay, OrderStatus status, int firstLine,
            int lineCount) {

        public LocalDate orderDate() {
            return LocalDate.ofEpochDay(orderEpochDay);
        }
    }

    /**
     * @param thicknessHundredthsMm thickness (diameter) in 0.01 mm, the scale of the database column
     * @param widthTenthsMm         width in 0.1 mm, or {@link OrderBatch#NO_WIDTH}
     * @param kilograms             weight in kg (tonnes with three decimals)
     * @param priceFenPerTonne      price in fen (0.01 CNY) per tonne
     * @param status                null to keep an existing line's status (OPEN for a new line)
     */
    public record Line(int lineNumber, ProductForm form, long gradeId, long thicknessHundredthsMm, long widthTenthsMm,
            long kilograms, int dueEpochDay, long priceFenPerTonne, OrderStatus status) {

        public BigDecimal thicknessMm() {
            return BigDecimal.valueOf(thicknessHundredthsMm, 2);
        }

        public BigDecimal widthMm() {
            return widthTenthsMm == NO_WIDTH ? null : BigDecimal.valueOf(widthTenthsMm, 1);
        }

        public BigDecimal tonnes() {
            return BigDecimal.valueOf(kilograms, 3);
        }

        public LocalDate dueDate() {
            return LocalDate.ofEpochDay(dueEpochDay);
        }

        public BigDecimal priceCnyPerTonne() {
            return BigDecimal.valueOf(priceFenPerTonne, 2);
        }
    }

    /** A batch of the one order an editor saves; it comes from no file, so its first row is 0. */
    public static OrderBatch of(Order order, List<Line> orderLines) {
        OrderBatch batch = new OrderBatch();
        batch.add(order, orderLines, 0);
        return batch;
    }

    void add(Order order, List<Line> orderLines, int firstRow) {
        firstRows.add(firstRow);
        orders.add(new Order(order.orderNumber(), order.customerId(), order.orderEpochDay(), order.status(),
                lines.size(), orderLines.size()));
        lines.addAll(orderLines);
    }

    public List<Order> orders() {
        return orders;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The file line of the first row of the order at {@code index} in {@link #orders()}. */
    public int firstRowOf(int index) {
        return firstRows.get(index);
    }

    /** The lines of {@code order}. */
    public List<Line> linesOf(Order order) {
        return lines.subList(order.firstLine(), order.firstLine() + order.lineCount());
    }
}
