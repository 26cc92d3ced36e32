package steelchain.marketing.sales;

/** The rules of the closed sales loop; each has a name and a message in both languages. */
public enum SalesRule {
    /** The record named does not exist. */
    UNKNOWN_RECORD,
    /** A step was asked of a record not in the state the step starts from: no step may be skipped or repeated. */
    WRONG_STATE,
    /** A quote is accepted after its validity ended. */
    QUOTE_EXPIRED,
    /** A quote needs at least one line. */
    QUOTE_WITHOUT_LINES,
    /** An order needs a contract. */
    CONTRACT_REQUIRED,
    /** The contract waits for a credit approval. */
    CREDIT_APPROVAL_PENDING,
    /** The contract's credit was refused. */
    CREDIT_REJECTED,
    /** The contract was closed: no further order under it. */
    CONTRACT_CLOSED,
    /** Credit is approved or rejected by someone other than who asked for it. */
    CREDIT_DECIDED_BY_REQUESTER,
    /** The order's customer is not the contract's. */
    CUSTOMER_NOT_ON_CONTRACT,
    /** The product (form and grade) of an order line is not in the contract. */
    PRODUCT_NOT_ON_CONTRACT,
    /** Confirmed orders would exceed the contract's tonnes. */
    CONTRACT_TONNES_EXCEEDED,
    /** An order with this number exists already. */
    ORDER_EXISTS,
    /** An order needs at least one line. */
    ORDER_WITHOUT_LINES,
    /** More would be shipped than the order's tonnes and their weight tolerance. */
    DELIVERY_EXCEEDS_ORDER,
    /** A shipped order cannot be cancelled. */
    ORDER_ALREADY_SHIPPED,
    /** A service case concerns goods delivered. */
    NOT_DELIVERED,
    /** Cancelling, changing, rejecting and losing need a reason. */
    REASON_REQUIRED,
    /** A value is out of its range: tonnes and prices positive, dates in order. */
    INVALID_VALUE
}
