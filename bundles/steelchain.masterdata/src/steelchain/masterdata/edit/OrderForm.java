package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Cells;
import steelchain.masterdata.layout.Checked;
import steelchain.masterdata.layout.FieldRules;
import steelchain.masterdata.layout.OrderLayout;

/**
 * The order editor's model: an order's fields and its lines, each checked by the rules of the
 * columns of an orders file, and the import's rules across them: the customer and each line's
 * grade exist, a flat product has a width and a round one none, nothing is due before it is
 * ordered. A new order's number must not be taken; an existing order's number is fixed. Lines
 * are added after the last; a stored line is never removed here (a planner cancels it by its
 * status), a line added in the editor may be removed before it is saved. An order that another
 * module has taken over is read-only: see {@link #refusal()}.
 */
public final class OrderForm extends RecordForm {

    public static final FormField NUMBER = new FormField("order.number", OrderLayout.ORDER_NUMBER);
    public static final FormField CUSTOMER = new FormField("order.customer", OrderLayout.CUSTOMER_CODE);
    public static final FormField DATE = new FormField("order.date", OrderLayout.ORDER_DATE);
    public static final FormField STATUS = new FormField("order.status", OrderLayout.ORDER_STATUS);
    /** The lines as a whole, for the rule that an order has at least one. */
    public static final FormField LINES = new FormField("order.lines", OrderLayout.LINE_NUMBER);

    /** The number of a line: shown, never typed. */
    public static final FormField LINE_NUMBER = new FormField("orderLine.number", OrderLayout.LINE_NUMBER);
    public static final FormField FORM = new FormField("orderLine.form", OrderLayout.FORM);
    public static final FormField GRADE = new FormField("orderLine.grade", OrderLayout.GRADE_CODE);
    public static final FormField THICKNESS = new FormField("orderLine.thickness", OrderLayout.THICKNESS);
    public static final FormField WIDTH = new FormField("orderLine.width", OrderLayout.WIDTH);
    public static final FormField TONNES = new FormField("orderLine.tonnes", OrderLayout.TONNES);
    public static final FormField DUE_DATE = new FormField("orderLine.dueDate", OrderLayout.DUE_DATE);
    public static final FormField PRICE = new FormField("orderLine.price", OrderLayout.PRICE);
    public static final FormField LINE_STATUS = new FormField("orderLine.status", OrderLayout.STATUS);
    /** The columns of the lines list after the line number, in the order of an orders file. */
    public static final List<FormField> LINE_FIELDS = List.of(FORM, GRADE, THICKNESS, WIDTH, TONNES, DUE_DATE, PRICE,
            LINE_STATUS);

    /**
     * What the form looks up in the database as the user types.
     *
     * @param customerName the name of the customer with a code, or null when there is none
     * @param gradeExists  whether a steel grade with a code exists
     * @param numberTaken  whether an order with a number exists; asked again only when the number changes
     */
    public record Lookups(Function<String, String> customerName, Predicate<String> gradeExists,
            Predicate<String> numberTaken) {
    }

    /** An order's own values, as the import has them; a null status keeps the stored one. */
    public record Header(String number, String customerCode, LocalDate orderDate, OrderStatus status) {
    }

    /** A line's values; null width for round products, a null status keeps the stored one (OPEN when new). */
    public record LineValues(Long id, long version, int number, ProductForm form, String gradeCode,
            BigDecimal thicknessMm, BigDecimal widthMm, BigDecimal tonnes, LocalDate dueDate,
            BigDecimal priceCnyPerTonne, OrderStatus status) {
    }

    private final Lookups lookups;
    private final String refusal;
    private final List<OrderLineEntry> lines = new ArrayList<>();
    private String numberAsked;
    private boolean numberWasTaken;

    private OrderForm(Long id, long version, Lookups lookups, String refusal) {
        super(List.of(NUMBER, CUSTOMER, DATE, STATUS), id, version);
        this.lookups = lookups;
        this.refusal = refusal;
    }

    /** A form for a new order dated {@code today}, open, with one empty line to fill. */
    public static OrderForm create(LocalDate today, Lookups lookups) {
        OrderForm form = new OrderForm(null, 0, lookups, null);
        form.set(DATE, Cells.format(today));
        form.set(STATUS, OrderStatus.OPEN.name());
        form.addLine();
        return form;
    }

    /**
     * A form with the values of {@code order} and its lines; read inside the transaction.
     *
     * @param refusal why another module does not let the order be changed here, or null
     */
    public static OrderForm of(SalesOrder order, Lookups lookups, String refusal) {
        OrderForm form = new OrderForm(order.getId(), order.getVersion(), lookups, refusal);
        form.set(NUMBER, order.getOrderNumber());
        form.set(CUSTOMER, order.getCustomer().getCode());
        form.set(DATE, Cells.format(order.getOrderDate()));
        form.set(STATUS, Cells.format(order.getStatus()));
        for (OrderLine line : order.getLines()) {
            Map<FormField, String> texts = new HashMap<>();
            texts.put(FORM, Cells.format(line.getForm()));
            texts.put(GRADE, line.getGrade().getCode());
            texts.put(THICKNESS, text(line.getThicknessMm()));
            texts.put(WIDTH, text(line.getWidthMm()));
            texts.put(TONNES, text(line.getTonnes()));
            texts.put(DUE_DATE, Cells.format(line.getDueDate()));
            texts.put(PRICE, text(line.getPriceCnyPerTonne()));
            texts.put(LINE_STATUS, Cells.format(line.getStatus()));
            form.lines.add(new OrderLineEntry(line.getId(), line.getVersion(), line.getLineNumber(), texts));
        }
        form.validate();
        return form;
    }

    @Override
    public String businessKey() {
        return get(NUMBER).strip();
    }

