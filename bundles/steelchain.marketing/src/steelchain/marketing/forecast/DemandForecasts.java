package steelchain.marketing.forecast;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import steelchain.core.model.ProductForm;

/**
 * The monthly demand forecast per product family and region, offered as an OSGi service for
 * the marketing views and for production planning's demand plan: the latest stored run of the
 * {@code forecast-demand} job, each series with its backtest error, and the order history it
 * was made from.
 */
public interface DemandForecasts {

    /** A stored forecast run: its number, when it ran, what it was asked and which months it read. */
    record Run(String runNumber, LocalDateTime createdAt, ForecastMethod method, int horizonMonths,
            YearMonth historyFrom, YearMonth historyTo) {
    }

    /** Tonnes of one month. */
    record MonthTonnes(YearMonth month, double tonnes) {
    }

    /** The forecast of one family in one region: the method used, its backtest error, the months ahead. */
    record Series(ProductForm form, Region region, ForecastMethod method, ForecastError error,
            List<MonthTonnes> forecast) {
    }

    /** The most recent run, if any. */
    Optional<Run> latestRun();

    /** Every series of the most recent run, by family then region; empty when there is no run. */
    List<Series> latestForecasts();

    /** The most recent run's forecast for one family and region, if that run made one. */
    Optional<Series> latestForecast(ProductForm form, Region region);

    /** Ordered tonnes of a family in a region per month, {@code from} to {@code to}, zero months included. */
    List<MonthTonnes> history(ProductForm form, Region region, YearMonth from, YearMonth to);
}
