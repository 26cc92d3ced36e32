package steelchain.marketing.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rolling-origin evaluation: the method is fitted on the history up to each of the last
 * {@code origins} months in turn and forecasts the months after it (up to the horizon, as far as
 * actuals exist); all those forecasts are scored against what was then ordered.
 */
public final class Backtest {

    /** The methods {@link ForecastMethod#AUTO} chooses from, preferred in this order on a tie. */
    private static final List<ForecastMethod> CANDIDATES = List.of(ForecastMethod.HOLT_WINTERS,
            ForecastMethod.SEASONAL_NAIVE, ForecastMethod.HOLT);

    /** A method, its backtest error and its forecast from the whole history. */
    public record Outcome(ForecastMethod method, ForecastError error, double[] forecast) {
    }

    private Backtest() {
    }

    /** The backtest error of {@code method} on {@code history}; {@link ForecastError#NONE} when too short. */
    public static ForecastError evaluate(ForecastMethod method, double[] history, int horizon, int origins) {
        List<Double> actual = new ArrayList<>();
        List<Double> forecast = new ArrayList<>();
        int firstOrigin = Math.max(method.minimumMonths(), history.length - origins);
        for (int origin = firstOrigin; origin < history.length; origin++) {
            double[] training = Arrays.copyOf(history, origin);
            int steps = Math.min(horizon, history.length - origin);
            double[] predicted = Forecasters.forecast(method, training, steps);
            for (int h = 0; h < steps; h++) {
                actual.add(history[origin + h]);
                forecast.add(predicted[h]);
            }
        }
        if (actual.isEmpty()) {
            return ForecastError.NONE;
        }
        return ForecastError.of(actual.stream().mapToDouble(Double::doubleValue).toArray(),
                forecast.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Forecasts {@code history} with {@code method}, or with the candidate of lowest backtest error when it is
     * {@link ForecastMethod#AUTO}; returns null when the history is too short for any method.
     */
    public static Outcome run(ForecastMethod method, double[] history, int horizon, int origins) {
        if (method != ForecastMethod.AUTO) {
            if (history.length < method.minimumMonths()) {
                return null;
            }
            return new Outcome(method, evaluate(method, history, horizon, origins),
                    Forecasters.forecast(method, history, horizon));
        }
        ForecastMethod best = null;
        ForecastError bestError = null;
        for (ForecastMethod candidate : CANDIDATES) {
            if (history.length < candidate.minimumMonths()) {
                continue;
            }
            ForecastError error = evaluate(candidate, history, horizon, origins);
            if (best == null || error.score() < bestError.score()) {
                best = candidate;
                bestError = error;
            }
        }
        return best == null ? null : new Outcome(best, bestError, Forecasters.forecast(best, history, horizon));
    }
}
