package steelchain.marketing.ui.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import steelchain.core.model.ProductForm;
import steelchain.core.text.Texts;
import steelchain.marketing.sales.OrderDraft;
import steelchain.marketing.sales.QuoteLineDraft;

/**
 * The fields of a one-line quote or phone order as typed, checked field by field: each problem
 * names its field. The dialogs show the first problem and enable OK only without any.
 */
public final class LineForm {

    /** The fields, in the order the dialog shows them. */
    public enum Field {
        CONTRACT, ORDER_NUMBER, FORM, GRADE, THICKNESS, WIDTH, TONNES, DUE_DATE, PRICE
    }

    private static final Texts TEXTS = Texts.of(LineForm.class);

    private final Locale locale;
    private final boolean order;
    private final Map<Field, String> values = new LinkedHashMap<>();

    /** @param order a phone order (contract, order number, due date) rather than a quote line */
    public LineForm(Locale locale, boolean order) {
        this.locale = locale;
        this.order = order;
    }

    public boolean isOrder() {
        return order;
    }

    public LineForm set(Field field, String value) {
        values.put(field, value == null ? "" : value.strip());
        return this;
    }

    public String get(Field field) {
        return values.getOrDefault(field, "");
    }

    /** A text of the sales views in the form's language. */
    String text(String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    /** The field's label, e.g. "Thickness (mm)". */
    public String label(Field field) {
        return TEXTS.get(locale, "field." + field.name());
    }

    /** Whether the form has the field: quotes have no contract, order number or due date. */
    public boolean has(Field field) {
        return order || !(field == Field.CONTRACT || field == Field.ORDER_NUMBER || field == Field.DUE_DATE);
    }

    /** Every problem, by field, in the dialog's order; empty when the form is complete and valid. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            if (has(field)) {
                String problem = problem(field);
                if (problem != null) {
                    problems.put(field, TEXTS.get(locale, "problem", label(field), problem));
                }
            }
        }
        return problems;
    }

    private String problem(Field field) {
        String value = get(field);
        ProductForm form = form();
        if (field == Field.WIDTH) {
            if (form != null && form.isRound()) {
                return value.isEmpty() ? null : TEXTS.get(locale, "widthForRound", form.name());
            }
            return value.isEmpty() ? TEXTS.get(locale, "required") : positiveProblem(value);
        }
        if (value.isEmpty()) {
            return TEXTS.get(locale, "required");
        }
        return switch (field) {
            case CONTRACT, GRADE -> value.length() > 32 ? TEXTS.get(locale, "tooLong", "32") : null;
            case ORDER_NUMBER -> value.length() > 32 ? TEXTS.get(locale, "tooLong", "32") : null;
            case FORM -> form == null ? TEXTS.get(locale, "notForm") : null;
            case THICKNESS, TONNES, PRICE -> positiveProblem(value);
            case DUE_DATE -> {
                LocalDate due = date(value);
                yield due == null ? TEXTS.get(locale, "notDate") : due.isBefore(LocalDate.now())
                        ? TEXTS.get(locale, "past") : null;
            }
            case WIDTH -> null;
        };
    }

    private String positiveProblem(String value) {
        BigDecimal number = number(value);
        if (number == null) {
            return TEXTS.get(locale, "notNumber");
        }
        return number.signum() > 0 ? null : TEXTS.get(locale, "notPositive");
    }

    /** The product form chosen, or null. */
    ProductForm productForm() {
        return form();
    }

    /** The tonnes typed, or null when they are not a number. */
    BigDecimal tonnes() {
        return number(get(Field.TONNES));
    }

    /** The price typed, or null when it is empty or not a number. */
    BigDecimal price() {
        return number(get(Field.PRICE));
    }

    private ProductForm form() {
        try {
            return ProductForm.valueOf(get(Field.FORM));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private BigDecimal width() {
        return get(Field.WIDTH).isEmpty() ? null : number(get(Field.WIDTH));
    }

    /** The quote line; only for a valid quote form. */
    public QuoteLineDraft quoteLine() {
        requireValid();
        return new QuoteLineDraft(form(), get(Field.GRADE), number(get(Field.THICKNESS)), width(),
                number(get(Field.TONNES)), number(get(Field.PRICE)));
    }

    /** The phone order of one line, for the contract's customer; only for a valid order form. */
    public OrderDraft order() {
        requireValid();
        return new OrderDraft(get(Field.ORDER_NUMBER), null, LocalDate.now(),
                List.of(new OrderDraft.Line(form(), get(Field.GRADE), number(get(Field.THICKNESS)), width(),
                        number(get(Field.TONNES)), date(get(Field.DUE_DATE)), number(get(Field.PRICE)))));
    }

    private void requireValid() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException(problems().values().iterator().next());
        }
    }
}
