package steelchain.masterdata;

import java.util.List;
import java.util.Locale;

import steelchain.core.text.Texts;

/**
 * One reason a file cannot be imported, pointing at the cell a user has to fix.
 *
 * @param file      the file's name
 * @param row       the 1-based line of the file, as a text editor numbers it (the header is line 1)
 * @param column    the column's name as the file's header writes it, or empty when the problem
 *                  concerns no single column
 * @param value     the cell's content, shortened when very long; empty for an empty cell
 * @param reason    what is wrong
 * @param arguments details of the reason (limits, valid values, the row of an earlier duplicate)
 */
public record ImportProblem(String file, int row, String column, String value, Reason reason, List<String> arguments) {

    private static final Texts TEXTS = Texts.of(ImportProblem.class);
    private static final int VALUE_SHOWN = 80;

    /** What is wrong with a cell, a row or the file. */
    public enum Reason {
        REQUIRED, TOO_LONG, NOT_INTEGER, NOT_NUMBER, TOO_MANY_DECIMALS, TOO_MANY_DIGITS, NOT_DATE, NOT_ONE_OF,
        NOT_POSITIVE, NEGATIVE, NOT_PERCENT, MIN_ABOVE_MAX, DUE_BEFORE_ORDER, WIDTH_FOR_ROUND, WIDTH_REQUIRED,
        UNKNOWN_CUSTOMER, UNKNOWN_GRADE, DUPLICATE, DUPLICATE_LINE, ORDER_NOT_TOGETHER, DIFFERS_IN_ORDER,
        UNKNOWN_COLUMN, DUPLICATE_COLUMN, MISSING_COLUMN, TOO_MANY_FIELDS, UNCLOSED_QUOTE, TEXT_AFTER_QUOTE,
        MALFORMED_ENCODING, EMPTY_FILE,
        /** Editors only: a new record's business key is taken. */
        CODE_EXISTS,
        /** Editors only: an e-mail address without a user, an {@code @} and a domain. */
        NOT_EMAIL,
        /** A latitude beyond the poles, a longitude beyond 180 degrees. */
        NOT_LATITUDE, NOT_LONGITUDE,
        /** Editors only: a reference to a plant or material that is not in the database. */
        UNKNOWN_PLANT, UNKNOWN_MATERIAL,
        /** Editors only: one coordinate of a place without the other. */
        COORDINATES_TOGETHER,
        /** A stored order that a module has taken over (the sales loop); the argument says why. */
        ORDER_GUARDED;

        /** The reason in {@code locale}, e.g. "must be greater than 0". */
        public String text(Locale locale, List<?> arguments) {
            return TEXTS.get(locale, "reason." + name(), arguments.toArray());
        }
    }

    public ImportProblem {
        value = value.length() > VALUE_SHOWN ? value.substring(0, VALUE_SHOWN) + "…" : value;
        arguments = List.copyOf(arguments);
    }

    /** The reason alone, e.g. "must be greater than 0". */
    public String reason(Locale locale) {
        return reason.text(locale, arguments);
    }

    /**
     * The whole problem as one line, {@code file:row:column: reason (value 'x')}, for example
     * {@code orders.csv:7:tonnes: must be greater than 0 (value '-5')}.
     */
    public String message(Locale locale) {
        String rowText = Integer.toString(row);
        if (column.isEmpty()) {
            return TEXTS.get(locale, "problem.row", file, rowText, reason(locale));
        }
        if (value.isEmpty()) {
            return TEXTS.get(locale, "problem.column", file, rowText, column, reason(locale));
        }
        return TEXTS.get(locale, "problem.value", file, rowText, column, reason(locale), value);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
