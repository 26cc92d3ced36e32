package steelchain.masterdata.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Column.Bound;

/**
 * The rules of one field, given by its {@link Column}: whether it must be filled, its length,
 * digits, decimals, bound, date form or choices. The one place these rules live: the CSV
 * importer checks each cell with them and the editors check each field with them. Surrounding
 * blanks are not part of a value.
 */
public final class FieldRules {

    /** {@code 2026-03-31}, and what spreadsheets make of it: {@code 2026/3/31}, {@code 2026.3.31}. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal HALF_TURN = BigDecimal.valueOf(180);

    private FieldRules() {
    }

    /** {@code text} read as {@code column}'s type: a String, Integer, BigDecimal, LocalDate or the choice's name. */
    public static Checked<?> check(Column column, String text) {
        return switch (column.type()) {
            case TEXT -> text(column, text);
            case INTEGER -> integer(column, text);
            case DECIMAL -> decimal(column, text);
            case DATE -> date(column, text);
            case CHOICE -> choiceName(column, text);
        };
    }

    public static Checked<String> text(Column column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return empty(column);
        }
        if (value.length() > column.maxLength()) {
            return Checked.problem(Reason.TOO_LONG, column.maxLength(), value.length());
        }
        return Checked.valid(value);
    }

    /** A whole number within the column's digits and bound. */
    public static Checked<Integer> integer(Column column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return empty(column);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Checked.problem(Reason.NOT_INTEGER);
        }
        if (number.stripTrailingZeros().scale() > 0) {
            return Checked.problem(Reason.NOT_INTEGER);
        }
        if (number.precision() - number.scale() > column.precision()) {
            return Checked.problem(Reason.TOO_MANY_DIGITS, column.precision());
        }
        Reason outOfBound = outOfBound(column.bound(), number);
        return outOfBound == null ? Checked.valid(number.intValueExact()) : Checked.problem(outOfBound);
    }

    /**
     * A number within the column's digits and bound, with the column's decimals ({@code 12.5}
     * in a column of scale 3 reads as {@code 12.500}).
     */
    public static Checked<BigDecimal> decimal(Column column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return empty(column);
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Checked.problem(Reason.NOT_NUMBER);
        }
        if (number.stripTrailingZeros().scale() > column.scale()) {
            return Checked.problem(Reason.TOO_MANY_DECIMALS, column.scale());
        }
        BigDecimal scaled = number.setScale(column.scale(), RoundingMode.UNNECESSARY);
        int integerDigits = column.precision() - column.scale();
        if (scaled.precision() - scaled.scale() > integerDigits) {
            return Checked.problem(Reason.TOO_MANY_DIGITS, integerDigits);
        }
        Reason outOfBound = outOfBound(column.bound(), scaled);
        return outOfBound == null ? Checked.valid(scaled) : Checked.problem(outOfBound);
    }

    public static Checked<LocalDate> date(Column column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return empty(column);
        }
        Matcher matcher = DATE.matcher(value);
        if (matcher.matches()) {
            try {
                return Checked.valid(LocalDate.of(Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
            } catch (DateTimeException e) {
                // 2026-02-30 and the like: reported below
            }
        }
        return Checked.problem(Reason.NOT_DATE);
    }

    /** A constant of {@code type} by name, in any case, with blanks or dashes for underscores. */
    public static <E extends Enum<E>> Checked<E> choice(Column column, String text, Class<E> type) {
        Checked<String> name = choiceName(column, text);
        return name.isValid() && name.value() != null ? Checked.valid(Enum.valueOf(type, name.value()))
                : new Checked<>(null, name.reason(), name.arguments());
    }

    /** The constant name a choice stands for: {@code hot rolled-coil} is {@code HOT_ROLLED_COIL}. */
    public static String choiceKey(String value) {
        return value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static Checked<String> choiceName(Column column, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return empty(column);
        }
        String key = choiceKey(value);
        return column.choices().contains(key) ? Checked.valid(key)
                : Checked.problem(Reason.NOT_ONE_OF, String.join(", ", column.choices()));
    }

    /**
     * The rule of a range: the minimum must not be greater than the maximum. Reported on the
     * minimum, naming the maximum as {@code maxName} calls it; either may be missing.
     */
    public static <N extends Comparable<N>> Checked<Void> minNotAboveMax(N min, N max, String maxName) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            return Checked.problem(Reason.MIN_ABOVE_MAX, maxName,
                    max instanceof BigDecimal number ? number.toPlainString() : max);
        }
        return Checked.valid(null);
    }

    private static <T> Checked<T> empty(Column column) {
        return column.isRequired() ? Checked.problem(Reason.REQUIRED) : Checked.valid(null);
    }

    private static Reason outOfBound(Bound bound, BigDecimal number) {
        return switch (bound) {
            case ANY -> null;
            case POSITIVE -> number.signum() > 0 ? null : Reason.NOT_POSITIVE;
            case NON_NEGATIVE -> number.signum() >= 0 ? null : Reason.NEGATIVE;
            case PERCENT -> number.signum() >= 0 && number.compareTo(HUNDRED) <= 0 ? null : Reason.NOT_PERCENT;
            case LATITUDE -> number.abs().compareTo(NINETY) <= 0 ? null : Reason.NOT_LATITUDE;
            case LONGITUDE -> number.abs().compareTo(HALF_TURN) <= 0 ? null : Reason.NOT_LONGITUDE;
        };
    }
}
