package steelchain.masterdata.layout;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.csv.CsvRecord;

/**
 * The header line of a file: which column of the layout is at which position. Names match in
 * English or Chinese, ignoring case, surrounding blanks, full-width forms and a unit in
 * parentheses at the end: {@code 厚度(mm)}, {@code 厚度（mm）} and {@code 厚度} are one column.
 * Empty cells at the end of the header (spreadsheets leave them) are not columns.
 */
public final class Header {

    /** Receives what is wrong with the header. */
    public interface ProblemSink {
        void problem(int row, String column, String value, Reason reason, Object... arguments);
    }

    private static final Pattern UNIT = Pattern.compile("\\s*\\([^()]*\\)$");

    private final CsvRecord record;
    private final int size;
    private final Map<Column, Integer> positions;

    private Header(CsvRecord record, int size, Map<Column, Integer> positions) {
        this.record = record;
        this.size = size;
        this.positions = positions;
    }

    /** Matches {@code record} against {@code layout}; unknown, repeated and missing columns go to {@code problems}. */
    public static Header read(CsvRecord record, List<Column> layout, ProblemSink problems) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : layout) {
            byName.put(normalize(column.name()), column);
            byName.put(normalize(column.chineseName()), column);
        }
        int size = record.size();
        while (size > 0 && record.get(size - 1).isBlank()) {
            size--;
        }
        Map<Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String label = label(record, i);
            Column column = byName.get(normalize(label));
            if (column == null) {
                problems.problem(record.line(), label, "", Reason.UNKNOWN_COLUMN,
                        layout.stream().map(Column::name).collect(Collectors.joining(", ")));
            } else if (positions.containsKey(column)) {
                problems.problem(record.line(), label, "", Reason.DUPLICATE_COLUMN, positions.get(column) + 1);
            } else {
                positions.put(column, i);
            }
        }
        for (Column column : layout) {
            if (column.isRequired() && !positions.containsKey(column)) {
                problems.problem(record.line(), column.name() + "/" + column.chineseName(), "", Reason.MISSING_COLUMN);
            }
        }
        return new Header(record, size, positions);
    }

    /** The line the header is on. */
    public int line() {
        return record.line();
    }

    /** How many columns the header names. */
    public int size() {
        return size;
    }

    /** The position of {@code column} in the file, or -1 when the file does not have it. */
    public int position(Column column) {
        return positions.getOrDefault(column, -1);
    }

    /** The name of {@code column} as this file writes it. */
    public String label(Column column) {
        Integer position = positions.get(column);
        return position == null ? column.name() : label(record, position);
    }

    /** The name of the column at {@code position} as this file writes it, or empty beyond the header. */
    public String label(int position) {
        return position >= 0 && position < size ? label(record, position) : "";
    }

    private static String label(CsvRecord record, int position) {
        return record.get(position).strip();
    }

    private static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return UNIT.matcher(plain).replaceFirst("");
    }
}
