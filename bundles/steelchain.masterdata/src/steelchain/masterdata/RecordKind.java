package steelchain.masterdata;

/** What a master-data CSV file holds; each kind has its own column layout. */
public enum RecordKind {
    /** One customer per row, keyed by customer code. */
    CUSTOMERS("customers"),
    /** One steel grade per row with its mechanical limits and chemistry, keyed by grade code. */
    GRADES("grades"),
    /** One order line per row, keyed by order number and line number; the lines of an order are consecutive. */
    ORDERS("orders");

    private final String optionName;

    RecordKind(String optionName) {
        this.optionName = optionName;
    }

    /** How the kind is written on the command line. */
    public String optionName() {
        return optionName;
    }

    public static RecordKind ofOptionName(String name) {
        for (RecordKind kind : values()) {
            if (kind.optionName.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No record kind '" + name + "'");
    }
}
