package steelchain.marketing.sales;

/** The steps of the closed sales loop, in the order a sale passes them. */
public enum SalesRecordType {
    OPPORTUNITY("OP"), QUOTE("QT"), CONTRACT("HT"), ORDER(""), DELIVERY("DL"), PAYMENT("PM"), SERVICE_CASE("SC");

    private final String prefix;

    SalesRecordType(String prefix) {
        this.prefix = prefix;
    }

    /** The number of a new record with database id {@code id}, e.g. {@code HT-00012000}; orders keep their own numbers. */
    String numberFor(long id) {
        return String.format("%s-%08d", prefix, id);
    }
}
