package steelchain.core.model;

/** Where a sales order or order line stands. */
public enum OrderStatus {
    OPEN, CONFIRMED, IN_PRODUCTION, SHIPPED, COMPLETED, CANCELLED
}
