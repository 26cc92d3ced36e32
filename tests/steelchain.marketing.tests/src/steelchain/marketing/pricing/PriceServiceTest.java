package steelchain.marketing.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.insight.Fixture;
import steelchain.marketing.pricing.PriceService.PriceListRow;
import steelchain.marketing.pricing.PriceService.Quote;

/** Quotes, price history, price list checks and unit costs against the product's database. */
class PriceServiceTest {

    private static PriceService prices;
    private static String customer;
    private static String grade;

    @BeforeAll
    static void customerGradeAndHistory() {
        DataStore store = Fixture.store(PricingModel.OWNER);
        prices = Fixture.service(PriceService.class, null);
        customer = Fixture.unique("PC");
        grade = Fixture.unique("PG");
        store.run(em -> {
            Customer c = Fixture.customer(em, customer, CustomerGrade.A, "山东省");
            SteelGrade g = Fixture.grade(em, grade);
            Fixture.order(em, c, LocalDate.of(2096, 5, 1), ProductForm.PLATE, g, "120", "3900", OrderStatus.COMPLETED);
            Fixture.order(em, c, LocalDate.of(2096, 9, 1), ProductForm.PLATE, g, "80", "3950", OrderStatus.SHIPPED);
            Fixture.order(em, c, LocalDate.of(2096, 10, 1), ProductForm.PLATE, g, "99", "1000", OrderStatus.CANCELLED);
            Fixture.order(em, c, LocalDate.of(2096, 11, 1), ProductForm.REBAR, g, "10", "3600", OrderStatus.COMPLETED);
        });
        prices.save(new PriceListRow(null, ProductForm.PLATE, grade, new BigDecimal("4000"), LocalDate.of(2097, 1, 1),
                LocalDate.of(2097, 6, 30)));
        prices.save(new PriceListRow(null, ProductForm.PLATE, grade, new BigDecimal("4200"), LocalDate.of(2097, 7, 1),
                null));
    }

    @Test
    void theMigrationSeedsTiersVolumeBreaksAndACostForEveryForm() {
        assertEquals(0, new BigDecimal("3").compareTo(prices.tierDiscounts().get(CustomerGrade.A)));
        assertEquals(0, new BigDecimal("-1.5").compareTo(prices.tierDiscounts().get(CustomerGrade.D)));
        assertEquals(List.of(100, 500, 1000),
                prices.volumeBreaks().keySet().stream().map(BigDecimal::intValue).toList());
        Map<ProductForm, BigDecimal> costs = prices.unitCosts();
        assertEquals(ProductForm.values().length, costs.size());
        assertEquals(0, new BigDecimal("3700").compareTo(costs.get(ProductForm.PLATE)));
    }

    @Test
    void aQuoteTakesTheListPriceOfTheDayLessTierAndVolumeWithCostMarginAndHistory() {
        Quote quote = prices.quote(customer, ProductForm.PLATE, grade, new BigDecimal("600"), LocalDate.of(2097, 3, 15));
        assertEquals(CustomerGrade.A, quote.customerGrade());
        assertEquals(0, new BigDecimal("4000").compareTo(quote.listPrice()));
        assertEquals(0, new BigDecimal("3").compareTo(quote.tierDiscountPct()));
        assertEquals(0, new BigDecimal("1").compareTo(quote.volumeDiscountPct()));
        assertEquals(new BigDecimal("3841"), quote.price(), "4,000 x 0.97 x 0.99 = 3,841.2");
        assertEquals(0, new BigDecimal("3700").compareTo(quote.unitCost()));
        assertEquals(0, new BigDecimal("141").compareTo(quote.margin()));
        assertEquals(new BigDecimal("0.0367"), quote.marginRatio());
        assertEquals(List.of(LocalDate.of(2096, 9, 1), LocalDate.of(2096, 5, 1)),
                quote.history().stream().map(PriceService.PricePaid::orderDate).toList(),
                "plate only, newest first, the cancelled order left out");
        assertEquals(0, new BigDecimal("3950").compareTo(quote.history().get(0).price()));

        Quote later = prices.quote(customer, ProductForm.PLATE, grade, new BigDecimal("50"), LocalDate.of(2097, 8, 1));
        assertEquals(0, new BigDecimal("4200").compareTo(later.listPrice()));
        assertEquals(0, BigDecimal.ZERO.compareTo(later.volumeDiscountPct()), "50 t is below the first break");
        assertEquals(new BigDecimal("4074"), later.price());
    }

