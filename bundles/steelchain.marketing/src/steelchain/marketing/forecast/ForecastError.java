package steelchain.marketing.forecast;

/**
 * How far a method's forecasts were from what customers then ordered, over the points of a
 * rolling-origin backtest. Ratios (0.12 = 12 %); {@code NaN} where the measure is undefined.
 *
 * @param mape   mean absolute percentage error over the months with demand (undefined when none had any)
 * @param smape  symmetric MAPE, mean of 2|F-A|/(|A|+|F|), a month without demand and without forecast counting 0
 * @param wape   weighted absolute percentage error, sum|F-A| / sum|A|: the fair measure for sparse series
 * @param points how many (origin, month ahead) pairs were compared; 0 when the history was too short
 */
public record ForecastError(double mape, double smape, double wape, int points) {

    /** No backtest was possible. */
    public static final ForecastError NONE = new ForecastError(Double.NaN, Double.NaN, Double.NaN, 0);

    /** The errors of {@code forecast} against {@code actual}, month by month. */
    public static ForecastError of(double[] actual, double[] forecast) {
        if (actual.length != forecast.length) {
            throw new IllegalArgumentException(actual.length + " actual months against " + forecast.length
                    + " forecast months");
        }
        double percentageSum = 0;
        int percentageCount = 0;
        double symmetricSum = 0;
        double absoluteErrorSum = 0;
        double actualSum = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = Math.abs(forecast[i] - actual[i]);
            if (actual[i] != 0) {
                percentageSum += error / Math.abs(actual[i]);
                percentageCount++;
            }
            double scale = Math.abs(actual[i]) + Math.abs(forecast[i]);
            symmetricSum += scale == 0 ? 0 : 2 * error / scale;
            absoluteErrorSum += error;
            actualSum += Math.abs(actual[i]);
        }
        return new ForecastError(percentageCount == 0 ? Double.NaN : percentageSum / percentageCount,
                actual.length == 0 ? Double.NaN : symmetricSum / actual.length,
                actualSum == 0 ? Double.NaN : absoluteErrorSum / actualSum, actual.length);
    }

    /** The measure methods are compared by: WAPE, or sMAPE when the actuals were all zero. */
    double score() {
        if (!Double.isNaN(wape)) {
            return wape;
        }
        return Double.isNaN(smape) ? Double.POSITIVE_INFINITY : smape;
    }
}
