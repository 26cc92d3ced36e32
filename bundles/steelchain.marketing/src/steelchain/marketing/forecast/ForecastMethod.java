package steelchain.marketing.forecast;

/**
 * How a monthly demand series is extrapolated. {@link #AUTO} is not a method of its own: it runs
 * the rolling-origin backtest of every method the series is long enough for and keeps the one
 * with the lowest weighted absolute percentage error (WAPE).
 */
public enum ForecastMethod {

    /** Each month repeats the same month of the last year: the benchmark any model must beat. */
    SEASONAL_NAIVE("seasonal-naive", 12),
    /** Holt's linear trend (double exponential smoothing), no season; for short histories. */
    HOLT("holt", 3),
    /** Holt-Winters with additive 12-month season, smoothing constants fitted on the history. */
    HOLT_WINTERS("holt-winters", 24),
    /** The method with the best backtest for each series. */
    AUTO("auto", 3);

    private final String option;
    private final int minimumMonths;

    ForecastMethod(String option, int minimumMonths) {
        this.option = option;
        this.minimumMonths = minimumMonths;
    }

    /** The name on the command line, e.g. {@code holt-winters}. */
    public String option() {
        return option;
    }

    /** The shortest history, in months, the method can forecast from. */
    public int minimumMonths() {
        return minimumMonths;
    }

    /** The method named {@code option} on the command line. */
    public static ForecastMethod ofOption(String option) {
        for (ForecastMethod method : values()) {
            if (method.option.equals(option)) {
                return method;
            }
        }
        throw new IllegalArgumentException("No forecast method " + option);
    }
}
