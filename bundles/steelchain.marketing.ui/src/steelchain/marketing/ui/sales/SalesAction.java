package steelchain.marketing.ui.sales;

import java.util.EnumSet;
import java.util.Set;

import steelchain.marketing.sales.SalesRecordRow;

/** What a planner can do with the selected record of the pipeline. */
public enum SalesAction {
    /** Quote an opportunity, accept a quote, take a phone order under a contract, ship an order, collect a payment, resolve a case. */
    NEXT_STEP,
    LOSE_OPPORTUNITY,
    REJECT_QUOTE,
    APPROVE_CREDIT,
    REJECT_CREDIT,
    CLOSE_CONTRACT,
    CANCEL_ORDER,
    OPEN_COMPLAINT;

    /** The actions the record's type and state allow; none for no selection. */
    public static Set<SalesAction> availableFor(SalesRecordRow row) {
        if (row == null) {
            return EnumSet.noneOf(SalesAction.class);
        }
        String state = row.state();
        return switch (row.type()) {
            case OPPORTUNITY -> "OPEN".equals(state) ? EnumSet.of(NEXT_STEP, LOSE_OPPORTUNITY)
                    : EnumSet.noneOf(SalesAction.class);
            case QUOTE -> "OPEN".equals(state) ? EnumSet.of(NEXT_STEP, REJECT_QUOTE) : EnumSet.noneOf(SalesAction.class);
            case CONTRACT -> switch (state) {
                case "CREDIT_PENDING" -> EnumSet.of(APPROVE_CREDIT, REJECT_CREDIT);
                case "ACTIVE" -> EnumSet.of(NEXT_STEP, CLOSE_CONTRACT);
                default -> EnumSet.noneOf(SalesAction.class);
            };
            case ORDER -> switch (state) {
                // A partly shipped order can be complained about and shipped further.
                case "CONFIRMED" -> EnumSet.of(NEXT_STEP, CANCEL_ORDER, OPEN_COMPLAINT);
                case "SHIPPED" -> EnumSet.of(OPEN_COMPLAINT);
                default -> EnumSet.noneOf(SalesAction.class);
            };
            case DELIVERY -> EnumSet.of(OPEN_COMPLAINT);
            case PAYMENT -> "OPEN".equals(state) ? EnumSet.of(NEXT_STEP) : EnumSet.noneOf(SalesAction.class);
            case SERVICE_CASE -> "OPEN".equals(state) ? EnumSet.of(NEXT_STEP) : EnumSet.noneOf(SalesAction.class);
        };
    }
}
