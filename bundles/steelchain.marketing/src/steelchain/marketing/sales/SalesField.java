package steelchain.marketing.sales;

/**
 * A value a step of the sales loop checks or looks up, named in the users' words when it is refused
 * ({@link SalesTexts#fieldName}).
 */
public enum SalesField {
    CUSTOMER, GRADE, TONNES, THICKNESS_MM, PRICE_CNY_PER_T, VALID_UNTIL, ORDER_NUMBER, LINE_NUMBER, DUE_DATE,
    SHIPPED_ON, PAID_ON
}
