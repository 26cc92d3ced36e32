package steelchain.marketing.forecast;

import java.util.Arrays;

/**
 * The forecasting methods as pure functions from a monthly history (oldest first, tonnes) to the
 * next {@code horizon} months. Forecasts never go below zero: demand is not negative.
 */
public final class Forecasters {

    static final int SEASON = 12;

    /** Smoothing constants tried when fitting: a coarse grid is enough for monthly steel demand. */
    private static final double[] ALPHAS = { 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 };
    private static final double[] BETAS = { 0.0, 0.02, 0.05, 0.1, 0.2, 0.3 };
    private static final double[] GAMMAS = { 0.0, 0.05, 0.1, 0.2, 0.3, 0.5 };

    private Forecasters() {
    }

    /**
     * Forecasts {@code horizon} months after {@code history} with {@code method}.
     *
     * @throws IllegalArgumentException when the history is shorter than the method needs, or the method is
     *                                  {@link ForecastMethod#AUTO} (which chooses by backtest, see {@link Backtest})
     */
    public static double[] forecast(ForecastMethod method, double[] history, int horizon) {
        if (history.length < method.minimumMonths()) {
            throw new IllegalArgumentException(method.option() + " needs at least " + method.minimumMonths()
                    + " months of history, got " + history.length);
        }
        double[] forecast = switch (method) {
            case SEASONAL_NAIVE -> seasonalNaive(history, horizon);
            case HOLT -> holt(history, horizon);
            case HOLT_WINTERS -> holtWinters(history, horizon);
            case AUTO -> throw new IllegalArgumentException("auto chooses a method by backtest; call Backtest.choose");
        };
        for (int i = 0; i < forecast.length; i++) {
            forecast[i] = Math.max(0, forecast[i]);
        }
        return forecast;
    }

    private static double[] seasonalNaive(double[] y, int horizon) {
        double[] forecast = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            forecast[h] = y[y.length - SEASON + h % SEASON];
        }
        return forecast;
    }

    private static double[] holt(double[] y, int horizon) {
        double bestSse = Double.POSITIVE_INFINITY;
        double[] best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                double level = y[0];
                double trend = y[1] - y[0];
                double sse = 0;
                for (int t = 1; t < y.length; t++) {
                    double predicted = level + trend;
                    sse += (y[t] - predicted) * (y[t] - predicted);
                    double previousLevel = level;
                    level = alpha * y[t] + (1 - alpha) * (level + trend);
                    trend = beta * (level - previousLevel) + (1 - beta) * trend;
                }
                if (sse < bestSse) {
                    bestSse = sse;
                    best = new double[] { level, trend };
                }
            }
        }
        double[] forecast = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            forecast[h] = best[0] + (h + 1) * best[1];
        }
        return forecast;
    }

    /**
     * Additive Holt-Winters. Start values from the first two seasons: the trend is the difference of their
     * means per month, the level the first season's mean carried to its last month, the seasonal terms the
     * first season's deviations from that line, so a purely linear or purely seasonal history is reproduced
     * exactly. Alpha, beta and gamma minimise the one-step-ahead squared error over the rest of the history.
     */
    private static double[] holtWinters(double[] y, int horizon) {
        double firstMean = mean(y, 0, SEASON);
        double secondMean = mean(y, SEASON, 2 * SEASON);
        double initialTrend = (secondMean - firstMean) / SEASON;
        double initialLevel = firstMean + initialTrend * (SEASON - 1) / 2.0;
        double[] initialSeason = new double[SEASON];
        for (int i = 0; i < SEASON; i++) {
            initialSeason[i] = y[i] - (firstMean + (i - (SEASON - 1) / 2.0) * initialTrend);
        }
        double bestSse = Double.POSITIVE_INFINITY;
        double[] bestForecast = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    double level = initialLevel;
                    double trend = initialTrend;
                    double[] season = Arrays.copyOf(initialSeason, SEASON);
                    double sse = 0;
                    for (int t = SEASON; t < y.length; t++) {
                        int phase = t % SEASON;
                        double predicted = level + trend + season[phase];
                        sse += (y[t] - predicted) * (y[t] - predicted);
                        double previousLevel = level;
                        level = alpha * (y[t] - season[phase]) + (1 - alpha) * (level + trend);
                        trend = beta * (level - previousLevel) + (1 - beta) * trend;
                        season[phase] = gamma * (y[t] - level) + (1 - gamma) * season[phase];
                    }
                    if (sse < bestSse) {
                        bestSse = sse;
                        bestForecast = new double[horizon];
                        for (int h = 0; h < horizon; h++) {
                            bestForecast[h] = level + (h + 1) * trend + season[(y.length + h) % SEASON];
                        }
                    }
                }
            }
        }
        return bestForecast;
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }
}
