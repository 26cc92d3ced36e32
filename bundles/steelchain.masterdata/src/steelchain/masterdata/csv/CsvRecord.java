package steelchain.masterdata.csv;

import java.util.List;

/** One record of a CSV file: its fields, as written, and the line of the file it starts on. */
public final class CsvRecord {

    private final int line;
    private final String[] fields;

    public CsvRecord(int line, String[] fields) {
        this.line = line;
        this.fields = fields;
    }

    /** The 1-based line of the file the record starts on, as a text editor numbers lines. */
    public int line() {
        return line;
    }

    public int size() {
        return fields.length;
    }

    /** The field at {@code index}; empty when the record is shorter. */
    public String get(int index) {
        return index < fields.length ? fields[index] : "";
    }

    public List<String> fields() {
        return List.of(fields);
    }

    @Override
    public String toString() {
        return line + ": " + fields();
    }
}
