package steelchain.marketing.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.model.ProductForm;

/** {@link DemandForecasts} read from the stored forecast runs and the order history. */
@Component(service = DemandForecasts.class)
public class DemandForecastService implements DemandForecasts {

    @Reference(target = "(steelchain.owners=" + ForecastModel.OWNER + ")")
    private DataStore store;

    @Override
    public Optional<Run> latestRun() {
        return store.read(em -> latest(em).map(DemandForecastService::run));
    }

    @Override
    public List<Series> latestForecasts() {
        return store.read(em -> latest(em).map(run -> run.getSeries().stream()
                .sorted((a, b) -> new MonthlyDemand.Key(a.getForm(), a.getRegion())
                        .compareTo(new MonthlyDemand.Key(b.getForm(), b.getRegion())))
                .map(DemandForecastService::series).toList()).orElse(List.of()));
    }

    @Override
    public Optional<Series> latestForecast(ProductForm form, Region region) {
        return store.read(em -> latest(em).flatMap(run -> run.getSeries().stream()
                .filter(s -> s.getForm() == form && s.getRegion() == region).findFirst())
                .map(DemandForecastService::series));
    }

    @Override
    public List<MonthTonnes> history(ProductForm form, Region region, YearMonth from, YearMonth to) {
        MonthlyDemand demand = store.read(em -> MonthlyDemand.read(em, from, to));
        double[] tonnes = demand.series().getOrDefault(new MonthlyDemand.Key(form, region),
                new double[demand.months()]);
        List<MonthTonnes> months = new ArrayList<>();
        for (int i = 0; i < tonnes.length; i++) {
            months.add(new MonthTonnes(demand.first().plusMonths(i), tonnes[i]));
        }
        return months;
    }

    private static Optional<ForecastRun> latest(EntityManager em) {
        return em.createQuery("select r from ForecastRun r order by r.createdAt desc, r.id desc", ForecastRun.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static Run run(ForecastRun run) {
        return new Run(run.getRunNumber(), run.getCreatedAt(), run.getMethod(), run.getHorizonMonths(),
                YearMonth.from(run.getHistoryFrom()), YearMonth.from(run.getHistoryTo()));
    }

    private static Series series(ForecastSeries series) {
        return new Series(series.getForm(), series.getRegion(), series.getMethod(), series.getError(),
                series.getPoints().stream()
                        .map(p -> new MonthTonnes(YearMonth.from(p.getMonth()), p.getTonnes().doubleValue())).toList());
    }
}