    @Test
    void aQuoteThatCannotBeGivenSaysWhy() {
        LocalDate day = LocalDate.of(2097, 3, 15);
        assertEquals("No customer NOBODY", assertThrows(PricingException.class,
                () -> prices.quote("NOBODY", ProductForm.PLATE, grade, BigDecimal.TEN, day)).getMessage());
        assertEquals("No steel grade NOGRADE", assertThrows(PricingException.class,
                () -> prices.quote(customer, ProductForm.PLATE, "NOGRADE", BigDecimal.TEN, day)).getMessage());
        PricingException noPrice = assertThrows(PricingException.class,
                () -> prices.quote(customer, ProductForm.PLATE, grade, BigDecimal.TEN, LocalDate.of(2096, 12, 31)));
        assertEquals("价格表中没有 中厚板 " + grade + " 在 2096-12-31 有效的价格", noPrice.message(Locale.SIMPLIFIED_CHINESE));
        assertThrows(PricingException.class,
                () -> prices.quote(customer, ProductForm.PLATE, grade, BigDecimal.ZERO, day));
    }

    @Test
    void theListRefusesOverlapsAndBadFieldsNamingTheField() {
        PricingException overlap = assertThrows(PricingException.class, () -> prices.save(new PriceListRow(null,
                ProductForm.PLATE, grade, new BigDecimal("4100"), LocalDate.of(2097, 5, 1), LocalDate.of(2097, 8, 31))));
        assertEquals("validFrom", overlap.problems().get(0).field());
        assertEquals("Valid from: overlaps the price valid 2097-01-01 to 2097-06-30 of the same form and grade",
                overlap.message(Locale.ENGLISH));

        List<PriceListProblem> problems = prices.check(new PriceListRow(null, ProductForm.PLATE, "NOGRADE",
                new BigDecimal("-5"), LocalDate.of(2098, 2, 1), LocalDate.of(2098, 1, 1)));
        assertEquals(List.of("grade", "basePrice", "validTo"), problems.stream().map(PriceListProblem::field).toList());
        assertEquals("基价（元/吨）: -5 不大于零", problems.get(1).message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Valid to: 2098-01-01 is before the first day 2098-02-01", problems.get(2).message(Locale.ENGLISH));
        assertEquals("Base price (CNY/t): 100001 CNY/t is above 100000 CNY/t; check the figure",
                prices.check(new PriceListRow(null, ProductForm.PLATE, grade, new BigDecimal("100001"),
                        LocalDate.of(2099, 1, 1), null)).get(0).message(Locale.ENGLISH));
        assertTrue(prices.check(new PriceListRow(null, ProductForm.REBAR, grade, new BigDecimal("3650.5"),
                LocalDate.of(2097, 5, 1), null)).isEmpty(), "another form of the grade does not overlap");
    }

    @Test
    void anEntryIsChangedAndDeleted() {
        PriceListRow added = prices.save(new PriceListRow(null, ProductForm.WIRE_ROD, grade, new BigDecimal("3700"),
                LocalDate.of(2097, 1, 1), null));
        PriceListRow changed = prices.save(new PriceListRow(added.id(), ProductForm.WIRE_ROD, grade,
                new BigDecimal("3750"), LocalDate.of(2097, 2, 1), LocalDate.of(2097, 12, 31)));
        assertEquals(added.id(), changed.id());
        PriceListRow listed = prices.priceList().stream().filter(r -> r.id().equals(added.id())).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("3750").compareTo(listed.basePrice()));
        assertEquals(LocalDate.of(2097, 12, 31), listed.validTo());
        prices.delete(added.id());
        assertNull(prices.priceList().stream().filter(r -> r.id().equals(added.id())).findFirst().orElse(null));
    }

    @Test
    void aUnitCostIsChangedAndMustBePositive() {
        BigDecimal before = prices.unitCosts().get(ProductForm.REBAR);
        try {
            prices.setUnitCost(ProductForm.REBAR, new BigDecimal("3333"));
            assertEquals(0, new BigDecimal("3333").compareTo(prices.unitCosts().get(ProductForm.REBAR)));
            assertEquals("The cost of REBAR must be above zero, not 0", assertThrows(PricingException.class,
                    () -> prices.setUnitCost(ProductForm.REBAR, BigDecimal.ZERO)).getMessage());
        } finally {
            prices.setUnitCost(ProductForm.REBAR, before);
        }
    }
}
