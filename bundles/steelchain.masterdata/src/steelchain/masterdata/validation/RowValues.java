package steelchain.masterdata.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.csv.CsvRecord;
import steelchain.masterdata.layout.Checked;
import steelchain.masterdata.layout.Column;
import steelchain.masterdata.layout.FieldRules;
import steelchain.masterdata.layout.Header;

/**
 * The cells of one row, read as their columns' types by the columns' {@link FieldRules}. A cell
 * that cannot be read is reported with the row, the column's name as the file writes it, the
 * cell's content and the reason, and reads as {@code null}; so does an empty cell.
 */
public final class RowValues {

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
        return reported(column, FieldRules.text(column, raw(column)));
    }

    /** A whole number within the column's bound. */
    public Integer integer(Column column) {
        return reported(column, FieldRules.integer(column, raw(column)));
    }

    /** A number within the column's bound, with the column's decimals. */
    public BigDecimal decimal(Column column) {
        return reported(column, FieldRules.decimal(column, raw(column)));
    }

    public LocalDate date(Column column) {
        return reported(column, FieldRules.date(column, raw(column)));
    }

    public <E extends Enum<E>> E choice(Column column, Class<E> type) {
        return reported(column, FieldRules.choice(column, raw(column), type));
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

    private <T> T reported(Column column, Checked<T> checked) {
        if (!checked.isValid()) {
            problem(column, checked.reason(), checked.arguments().toArray());
        }
        return checked.value();
    }
}
