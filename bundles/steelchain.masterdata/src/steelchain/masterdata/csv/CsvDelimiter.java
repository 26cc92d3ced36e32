package steelchain.masterdata.csv;

/** The field separators SteelChain reads and writes. */
public enum CsvDelimiter {
    COMMA("comma", ','),
    /** What Excel writes for "Unicode text" and what is pasted from a spreadsheet. */
    TAB("tab", '\t');

    private final String optionName;
    private final char character;

    CsvDelimiter(String optionName, char character) {
        this.optionName = optionName;
        this.character = character;
    }

    /** How the delimiter is written on the command line: {@code comma}, {@code tab}. */
    public String optionName() {
        return optionName;
    }

    public char character() {
        return character;
    }

    public static CsvDelimiter ofOptionName(String name) {
        for (CsvDelimiter delimiter : values()) {
            if (delimiter.optionName.equalsIgnoreCase(name)) {
                return delimiter;
            }
        }
        throw new IllegalArgumentException("No CSV delimiter '" + name + "'");
    }
}
