package steelchain.marketing.loyalty;

import java.time.LocalDate;
import java.util.Map;

import steelchain.marketing.loyalty.LoyaltyRule.Account;

/**
 * Customers' loyalty points and rebates after {@link LoyaltyRule}, computed from the order
 * history; offered as an OSGi service for the customer 360 view and the customer value view.
 */
public interface Loyalty {

    /** One customer's account on a day; an empty account when the customer has no orders or is unknown. */
    Account account(String customerCode, LocalDate asOf);

    /** The accounts of every customer with orders, by customer code. */
    Map<String, Account> accounts(LocalDate asOf);
}
