package steelchain.marketing.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import steelchain.core.data.DataStore;

/**
 * Makes a forecast run: reads the monthly demand, forecasts every family-region series with its
 * backtest, and stores the run in one transaction (all series or none).
 */
public final class DemandForecaster {

    /** Backtest origins: the last twelve months each serve once as the end of the known history. */
    public static final int BACKTEST_ORIGINS = 12;

    private static final DateTimeFormatter RUN_NUMBER = DateTimeFormatter.ofPattern("'FC-'yyyyMMdd-HHmmssSSS");

    /** What a run asked for: method, months ahead, and the months of history (a null first month: all). */
    public record Request(ForecastMethod method, int horizonMonths, YearMonth historyFrom, YearMonth historyTo) {
    }

    /** What a run did: its number, the series forecast, and those skipped for too short a history. */
    public record Outcome(String runNumber, int seriesForecast, int seriesTooShort, double weightedWape,
            YearMonth historyFrom, YearMonth historyTo) {
    }

    /** Why a run had nothing to forecast: no orders in the months asked for, or every series too short. */
    public static final class NothingToForecast extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final boolean noOrders;
        private final YearMonth first;
        private final YearMonth last;

        NothingToForecast(boolean noOrders, YearMonth first, YearMonth last) {
            super((noOrders ? "No orders" : "Every series is too short") + " between " + first + " and " + last);
            this.noOrders = noOrders;
            this.first = first;
            this.last = last;
        }

        /** True when there were no orders at all, false when the series were too short for the method. */
        public boolean noOrders() {
            return noOrders;
        }

        public YearMonth first() {
            return first;
        }

        public YearMonth last() {
            return last;
        }
    }

    private DemandForecaster() {
    }

    /**
     * Forecasts and stores a run.
     *
     * @throws NothingToForecast          when no series in the months asked for can be forecast
     * @throws OperationCanceledException when the monitor is cancelled; nothing is stored then
     */
    public static Outcome run(DataStore store, Request request, LocalDateTime now, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        MonthlyDemand demand = store.read(em -> MonthlyDemand.read(em, request.historyFrom(), request.historyTo()));
        progress.worked(10);
        if (demand.series().isEmpty()) {
            throw new NothingToForecast(true, demand.first(), demand.last());
        }
        record Forecast(MonthlyDemand.Key key, Backtest.Outcome outcome, double actualTonnes) {
        }
        List<Forecast> forecasts = new ArrayList<>();
        int tooShort = 0;
        SubMonitor seriesProgress = progress.split(80).setWorkRemaining(demand.series().size());
        for (Map.Entry<MonthlyDemand.Key, double[]> series : demand.series().entrySet()) {
            if (seriesProgress.isCanceled()) {
                throw new OperationCanceledException();
            }
            seriesProgress.subTask(series.getKey().form() + " / " + series.getKey().region());
            Backtest.Outcome outcome = Backtest.run(request.method(), series.getValue(), request.horizonMonths(),
                    BACKTEST_ORIGINS);
            if (outcome == null) {
                tooShort++;
            } else {
                double total = 0;
                for (double month : series.getValue()) {
                    total += month;
                }
                forecasts.add(new Forecast(series.getKey(), outcome, total));
            }
            seriesProgress.worked(1);
        }
        if (forecasts.isEmpty()) {
            throw new NothingToForecast(false, demand.first(), demand.last());
        }
        String runNumber = store.inTransaction(em -> {
            String number = RUN_NUMBER.format(now);
            ForecastRun run = new ForecastRun(number, now, request.method(), request.horizonMonths(),
                    demand.first().atDay(1), demand.last().atDay(1));
            for (Forecast forecast : forecasts) {
                ForecastSeries series = run.addSeries(forecast.key().form(), forecast.key().region(),
                        forecast.outcome().method(), forecast.outcome().error());
                double[] tonnes = forecast.outcome().forecast();
                for (int h = 0; h < tonnes.length; h++) {
                    series.addPoint(demand.last().plusMonths(h + 1L).atDay(1),
                            BigDecimal.valueOf(tonnes[h]).setScale(1, RoundingMode.HALF_UP));
                }
            }
            em.persist(run);
            return number;
        });
        progress.worked(10);
        // Tonnage-weighted backtest error of the whole run, for the summary line.
        double weighted = 0;
        double weights = 0;
        for (Forecast forecast : forecasts) {
            double wape = forecast.outcome().error().wape();
            if (!Double.isNaN(wape)) {
                weighted += wape * forecast.actualTonnes();
                weights += forecast.actualTonnes();
            }
        }
        return new Outcome(runNumber, forecasts.size(), tooShort, weights == 0 ? Double.NaN : weighted / weights,
                demand.first(), demand.last());
    }
}
