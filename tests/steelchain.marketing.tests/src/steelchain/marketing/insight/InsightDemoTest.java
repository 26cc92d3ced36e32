package steelchain.marketing.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import steelchain.core.data.DataStore;
import steelchain.core.demo.DemoContribution;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.forecast.ForecastModel;
import steelchain.marketing.pricing.PriceService;
import steelchain.marketing.pricing.PriceService.PriceListRow;

/**
 * The demo contribution writes a price list from the prices paid and a forecast run, and removes
 * both again. Order history in 2099 to 2101, which no other test uses.
 */
class InsightDemoTest {

    @Test
    void fillsThePriceListFromThePricesPaidAndRemovesWhatItWrote() {
        DataStore store = Fixture.store(ForecastModel.OWNER);
        String gradeCode = Fixture.unique("DG");
        store.run(em -> {
            Customer customer = Fixture.customer(em, Fixture.unique("DC"), CustomerGrade.B, "天津市");
            SteelGrade grade = Fixture.grade(em, gradeCode);
            for (int m = 0; m < 30; m++) {
                LocalDate day = YearMonth.of(2099, 1).plusMonths(m).atDay(5);
                // the last quarter at 4,500 CNY/t, the year before it at 4,000 and 4,100 (average 4,050 by weight)
                String price = !day.isBefore(LocalDate.of(2101, 3, 1)) ? "4500" : m % 2 == 0 ? "4000" : "4100";
                Fixture.order(em, customer, day, ProductForm.COLD_ROLLED_COIL, grade, "50", price,
                        OrderStatus.COMPLETED);
            }
        });
        DemoContribution demo = Fixture.service(DemoContribution.class,
                "(component.name=" + InsightDemo.class.getName() + ")");
        String summary = demo.fill(store, 42, LocalDate.of(2101, 6, 30), Locale.ENGLISH, new NullProgressMonitor());
        assertTrue(summary.startsWith("2 price list entries; demand forecast of "), summary);

        PriceService prices = Fixture.service(PriceService.class, null);
        List<PriceListRow> rows = prices.priceList().stream().filter(r -> r.gradeCode().equals(gradeCode)).toList();
        assertEquals(2, rows.size());
        assertEquals(LocalDate.of(2100, 3, 1), rows.get(0).validFrom());
        assertEquals(LocalDate.of(2101, 2, 28), rows.get(0).validTo());
        assertEquals(0, new BigDecimal("4050").compareTo(rows.get(0).basePrice()));
        assertEquals(LocalDate.of(2101, 3, 1), rows.get(1).validFrom());
        assertEquals(null, rows.get(1).validTo());
        assertEquals(0, new BigDecimal("4500").compareTo(rows.get(1).basePrice()));
        long runs = store.read(em -> em.createQuery("select count(r) from ForecastRun r", Long.class)
                .getSingleResult());
        assertTrue(runs >= 1);

        demo.remove(store);
        assertTrue(prices.priceList().isEmpty());
        assertEquals(0L, store.read(em -> em.createQuery("select count(r) from ForecastRun r", Long.class)
                .getSingleResult()));
        assertEquals("price list and demand forecast", demo.description(Locale.ENGLISH));
    }
}
