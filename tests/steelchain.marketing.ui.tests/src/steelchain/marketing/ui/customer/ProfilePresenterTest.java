package steelchain.marketing.ui.customer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.marketing.customer.CustomerProfile;
import steelchain.marketing.customer.CustomerProfile.Lifetime;
import steelchain.marketing.customer.CustomerProfile.MonthTotal;
import steelchain.marketing.customer.CustomerProfile.OpenLine;
import steelchain.marketing.loyalty.LoyaltyRule.Account;
import steelchain.marketing.loyalty.LoyaltyRule.Tier;
import steelchain.marketing.profitability.CustomerProfitability.Figures;
import steelchain.marketing.sales.CreditPosition;
import steelchain.marketing.segmentation.CustomerSegments.Entry;
import steelchain.marketing.segmentation.Segment;
import steelchain.marketing.ui.customer.ProfilePresenter.Fact;

/** What the customer 360 page says of a profile, in the user's language and a steel plant's units. */
class ProfilePresenterTest {

    private static CustomerProfile profile(Lifetime lifetime) {
        return new CustomerProfile("C000042", "常州恒泰机械有限公司", Industry.MACHINERY, "江苏省", "常州市",
                CustomerGrade.B, new BigDecimal("5000000"), List.of(), lifetime,
                List.of(new MonthTotal(YearMonth.of(2026, 10), new BigDecimal("80.5"), new BigDecimal("299900")),
                        new MonthTotal(YearMonth.of(2026, 11), BigDecimal.ZERO, BigDecimal.ZERO)),
                List.of());
    }

    private static final Lifetime BOUGHT = new Lifetime(2, new BigDecimal("180.5"), new BigDecimal("699900"),
            LocalDate.of(2024, 9, 3), LocalDate.of(2026, 10, 15));

    @Test
    void statesIdentityAndLifetimeInEnglish() {
        ProfilePresenter presenter = new ProfilePresenter(Locale.ENGLISH);
        assertEquals(List.of(new Fact("Industry", "Machinery"), new Fact("Location", "江苏省 常州市"),
                new Fact("Customer grade", "B"), new Fact("Credit limit", "5,000,000 CNY")),
                presenter.identity(profile(BOUGHT)));
        assertEquals(List.of(new Fact("Orders", "2"), new Fact("Tonnes ordered", "180.5 t"),
                new Fact("Revenue", "699,900 CNY"), new Fact("Average price", "3,878 CNY/t"),
                new Fact("Ordering", "2024-09-03 to 2026-10-15")), presenter.lifetime(profile(BOUGHT)));
    }

    @Test
    void statesThemInChinese() {
        ProfilePresenter presenter = new ProfilePresenter(Locale.SIMPLIFIED_CHINESE);
        assertEquals(new Fact("行业", "机械"), presenter.identity(profile(BOUGHT)).get(0));
        assertEquals(new Fact("平均价格", "3,878 元/吨"), presenter.lifetime(profile(BOUGHT)).get(3));
        assertEquals(List.of(new Fact("订单数", "尚无订单")),
                presenter.lifetime(profile(new Lifetime(0, BigDecimal.ZERO, BigDecimal.ZERO, null, null))));
    }

    @Test
    void chartsTonnesAndRevenueInTenThousandCny() {
        ProfilePresenter.Trend trend = new ProfilePresenter(Locale.ENGLISH).trend(profile(BOUGHT));
        assertArrayEquals(new String[] { "2026-10", "2026-11" }, trend.months());
        assertArrayEquals(new double[] { 80.5, 0 }, trend.tonnes());
        assertArrayEquals(new double[] { 29.99, 0 }, trend.revenueTenThousandCny(), 1e-9);
    }

    @Test
    void statesCreditSegmentContributionAndLoyalty() {
        ProfilePresenter presenter = new ProfilePresenter(Locale.ENGLISH);
        CreditPosition credit = new CreditPosition("C000042", new BigDecimal("5000000"), new BigDecimal("1200000"),
                new BigDecimal("3800000"), new BigDecimal("150000.5"));
        assertEquals(List.of(new Fact("Open receivables", "1,200,000 CNY"), new Fact("Remaining credit", "3,800,000 CNY"),
                new Fact("Overdue", "150,000 CNY")), presenter.credit(credit));

        Entry segment = new Entry("R1", LocalDateTime.of(2026, 11, 1, 2, 0), "C000042", "Baosteel Auto Parts", 12, 40,
                new BigDecimal("9000000"), 5, 4, 5, Segment.values()[0]);
        Figures contribution = new Figures(new BigDecimal("2000"), new BigDecimal("8000000"), new BigDecimal("7200000"),
                new BigDecimal("800000"));
        Account loyalty = new Account(LocalDate.of(2026, 11, 20), LocalDate.of(2020, 3, 1), 6, Tier.GOLD,
                new BigDecimal("3520"), new BigDecimal("17600"), List.of());
        List<Fact> value = presenter.value(new CustomerPage(profile(BOUGHT), credit, List.of(), List.of(segment),
                contribution, loyalty));
        assertEquals(new Fact("Segment", Segment.values()[0].label(Locale.ENGLISH)), value.get(0));
        assertEquals(new Fact("R / F / M scores", "5 / 4 / 5"), value.get(1));
        assertEquals(new Fact("Contribution", "800,000 CNY"), value.get(3));
        assertEquals(new Fact("Margin", "10%"), value.get(4));
        assertEquals(new Fact("Loyalty", "Gold: 3,520 points, rebate 17,600 CNY"), value.get(5));
        assertEquals(List.of(), presenter.value(new CustomerPage(profile(BOUGHT), null, List.of(), List.of(), null,
                null)), "nothing is said of what no service knows");
    }

    @Test
    void writesSizesAsAMillWould() {
        ProfilePresenter presenter = new ProfilePresenter(Locale.ENGLISH);
        OpenLine coil = new OpenLine("SO-1", 1, ProductForm.HOT_ROLLED_COIL, "Q235B", new BigDecimal("3.50"),
                new BigDecimal("1250.0"), BigDecimal.TEN, BigDecimal.ONE, LocalDate.of(2026, 12, 1), OrderStatus.OPEN);
        OpenLine rebar = new OpenLine("SO-1", 2, ProductForm.REBAR, "HRB400E", new BigDecimal("16.00"), null,
                BigDecimal.TEN, BigDecimal.ONE, LocalDate.of(2026, 12, 1), OrderStatus.OPEN);
        assertEquals("3.5 × 1,250", presenter.size(coil));
        assertEquals("Φ16", presenter.size(rebar));
    }
}
