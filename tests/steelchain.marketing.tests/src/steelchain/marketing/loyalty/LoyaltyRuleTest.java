package steelchain.marketing.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import steelchain.marketing.loyalty.LoyaltyRule.Account;
import steelchain.marketing.loyalty.LoyaltyRule.Purchase;
import steelchain.marketing.loyalty.LoyaltyRule.Tier;

/** The loyalty rule on a hand-checked customer history. */
class LoyaltyRuleTest {

    private static Purchase bought(String day, String tonnes) {
        return new Purchase(LocalDate.parse(day), new BigDecimal(tonnes));
    }

    @Test
    void pointsGrowWithTheYearsUpToTwoPerTonne() {
        assertEquals(new BigDecimal("1.00"), LoyaltyRule.pointsPerTonne(0));
        assertEquals(new BigDecimal("1.25"), LoyaltyRule.pointsPerTonne(1));
        assertEquals(new BigDecimal("1.75"), LoyaltyRule.pointsPerTonne(3));
        assertEquals(new BigDecimal("2.00"), LoyaltyRule.pointsPerTonne(4));
        assertEquals(new BigDecimal("2.00"), LoyaltyRule.pointsPerTonne(9));
    }

    @Test
    void balanceTierRebateAndYearlyHistory() {
        List<Purchase> purchases = List.of(
                bought("2019-03-10", "100"), // year 0: 100 points, expires 2022-03-10
                bought("2020-03-10", "100"), // one full year: 125 points, expires 2023-03-10
                bought("2022-06-01", "40"), // three full years: 70 points
                bought("2024-05-01", "10"), // five full years: 20 points
                bought("2025-01-01", "999")); // after the day asked for: ignored
        Account account = LoyaltyRule.account(purchases, LocalDate.parse("2024-12-31"));
        assertEquals(LocalDate.parse("2019-03-10"), account.firstOrder());
        assertEquals(5, account.years());
        assertEquals(Tier.GOLD, account.tier());
        assertEquals(0, new BigDecimal("90").compareTo(account.balance()), "70 + 20 left after two expiries");
        assertEquals(new BigDecimal("450"), account.rebateCny());
        assertEquals(List.of(2019, 2020, 2022, 2023, 2024),
                account.history().stream().map(LoyaltyRule.YearEntry::year).toList());
        LoyaltyRule.YearEntry year2022 = account.history().get(2);
        assertEquals(0, new BigDecimal("40").compareTo(year2022.tonnes()));
        assertEquals(0, new BigDecimal("70").compareTo(year2022.earned()));
        assertEquals(0, new BigDecimal("100").compareTo(year2022.expired()), "the 2019 points expire in 2022");
        assertEquals(0, new BigDecimal("125").compareTo(account.history().get(3).expired()));

        Account young = LoyaltyRule.account(purchases, LocalDate.parse("2021-03-09"));
        assertEquals(Tier.SILVER.fromYears() - 1, young.years());
        assertEquals(Tier.MEMBER, young.tier());
        assertEquals(0, new BigDecimal("225").compareTo(young.balance()));
    }

    @Test
    void aCustomerWithoutOrdersHasAnEmptyAccount() {
        Account none = LoyaltyRule.account(List.of(), LocalDate.parse("2024-12-31"));
        assertNull(none.firstOrder());
        assertEquals(BigDecimal.ZERO, none.balance());
        assertEquals(Tier.MEMBER, none.tier());
    }
}
