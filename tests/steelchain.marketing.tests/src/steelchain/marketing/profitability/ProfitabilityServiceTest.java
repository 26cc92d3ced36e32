package steelchain.marketing.profitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.insight.Fixture;
import steelchain.marketing.loyalty.Loyalty;
import steelchain.marketing.loyalty.LoyaltyRule;
import steelchain.marketing.pricing.PricingModel;
import steelchain.marketing.profitability.CustomerProfitability.CustomerContribution;
import steelchain.marketing.profitability.CustomerProfitability.Report;

/**
 * Contribution and Pareto ranking of three customers who ordered in 2095 (a year no other test
 * uses), at the seeded unit costs: hot-rolled coil 3,550 CNY/t, plate 3,700 CNY/t. Also their loyalty.
 */
class ProfitabilityServiceTest {

    private static final LocalDate FROM = LocalDate.of(2095, 1, 1);
    private static final LocalDate TO = LocalDate.of(2095, 12, 31);
    private static String big;
    private static String mid;
    private static String loss;

    @BeforeAll
    static void orders() {
        DataStore store = Fixture.store(PricingModel.OWNER);
        big = Fixture.unique("PA");
        mid = Fixture.unique("PB");
        loss = Fixture.unique("PL");
        store.run(em -> {
            SteelGrade grade = Fixture.grade(em, Fixture.unique("PRG"));
            Customer a = Fixture.customer(em, big, CustomerGrade.A, "上海市");
            Customer b = Fixture.customer(em, mid, CustomerGrade.B, "广东省");
            Customer c = Fixture.customer(em, loss, CustomerGrade.D, "河南省");
            // 100 t x (4,000 - 3,550) = 45,000
            Fixture.order(em, a, LocalDate.of(2095, 3, 1), ProductForm.HOT_ROLLED_COIL, grade, "60", "4000",
                    OrderStatus.COMPLETED);
            Fixture.order(em, a, LocalDate.of(2095, 8, 1), ProductForm.HOT_ROLLED_COIL, grade, "40", "4000",
                    OrderStatus.CONFIRMED);
            Fixture.order(em, a, LocalDate.of(2094, 12, 31), ProductForm.HOT_ROLLED_COIL, grade, "500", "9000",
                    OrderStatus.COMPLETED); // before the period
            // 50 t x (3,800 - 3,700) = 5,000
            Fixture.order(em, b, LocalDate.of(2095, 6, 1), ProductForm.PLATE, grade, "50", "3800",
                    OrderStatus.COMPLETED);
            Fixture.order(em, b, LocalDate.of(2095, 6, 2), ProductForm.PLATE, grade, "50", "100",
                    OrderStatus.CANCELLED);
            // 20 t x (3,400 - 3,550) = -3,000
            Fixture.order(em, c, LocalDate.of(2095, 2, 1), ProductForm.HOT_ROLLED_COIL, grade, "20", "3400",
                    OrderStatus.COMPLETED);
        });
    }

    @Test
    void customersAreRankedByContributionWithTheirRunningShare() {
        Report report = Fixture.service(CustomerProfitability.class, null).report(FROM, TO);
        List<CustomerContribution> customers = report.customers();
        assertEquals(List.of(big, mid, loss), customers.stream().map(CustomerContribution::customerCode).toList());
        assertEquals(List.of(45_000, 5_000, -3_000),
                customers.stream().map(c -> c.figures().contribution().intValue()).toList());
        assertEquals(0, new BigDecimal("400000").compareTo(customers.get(0).figures().revenue()));
        assertEquals(0, new BigDecimal("355000").compareTo(customers.get(0).figures().cost()));
        assertEquals(45.0 / 47, customers.get(0).cumulativeShare(), 1e-9);
        assertEquals(50.0 / 47, customers.get(1).cumulativeShare(), 1e-9);
        assertEquals(1.0, customers.get(2).cumulativeShare(), 1e-9);
        assertEquals(1, report.customersForEighty());
        assertEquals(1, report.lossMakers());
        assertEquals(47_000, report.total().contribution().intValue());
        assertTrue(report.formsWithoutCost().isEmpty());
        assertEquals(List.of(ProductForm.HOT_ROLLED_COIL, ProductForm.PLATE),
                report.families().stream().map(CustomerProfitability.FamilyContribution::form).toList());
        assertEquals(42_000, report.families().get(0).figures().contribution().intValue());
    }

    @Test
    void oneCustomersContributionPerFamily() {
        List<CustomerProfitability.FamilyContribution> families = Fixture.service(CustomerProfitability.class, null)
                .families(loss, FROM, TO);
        assertEquals(1, families.size());
        assertEquals(-3_000, families.get(0).figures().contribution().intValue());
        assertEquals(-3_000.0 / 68_000, families.get(0).figures().marginRatio(), 1e-9);
    }

    @Test
    void loyaltyFromTheSameOrders() {
        Loyalty loyalty = Fixture.service(Loyalty.class, null);
        LoyaltyRule.Account account = loyalty.account(big, LocalDate.of(2096, 1, 31));
        assertEquals(LocalDate.of(2094, 12, 31), account.firstOrder());
        assertEquals(1, account.years());
        // 500 t on 2094-12-31, 60 t and 40 t within the first year after it: all at 1 point per tonne.
        assertEquals(0, new BigDecimal("600").compareTo(account.balance()));
        assertEquals(0, new BigDecimal("3000").compareTo(account.rebateCny()));
        assertEquals(account.balance(), loyalty.accounts(LocalDate.of(2096, 1, 31)).get(big).balance());
        assertEquals(0, BigDecimal.ZERO.compareTo(loyalty.account("NOBODY", LocalDate.of(2096, 1, 31)).balance()));
        assertEquals(0, new BigDecimal("50").compareTo(loyalty.account(mid, LocalDate.of(2096, 1, 31)).balance()),
                "the cancelled order earns nothing");
    }
}
