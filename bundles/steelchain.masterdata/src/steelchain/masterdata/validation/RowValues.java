package steelchain.masterdata.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.csv.CsvRecord;
import steelchain.masterdata.layout.Column;
import steelchain.masterdata.layout.Header;

/**
 * The cells of one row, read as their columns' types. A cell that cannot be read is reported
 * with the row, the column's name as the file writes it, the cell's content and the reason,
 * and reads as {@code null}; so does an empty cell. Surrounding blanks are not part of a value.
 */
public final class RowValues {

    /** {@code 2026-03-31}, and what spreadsheets make of it: {@code 2026/3/31}, {@code 2026.3.31}. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Header header;
    private final CsvRecord record;
    private final ProblemCollector problems;
    private final long problemsBefore;

    public RowValues(Header header, CsvRecord record, ProblemCollector problems) {
        this.header = header;
        this.record = record;
        this.problems = problems;
        this.problemsBefore = problems.total();
    }

    /** The row's line in the file. */
    public int row() {
        return record.line();
    }

    /** The cell's content without surrounding blanks; empty when the file has no such column. */
    public String raw(Column column) {
        int position = header.position(column);
        return position < 0 ? "" : record.get(position).strip();
    }

    public boolean isEmpty(Column column) {
        return raw(column).isEmpty();
    }

    /** The column's name as the file writes it. */
    public String label(Column column) {
        return header.label(column);
    }

    public String text(Column column) {
        String value = present(column);
        if (value != null && value.length() > column.maxLength()) {
            problem(column, Reason.TOO_LONG, column.maxLength(), value.length());
            return null;
        }
        return value;
    }

    public Integer integer(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(column, Reason.NOT_INTEGER);
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problem(column, Reason.NOT_INTEGER);
            return null;
        }
        if (number.precision() - number.scale() > column.precision()) {
            problem(column, Reason.TOO_MANY_DIGITS, column.precision());
            return null;
        }
        return number.intValueExact();
    }

    /** A number with the column's decimals ({@code 12.5} in a column of scale 3 reads as {@code 12.500}). */
    public BigDecimal decimal(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(column, Reason.NOT_NUMBER);
            return null;
        }
        if (number.stripTrailingZeros().scale() > column.scale()) {
            problem(column, Reason.TOO_MANY_DECIMALS, column.scale());
            return null;
        }
        BigDecimal scaled = number.setScale(column.scale(), RoundingMode.UNNECESSARY);
        int integerDigits = column.precision() - column.scale();
        if (scaled.precision() - scaled.scale() > integerDigits) {
            problem(column, Reason.TOO_MANY_DIGITS, integerDigits);
            return null;
        }
        return scaled;
    }

    /** A whole number greater than 0. */
    public Integer positiveInteger(Column column) {
        Integer number = integer(column);
        if (number != null && number <= 0) {
            problem(column, Reason.NOT_POSITIVE);
            return null;
        }
        return number;
    }

    /** A number greater than 0. */
    public BigDecimal positiveDecimal(Column column) {
        BigDecimal number = decimal(column);
        if (number != null && number.signum() <= 0) {
            problem(column, Reason.NOT_POSITIVE);
            return null;
        }
        return number;
    }

    /** A number of 0 or more. */
    public BigDecimal nonNegativeDecimal(Column column) {
        BigDecimal number = decimal(column);
        if (number != null && number.signum() < 0) {
            problem(column, Reason.NEGATIVE);
            return null;
        }
        return number;
    }

    /** A share in percent, 0 to 100. */
    public BigDecimal percent(Column column) {
        BigDecimal number = decimal(column);
        if (number != null && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
            problem(column, Reason.NOT_PERCENT);
            return null;
        }
        return number;
    }

    public LocalDate date(Column column) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(value);
        if (matcher.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                // 2026-02-30 and the like: reported below
            }
        }
        problem(column, Reason.NOT_DATE);
        return null;
    }

    /** A constant of {@code type} by name, in any case, with blanks or dashes for underscores. */
    public <E extends Enum<E>> E choice(Column column, Class<E> type) {
        String value = present(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, choiceKey(value));
        } catch (IllegalArgumentException e) {
            problem(column, Reason.NOT_ONE_OF, String.join(", ", column.choices()));
            return null;
        }
    }

    /** The constant name a choice cell stands for: {@code hot rolled-coil} is {@code HOT_ROLLED_COIL}. */
    public static String choiceKey(String value) {
        return value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** Reports a problem with this row's cell of {@code column}. */
    public void problem(Column column, Reason reason, Object... arguments) {
        problems.problem(row(), label(column), raw(column), reason, arguments);
    }

    /** Whether no problem was found in this row so far. */
    public boolean valid() {
        return problems.total() == problemsBefore;
    }

    /** Whether a problem was found in this or any earlier row; valid rows need not be kept then. */
    public boolean fileHasProblems() {
        return problems.total() > 0;
    }

    /** The non-empty value, or null; an empty required cell is reported. */
    private String present(Column column) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (column.isRequired()) {
                problem(column, Reason.REQUIRED);
            }
            return null;
        }
        return value;
    }
}