    /**
     * Why the order may not be changed in master data, in the words of the module that has
     * taken it over (e.g. the sales loop for a confirmed order); empty when it may.
     */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The name of the customer whose code is typed, or null when there is none. */
    public String customerName() {
        String code = value(CUSTOMER);
        return code == null ? null : lookups.customerName().apply(code);
    }

    /** The lines, in the order of their numbers. */
    public List<OrderLineEntry> lines() {
        return List.copyOf(lines);
    }

    /** Adds an open line numbered after the last one and returns its index. */
    public int addLine() {
        int number = lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number() + 1;
        lines.add(new OrderLineEntry(null, 0, number, Map.of(LINE_STATUS, OrderStatus.OPEN.name())));
        validate();
        return lines.size() - 1;
    }

    public void setLine(int index, FormField field, String text) {
        lines.set(index, lines.get(index).with(field, text));
        validate();
    }

    /** Whether the line at {@code index} may be removed: only one added in the editor, not saved yet. */
    public boolean canRemoveLine(int index) {
        return !lines.get(index).isStored();
    }

    /** Removes a line added in the editor; the new lines after it close up. */
    public void removeLine(int index) {
        if (!canRemoveLine(index)) {
            throw new IllegalStateException("A stored order line is cancelled by its status, not removed: line "
                    + lines.get(index).number());
        }
        int number = lines.get(index).number();
        lines.remove(index);
        for (int i = index; i < lines.size(); i++) {
            lines.set(i, lines.get(i).numbered(number++));
        }
        validate();
    }

    /** The order's own values; only for a valid form. */
    public Header header() {
        requireValid();
        String status = value(STATUS);
        return new Header(value(NUMBER), value(CUSTOMER), value(DATE),
                status == null ? null : OrderStatus.valueOf(status));
    }

    /** The lines' values; only for a valid form. */
    public List<LineValues> lineValues() {
        requireValid();
        List<LineValues> values = new ArrayList<>();
        for (OrderLineEntry line : lines) {
            String form = (String) checked(line, FORM).value();
            String status = (String) checked(line, LINE_STATUS).value();
            values.add(new LineValues(line.id(), line.version(), line.number(), ProductForm.valueOf(form),
                    (String) checked(line, GRADE).value(), (BigDecimal) checked(line, THICKNESS).value(),
                    (BigDecimal) checked(line, WIDTH).value(), (BigDecimal) checked(line, TONNES).value(),
                    (LocalDate) checked(line, DUE_DATE).value(), (BigDecimal) checked(line, PRICE).value(),
                    status == null ? null : OrderStatus.valueOf(status)));
        }
        return values;
    }

    @Override
    protected void checkAcross() {
        String number = value(NUMBER);
        if (isNew() && number != null && numberTaken(number)) {
            problem(NUMBER, Checked.problem(Reason.CODE_EXISTS));
        }
        String customer = value(CUSTOMER);
        if (customer != null && lookups.customerName().apply(customer) == null) {
            problem(CUSTOMER, Checked.problem(Reason.UNKNOWN_CUSTOMER));
        }
        if (lines.isEmpty()) {
            problem(LINES, 0, "", Reason.REQUIRED, List.of());
        }
        LocalDate orderDate = value(DATE);
        for (int i = 0; i < lines.size(); i++) {
            checkLine(i + 1, lines.get(i), orderDate);
        }
    }

    /** The rules of an order row of the import (OrderValidator) on one line. */
    private void checkLine(int line, OrderLineEntry entry, LocalDate orderDate) {
        Map<FormField, Checked<?>> results = new HashMap<>();
        for (FormField field : LINE_FIELDS) {
            Checked<?> result = checked(entry, field);
            results.put(field, result);
            if (!result.isValid()) {
                problem(field, line, entry.get(field), result.reason(), result.arguments());
            }
        }
        Object grade = results.get(GRADE).value();
        if (grade != null && !lookups.gradeExists().test((String) grade)) {
            problem(GRADE, line, entry.get(GRADE), Reason.UNKNOWN_GRADE, List.of());
        }
        Object form = results.get(FORM).value();
        if (form != null && results.get(WIDTH).isValid()) {
            ProductForm productForm = ProductForm.valueOf((String) form);
            boolean hasWidth = !entry.get(WIDTH).isBlank();
            if (productForm.isRound() && hasWidth) {
                problem(WIDTH, line, entry.get(WIDTH), Reason.WIDTH_FOR_ROUND, List.of(productForm));
            } else if (!productForm.isRound() && !hasWidth) {
                problem(WIDTH, line, "", Reason.WIDTH_REQUIRED, List.of(productForm));
            }
        }
        LocalDate due = (LocalDate) results.get(DUE_DATE).value();
        if (orderDate != null && due != null && due.isBefore(orderDate)) {
            problem(DUE_DATE, line, entry.get(DUE_DATE), Reason.DUE_BEFORE_ORDER, List.of(orderDate.toString()));
        }
    }

    @Override
    protected List<FormField> otherFields() {
        List<FormField> others = new ArrayList<>(List.of(LINES, LINE_NUMBER));
        others.addAll(LINE_FIELDS);
        return others;
    }

    /** Asks the database once per number typed, not once per check. */
    private boolean numberTaken(String number) {
        if (!number.equals(numberAsked)) {
            numberWasTaken = lookups.numberTaken().test(number);
            numberAsked = number;
        }
        return numberWasTaken;
    }

    private static Checked<?> checked(OrderLineEntry line, FormField field) {
        return FieldRules.check(field.column(), line.get(field));
    }

    private void requireValid() {
        if (!isValid()) {
            throw new IllegalStateException("The order form has problems: " + problems());
        }
    }

    private static String text(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
