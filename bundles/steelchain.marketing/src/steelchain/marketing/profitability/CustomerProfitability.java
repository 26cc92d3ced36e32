package steelchain.marketing.profitability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.ProductForm;

/**
 * Contribution of customers and product families, offered as an OSGi service: revenue of the
 * order lines (tonnes times price paid) less their cost (tonnes times the unit cost of the form
 * from the pricing tables), over the orders of a period, cancelled ones left out.
 */
public interface CustomerProfitability {

    /** Tonnes, revenue, cost and contribution (revenue less cost), CNY. */
    record Figures(BigDecimal tonnes, BigDecimal revenue, BigDecimal cost, BigDecimal contribution) {

        /** Contribution over revenue; zero without revenue. */
        public double marginRatio() {
            return revenue.signum() == 0 ? 0 : contribution.doubleValue() / revenue.doubleValue();
        }
    }

    /** One customer's figures, its rank by contribution and the running share of the total contribution. */
    record CustomerContribution(String customerCode, String customerName, CustomerGrade grade, Figures figures,
            int rank, double cumulativeShare) {
    }

    /** One product family's figures, for all customers or for one. */
    record FamilyContribution(ProductForm form, Figures figures) {
    }

    /**
     * The period's profitability.
     *
     * @param customers         every customer with orders in the period, largest contribution first
     * @param families          every product family sold, largest contribution first
     * @param total             all customers together
     * @param customersForEighty how many of the top customers bring 80 % of the contribution (0 when the total is
     *                          not positive)
     * @param lossMakers        customers whose contribution is below zero
     * @param formsWithoutCost  forms sold in the period that have no unit cost; their lines are left out
     */
    record Report(LocalDate from, LocalDate to, List<CustomerContribution> customers, List<FamilyContribution> families,
            Figures total, int customersForEighty, int lossMakers, Set<ProductForm> formsWithoutCost) {
    }

    /** The profitability of the orders dated {@code from} to {@code to}, both included. */
    Report report(LocalDate from, LocalDate to);

    /** One customer's contribution per product family in the period, largest first. */
    List<FamilyContribution> families(String customerCode, LocalDate from, LocalDate to);
}
