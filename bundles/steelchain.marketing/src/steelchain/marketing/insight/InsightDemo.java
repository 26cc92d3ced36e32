package steelchain.marketing.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import steelchain.core.data.DataStore;
import steelchain.core.demo.DemoContribution;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;
import steelchain.core.text.Texts;
import steelchain.marketing.forecast.DemandForecaster;
import steelchain.marketing.forecast.ForecastMethod;
import steelchain.marketing.forecast.ForecastRun;
import steelchain.marketing.pricing.PriceListEntry;

/**
 * The demo company's price list and a first demand forecast. The list holds, for every grade and
 * form the demo sold, two periods: the year before the last quarter, and the last quarter on
 * (open-ended), each at the average price paid in it rounded to 10 CNY, so that quotes and price
 * history agree with the order book. Unit costs, tiers and volume breaks come with the pricing
 * tables' migration. The forecast is what {@code forecast-demand} makes with its defaults; being made
 * now, it carries the time of the demo run, the only part the seed does not decide.
 */
@Component(service = DemoContribution.class)
public class InsightDemo implements DemoContribution {

    private static final Texts TEXTS = Texts.of(InsightDemo.class);

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "demo.description");
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String fill(DataStore store, long seed, LocalDate today, Locale locale, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        LocalDate recentFrom = YearMonth.from(today).minusMonths(3).atDay(1);
        LocalDate earlierFrom = recentFrom.minusYears(1);
        int entries = store.inTransaction(em -> {
            int written = 0;
            for (LocalDate[] period : List.of(new LocalDate[] { earlierFrom, recentFrom.minusDays(1) },
                    new LocalDate[] { recentFrom, today })) {
                List<Object[]> sums = em.createQuery("select l.form, l.grade.id, sum(l.tonnes * l.priceCnyPerTonne),"
                        + " sum(l.tonnes) from OrderLine l join l.order o where o.status <> :cancelled"
                        + " and l.status <> :cancelled and o.orderDate >= :from and o.orderDate <= :to"
                        + " group by l.form, l.grade.id", Object[].class)
                        .setParameter("cancelled", OrderStatus.CANCELLED).setParameter("from", period[0])
                        .setParameter("to", period[1]).getResultList();
                LocalDate validTo = period[0].equals(recentFrom) ? null : period[1];
                for (Object[] sum : sums) {
                    BigDecimal tonnes = (BigDecimal) sum[3];
                    if (tonnes.signum() == 0) {
                        continue;
                    }
                    // the average price paid, rounded to 10 CNY as list prices are
                    BigDecimal price = ((BigDecimal) sum[2]).divide(tonnes.multiply(BigDecimal.TEN), 0,
                            RoundingMode.HALF_UP).multiply(BigDecimal.TEN).setScale(2);
                    em.persist(new PriceListEntry((ProductForm) sum[0], em.find(SteelGrade.class, sum[1]), price,
                            period[0], validTo));
                    written++;
                }
            }
            return written;
        });
        progress.worked(1);
        String forecast;
        try {
            DemandForecaster.Outcome outcome = DemandForecaster.run(store,
                    new DemandForecaster.Request(ForecastMethod.AUTO, 6, null, YearMonth.from(today).minusMonths(1)),
                    LocalDateTime.now(), progress.split(1));
            forecast = TEXTS.get(locale, "demo.forecast", outcome.seriesForecast());
        } catch (DemandForecaster.NothingToForecast e) {
            forecast = TEXTS.get(locale, "demo.noForecast");
        }
        return TEXTS.get(locale, "demo.summary", entries, forecast);
    }

    /** The demo loads into an empty database, so every price list entry and forecast run is the demo's. */
    @Override
    public void remove(DataStore store) {
        store.run(em -> {
            em.createQuery("select r from ForecastRun r", ForecastRun.class).getResultList().forEach(em::remove);
            em.createQuery("delete from PriceListEntry p").executeUpdate();
        });
    }
}
