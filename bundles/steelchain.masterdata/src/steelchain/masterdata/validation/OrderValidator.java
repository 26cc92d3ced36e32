package steelchain.masterdata.validation;

import static steelchain.masterdata.layout.OrderLayout.CUSTOMER_CODE;
import static steelchain.masterdata.layout.OrderLayout.DUE_DATE;
import static steelchain.masterdata.layout.OrderLayout.FORM;
import static steelchain.masterdata.layout.OrderLayout.GRADE_CODE;
import static steelchain.masterdata.layout.OrderLayout.LINE_NUMBER;
import static steelchain.masterdata.layout.OrderLayout.ORDER_DATE;
import static steelchain.masterdata.layout.OrderLayout.ORDER_NUMBER;
import static steelchain.masterdata.layout.OrderLayout.ORDER_STATUS;
import static steelchain.masterdata.layout.OrderLayout.PRICE;
import static steelchain.masterdata.layout.OrderLayout.STATUS;
import static steelchain.masterdata.layout.OrderLayout.THICKNESS;
import static steelchain.masterdata.layout.OrderLayout.TONNES;
import static steelchain.masterdata.layout.OrderLayout.WIDTH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Column;
import steelchain.masterdata.layout.FieldRules;
import steelchain.masterdata.layout.OrderLayout;
import steelchain.masterdata.validation.OrderBatch.Line;
import steelchain.masterdata.validation.OrderBatch.Order;

/**
 * Checks the rows of an orders file. Besides each cell: customer and grade exist, round
 * products have no width and flat ones have one, nothing is due before it is ordered, the
 * lines of an order are next to each other and agree on the order's customer, date and status,
 * and a line number appears once per order. Only the order being read is held in full; of
 * earlier orders just the number and last row are remembered.
 */
public final class OrderValidator implements RowValidator<OrderBatch> {

    private final References references;
    private final OrderBatch batch = new OrderBatch();
    /** The last row of each finished order, to catch an order whose lines are spread out. */
    private final Map<String, Integer> lastRowOfOrder = new HashMap<>();
    private OrderInProgress current;

    public OrderValidator(References references) {
        this.references = references;
    }

    /** The order whose lines are being read: its fields as its first row gives them. */
    private static final class OrderInProgress {
        final String number;
        final int firstRow;
        final String customerCode;
        final Long customerId;
        final LocalDate orderDate;
        final String statusKey;
        final OrderStatus status;
        final Map<Integer, Integer> rowOfLineNumber = new HashMap<>();
        final List<Line> lines = new ArrayList<>();
        int lastRow;
        boolean clean;

        OrderInProgress(String number, int firstRow, String customerCode, Long customerId, LocalDate orderDate,
                String statusKey, OrderStatus status) {
            this.number = number;
            this.firstRow = firstRow;
            this.customerCode = customerCode;
            this.customerId = customerId;
            this.orderDate = orderDate;
            this.statusKey = statusKey;
            this.status = status;
        }
    }

    @Override
    public List<Column> columns() {
        return OrderLayout.COLUMNS;
    }

