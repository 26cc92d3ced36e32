package steelchain.marketing;

/** The EventAdmin topics the marketing module publishes for other modules. */
public final class MarketingTopics {

    /**
     * A sales order was confirmed to the customer; production and logistics plan from here.
     * Properties: {@code orderNumber} (String), {@code customerCode} (String), {@code tonnes} (BigDecimal).
     */
    public static final String ORDER_CONFIRMED = "steelchain/order/confirmed";

    private MarketingTopics() {
    }
}
