package steelchain.masterdata.csv;

/** A CSV file that cannot be read on: broken quoting or bytes that are not text in its encoding. */
public class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** A quoted field runs to the end of the file. */
        UNCLOSED_QUOTE,
        /** Something other than a separator or line end follows a closing quote. */
        TEXT_AFTER_QUOTE,
        /** The bytes are not valid in the file's encoding. */
        MALFORMED_ENCODING
    }

    private final Kind kind;
    private final int line;
    private final int fieldIndex;

    /**
     * @param line       the 1-based line where the problem is
     * @param fieldIndex 0-based index of the field in its record, or -1 when it concerns no field
     */
    public CsvFormatException(Kind kind, int line, int fieldIndex) {
        super(kind + " at line " + line);
        this.kind = kind;
        this.line = line;
        this.fieldIndex = fieldIndex;
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int fieldIndex() {
        return fieldIndex;
    }
}
