package steelchain.marketing.sales;

/** What a customer complains about. */
public enum ServiceCaseType {
    QUALITY, DELIVERY, BILLING
}
