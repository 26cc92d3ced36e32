package steelchain.marketing.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.insight.Fixture;

/**
 * The forecast-demand job over an order history of 2091 to 2093 (years no other test uses): wire rod
 * ordered in East China with a pure yearly season, plus a cancelled order that must not count.
 */
class ForecastDemandJobTest {

    private static final int[] SEASON = { 80, 90, 120, 130, 140, 150, 120, 100, 110, 130, 100, 70 };

    private static DataStore store;
    private static BatchJob job;

    @BeforeAll
    static void orderHistory() {
        store = Fixture.store(ForecastModel.OWNER);
        job = Fixture.service(BatchJob.class, "(component.name=" + ForecastDemandJob.class.getName() + ")");
        store.run(em -> {
            Customer jiangsu = Fixture.customer(em, Fixture.unique("FC"), CustomerGrade.B, "江苏省");
            Customer zhejiang = Fixture.customer(em, Fixture.unique("FC"), CustomerGrade.C, "Zhejiang");
            SteelGrade grade = Fixture.grade(em, Fixture.unique("FG"));
            for (int m = 0; m < 36; m++) {
                LocalDate day = YearMonth.of(2091, 1).plusMonths(m).atDay(10);
                // two customers in the same region share each month's demand
                Fixture.order(em, jiangsu, day, ProductForm.WIRE_ROD, grade, String.valueOf(SEASON[m % 12] - 30), "3800",
                        OrderStatus.COMPLETED);
                Fixture.order(em, zhejiang, day.plusDays(5), ProductForm.WIRE_ROD, grade, "30", "3800",
                        OrderStatus.COMPLETED);
            }
            Fixture.order(em, jiangsu, LocalDate.of(2092, 5, 3), ProductForm.WIRE_ROD, grade, "5000", "3800",
                    OrderStatus.CANCELLED);
        });
    }

    private static JobResult run(Locale locale, Object... options) throws Exception {
        Map<String, Object> values = new HashMap<>(Map.of("horizon", 6L, "method", "auto"));
        for (int i = 0; i < options.length; i += 2) {
            values.put((String) options[i], options[i + 1]);
        }
        return job.run(new JobArguments(values, locale), new NullProgressMonitor());
    }

    @Test
    void storesARunWhoseSeasonalForecastIsExactAndOffersItAsAService() throws Exception {
        JobResult result = run(Locale.ENGLISH, "from", LocalDate.of(2091, 1, 1), "to", LocalDate.of(2093, 12, 31));
        assertTrue(result.succeeded(), result.summary()::toString);
        assertTrue(result.summary().get(0).contains("6 months ahead from the history 2091-01 to 2093-12"),
                result.summary()::toString);

        DemandForecasts forecasts = Fixture.service(DemandForecasts.class, null);
        DemandForecasts.Run latest = forecasts.latestRun().orElseThrow();
        assertTrue(result.summary().get(0).startsWith("Run " + latest.runNumber()), result.summary()::toString);
        assertEquals(YearMonth.of(2093, 12), latest.historyTo());
        DemandForecasts.Series wireRod = forecasts.latestForecast(ProductForm.WIRE_ROD, Region.EAST).orElseThrow();
        assertEquals(ForecastMethod.HOLT_WINTERS, wireRod.method());
        assertEquals(0, wireRod.error().wape(), 1e-6);
        assertEquals(0, wireRod.error().mape(), 1e-6);
        assertEquals(57, wireRod.error().points());
        List<YearMonth> months = wireRod.forecast().stream().map(DemandForecasts.MonthTonnes::month).toList();
        assertEquals(YearMonth.of(2094, 1), months.get(0));
        assertEquals(6, months.size());
        for (int h = 0; h < 6; h++) {
            assertEquals(SEASON[h], wireRod.forecast().get(h).tonnes(), 0.05, "month " + months.get(h));
        }
        assertEquals(1, forecasts.latestForecasts().size(), "only East China wire rod had orders in those years");

        List<DemandForecasts.MonthTonnes> history = forecasts.history(ProductForm.WIRE_ROD, Region.EAST,
                YearMonth.of(2092, 4), YearMonth.of(2092, 6));
        assertEquals(List.of(130.0, 140.0, 150.0), history.stream().map(DemandForecasts.MonthTonnes::tonnes).toList(),
                "the cancelled 5,000 t of May 2092 do not count");
        assertEquals(6L, store.read(em -> em.createQuery("select count(p) from ForecastPoint p"
                + " where p.series.run.runNumber = :run", Long.class).setParameter("run", latest.runNumber())
                .getSingleResult()));
    }

    @Test
    void wrongOptionsAreUsageErrorsAndAnEmptyHistoryAFailure() throws Exception {
        assertEquals("--horizon 0 is outside 1 to 36 months",
                assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "horizon", 0L)).getMessage());
        assertEquals("--from 2093-02 is after --to 2093-01: the history would be empty",
                assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "from", LocalDate.of(2093, 2, 1), "to",
                        LocalDate.of(2093, 1, 31))).getMessage());
        JobResult empty = run(Locale.SIMPLIFIED_CHINESE, "from", LocalDate.of(2080, 1, 1), "to",
                LocalDate.of(2080, 12, 1));
        assertFalse(empty.succeeded());
        assertEquals("无可预测：2080-01 至 2080-12 没有订单", empty.summary().get(0));
        JobResult tooShort = run(Locale.ENGLISH, "method", "holt-winters", "from", LocalDate.of(2093, 1, 1), "to",
                LocalDate.of(2093, 12, 1));
        assertFalse(tooShort.succeeded());
        assertEquals("Nothing to forecast: from 2093-01 to 2093-12 every series is shorter than the 24 months method"
                + " holt-winters needs", tooShort.summary().get(0));
    }

    @Test
    void isListedWithItsOptions() {
        assertEquals("forecast-demand", job.name());
        assertEquals(List.of("horizon", "method", "from", "to"),
                job.options(Locale.ENGLISH).stream().map(o -> o.name()).toList());
        assertEquals(List.of("seasonal-naive", "holt", "holt-winters", "auto"), job.options(Locale.ENGLISH).get(1).choices());
    }
}
