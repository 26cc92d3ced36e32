package steelchain.ui.widgets;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a {@link Grid}: its title, width, the value it shows of a row, how that value
 * is written and how rows are ordered by it. Texts sort case-insensitively, numbers by value,
 * dates in time order; rows without a value come last.
 * <p>
 * Columns are immutable and safe to use from several threads: the grid filters and sorts in the
 * background.
 *
 * @param <T> the type of the grid's rows
 */
public final class GridColumn<T> {

    private static final int DEFAULT_WIDTH = 120;

    private final String title;
    private final int width;
    private final boolean alignRight;
    private final Function<? super T, ?> value;
    private final Function<Object, String> format;
    private final Function<Object, Object> sortKey;
    private final Comparator<Object> order;
    private final boolean numeric;

    private GridColumn(String title, int width, boolean alignRight, Function<? super T, ?> value,
            Function<Object, String> format, Function<Object, Object> sortKey, Comparator<Object> order,
            boolean numeric) {
        this.title = Objects.requireNonNull(title, "title");
        this.width = width;
        this.alignRight = alignRight;
        this.value = Objects.requireNonNull(value, "value");
        this.format = format;
        this.sortKey = sortKey;
        this.order = order;
        this.numeric = numeric;
    }

    /** A left-aligned column of texts, sorted alphabetically without regard to case. */
    public static <T> GridColumn<T> text(String title, Function<? super T, String> value) {
        // Lower-cased once per sort rather than case-folded in each of its twenty million comparisons.
        return new GridColumn<>(title, DEFAULT_WIDTH, false, value, String.class::cast,
                text -> ((String) text).toLowerCase(Locale.ROOT), (a, b) -> ((String) a).compareTo((String) b), false);
    }

    /**
     * A right-aligned column of numbers written after a {@link DecimalFormat} pattern such as
     * {@code "#,##0.00"}, with the grouping and decimal signs of {@code locale}.
     */
    public static <T> GridColumn<T> number(String title, Function<? super T, ? extends Number> value, String pattern,
            Locale locale) {
        DecimalFormat prototype = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        // DecimalFormat is not thread-safe; the grid formats on the UI thread and in background threads.
        ThreadLocal<DecimalFormat> formats = ThreadLocal.withInitial(() -> (DecimalFormat) prototype.clone());
        return new GridColumn<>(title, DEFAULT_WIDTH, true, value, number -> formats.get().format(number),
                Function.identity(), (a, b) -> compareNumbers((Number) a, (Number) b), true);
    }

    /**
     * A column of dates or times ({@code LocalDate}, {@code LocalDateTime}, ...) written with
     * {@code format} and sorted in time order.
     */
    public static <T, V extends TemporalAccessor & Comparable<? super V>> GridColumn<T> date(String title,
            Function<? super T, V> value, DateTimeFormatter format) {
        Objects.requireNonNull(format, "format");
        @SuppressWarnings("unchecked")
        Comparator<Object> chronological = (a, b) -> ((V) a).compareTo((V) b);
        return new GridColumn<>(title, DEFAULT_WIDTH, false, value, date -> format.format((TemporalAccessor) date),
                Function.identity(), chronological, false);
    }

    /** This column, {@code pixels} wide. */
    public GridColumn<T> width(int pixels) {
        if (pixels <= 0) {
            throw new IllegalArgumentException("A column needs a positive width, not " + pixels);
        }
        return new GridColumn<>(title, pixels, alignRight, value, format, sortKey, order, numeric);
    }

    public String title() {
        return title;
    }

    public int width() {
        return width;
    }

    /** Whether the values are right-aligned, as numbers are. */
    public boolean alignRight() {
        return alignRight;
    }

    /** What {@code row} is sorted by in this column, or {@code null} when it has no value. */
    Object sortKey(T row) {
        Object shown = value.apply(row);
        return shown == null ? null : sortKey.apply(shown);
    }

    /** How {@code row} shows in this column: its formatted value, or an empty text. */
    String text(T row) {
        Object shown = value.apply(row);
        return shown == null ? "" : format.apply(shown);
    }

    /** Orders {@link #sortKey sort keys} of this column (never {@code null}) ascending. */
    Comparator<Object> order() {
        return order;
    }

    /** Whether the values are numbers, which can often be sorted as plain doubles. */
    boolean numeric() {
        return numeric;
    }

    private static int compareNumbers(Number a, Number b) {
        if (isWhole(a) && isWhole(b)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal || a instanceof BigInteger || b instanceof BigInteger) {
            return exact(a).compareTo(exact(b));
        }
        return Double.compare(a.doubleValue(), b.doubleValue());
    }

    private static boolean isWhole(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    private static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal decimal) {
            return decimal;
        }
        if (n instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        return isWhole(n) ? BigDecimal.valueOf(n.longValue()) : new BigDecimal(n.doubleValue());
    }
}