    @Override
    public void accept(RowValues row) {
        String number = row.text(ORDER_NUMBER);
        String customerCode = row.text(CUSTOMER_CODE);
        LocalDate orderDate = row.date(ORDER_DATE);
        OrderStatus orderStatus = row.choice(ORDER_STATUS, OrderStatus.class);
        Integer lineNumber = row.integer(LINE_NUMBER);
        ProductForm form = row.choice(FORM, ProductForm.class);
        String gradeCode = row.text(GRADE_CODE);
        BigDecimal thickness = row.decimal(THICKNESS);
        BigDecimal width = row.decimal(WIDTH);
        BigDecimal tonnes = row.decimal(TONNES);
        LocalDate dueDate = row.date(DUE_DATE);
        BigDecimal price = row.decimal(PRICE);
        OrderStatus status = row.choice(STATUS, OrderStatus.class);

        Long customerId = customerCode == null ? null : references.customerId(customerCode);
        if (customerCode != null && customerId == null) {
            row.problem(CUSTOMER_CODE, Reason.UNKNOWN_CUSTOMER);
        }
        Long gradeId = gradeCode == null ? null : references.gradeId(gradeCode);
        if (gradeCode != null && gradeId == null) {
            row.problem(GRADE_CODE, Reason.UNKNOWN_GRADE);
        }
        checkWidth(row, form);
        if (orderDate != null && dueDate != null && dueDate.isBefore(orderDate)) {
            row.problem(DUE_DATE, Reason.DUE_BEFORE_ORDER, orderDate);
        }
        if (number == null) {
            return;
        }
        if (current == null || !current.number.equals(number)) {
            finishOrder();
            Integer lastRow = lastRowOfOrder.get(number);
            if (lastRow != null) {
                row.problem(ORDER_NUMBER, Reason.ORDER_NOT_TOGETHER, number, lastRow);
            }
            current = new OrderInProgress(number, row.row(), customerCode, customerId, orderDate,
                    FieldRules.choiceKey(row.raw(ORDER_STATUS)), orderStatus);
        } else {
            checkSameAsFirstRow(row, customerCode, orderDate);
        }
        if (lineNumber != null) {
            Integer firstRow = current.rowOfLineNumber.putIfAbsent(lineNumber, row.row());
            if (firstRow != null) {
                row.problem(LINE_NUMBER, Reason.DUPLICATE_LINE, lineNumber, number, firstRow);
            }
        }
        current.lastRow = row.row();
        current.clean = !row.fileHasProblems();
        if (current.clean) {
            current.lines.add(new Line(lineNumber, form, gradeId, unscaled(thickness),
                    width == null ? OrderBatch.NO_WIDTH : unscaled(width), unscaled(tonnes),
                    (int) dueDate.toEpochDay(), unscaled(price), status));
        }
    }

    @Override
    public OrderBatch result() {
        finishOrder();
        current = null;
        return batch;
    }

    /** Round products are measured by diameter alone; flat ones need a width. */
    private static void checkWidth(RowValues row, ProductForm form) {
        if (form == null) {
            return;
        }
        if (form.isRound() && !row.isEmpty(WIDTH)) {
            row.problem(WIDTH, Reason.WIDTH_FOR_ROUND, form);
        } else if (!form.isRound() && row.isEmpty(WIDTH)) {
            row.problem(WIDTH, Reason.WIDTH_REQUIRED, form);
        }
    }

    private void checkSameAsFirstRow(RowValues row, String customerCode, LocalDate orderDate) {
        if (customerCode != null && current.customerCode != null && !customerCode.equals(current.customerCode)) {
            row.problem(CUSTOMER_CODE, Reason.DIFFERS_IN_ORDER, current.firstRow, current.customerCode);
        }
        if (orderDate != null && current.orderDate != null && !orderDate.equals(current.orderDate)) {
            row.problem(ORDER_DATE, Reason.DIFFERS_IN_ORDER, current.firstRow, current.orderDate);
        }
        if (!FieldRules.choiceKey(row.raw(ORDER_STATUS)).equals(current.statusKey)) {
            row.problem(ORDER_STATUS, Reason.DIFFERS_IN_ORDER, current.firstRow, current.statusKey);
        }
    }

    private void finishOrder() {
        if (current == null) {
            return;
        }
        lastRowOfOrder.put(current.number, current.lastRow);
        if (current.clean) {
            batch.add(new Order(current.number, current.customerId, (int) current.orderDate.toEpochDay(),
                    current.status, 0, 0), current.lines, current.firstRow);
        }
    }

    /** The number in units of its last decimal place; the validated scale is the column's. */
    private static long unscaled(BigDecimal number) {
        return number.unscaledValue().longValueExact();
    }
}
