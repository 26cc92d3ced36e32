package steelchain.marketing.sales;

/** How a customer's demand reached the plant. */
public enum SalesChannel {
    /** Found by the plant's own sales staff (visits, fairs, tenders). */
    SALES_STAFF,
    /** Taken on the phone by sales staff. */
    PHONE,
    /** An online order from the drop folder. */
    ONLINE,
    /** An order passed on by a collaborating partner (trader, service centre). */
    PARTNER
}
