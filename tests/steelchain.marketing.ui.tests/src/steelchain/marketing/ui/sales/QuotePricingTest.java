package steelchain.marketing.ui.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.ProductForm;
import steelchain.marketing.pricing.PriceService;
import steelchain.marketing.pricing.PriceService.PricePaid;
import steelchain.marketing.pricing.PriceService.Quote;
import steelchain.marketing.pricing.PricingException;

/** The price, margin and price history a salesperson sees while typing a quote line. */
class QuotePricingTest {

    /** A price service that prices Q355B plate for customer C000042 and knows no other grade. */
    private static PriceService prices(List<PricePaid> history) {
        return (PriceService) Proxy.newProxyInstance(QuotePricingTest.class.getClassLoader(),
                new Class<?>[] { PriceService.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("quote")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (!"Q355B".equals(args[2])) {
                        throw new PricingException("problem.unknownGrade", args[2]);
                    }
                    return new Quote("C000042", CustomerGrade.B, ProductForm.PLATE, "Q355B", (BigDecimal) args[3],
                            (LocalDate) args[4], new BigDecimal("4200"), new BigDecimal("1.5"), new BigDecimal("1"),
                            new BigDecimal("4095"), new BigDecimal("3700"), new BigDecimal("395"),
                            new BigDecimal("0.0965"), history);
                });
    }

    private static LineForm line(String grade, String tonnes, String price) {
        return new LineForm(Locale.ENGLISH, false).set(LineForm.Field.FORM, "PLATE").set(LineForm.Field.GRADE, grade)
                .set(LineForm.Field.TONNES, tonnes).set(LineForm.Field.PRICE, price);
    }

    @Test
    void showsListPriceDiscountsMarginAndWhatTheCustomerPaid() {
        QuotePricing pricing = new QuotePricing(prices(List.of(
                new PricePaid("SO-2", LocalDate.of(2026, 10, 3), BigDecimal.TEN, new BigDecimal("4150")),
                new PricePaid("SO-1", LocalDate.of(2026, 6, 9), BigDecimal.TEN, new BigDecimal("4080")))),
                "C000042", Locale.ENGLISH);
        assertEquals(List.of(
                "List price 4,200 CNY/t, less 1.5% for customer grade B and 1% for the tonnes: 4,095 CNY/t",
                "Unit cost 3,700 CNY/t; margin at the price typed 300 CNY/t (7.5%)",
                "Paid before: 2026-10-03 4,150 CNY/t; 2026-06-09 4,080 CNY/t"),
                pricing.advice(line("Q355B", "520", "4000")));
        assertEquals("Unit cost 3,700 CNY/t; margin at that price 395 CNY/t (9.6%)",
                pricing.advice(line("Q355B", "520", "")).get(1), "without a price typed, the list's price");
        assertEquals(new BigDecimal("4095"), pricing.suggestedPrice(line("Q355B", "520", "")));
    }

    @Test
    void saysWhyALineCannotBePricedAndWaitsForEnoughToPrice() {
        QuotePricing pricing = new QuotePricing(prices(List.of()), "C000042", Locale.ENGLISH);
        assertEquals(List.of("no steel grade X99"), pricing.advice(line("X99", "20", "")));
        assertNull(pricing.suggestedPrice(line("X99", "20", "")));
        assertEquals(List.of(), pricing.advice(line("Q355B", "", "")), "no tonnes yet");
        assertEquals("The customer has not bought this form and grade before.",
                pricing.advice(line("Q355B", "20", "")).get(2));
    }
}
