package steelchain.marketing.ui.customer;

import java.util.List;

import steelchain.marketing.customer.CustomerProfile;
import steelchain.marketing.loyalty.LoyaltyRule.Account;
import steelchain.marketing.profitability.CustomerProfitability.Figures;
import steelchain.marketing.sales.CreditPosition;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.segmentation.CustomerSegments.Entry;

/**
 * Everything the customer 360 page shows of one customer, read together in the background. The
 * parts from the sales loop, segmentation, profitability and loyalty are null or empty when
 * their service is not there.
 *
 * @param openSales      quotes, contracts, unpaid payments and open service cases, newest first
 * @param segments       the customer's segment in each stored run, newest first
 * @param contribution   over the whole relationship
 */
record CustomerPage(CustomerProfile profile, CreditPosition credit, List<SalesRecordRow> openSales,
        List<Entry> segments, Figures contribution, Account loyalty) {
}
