package steelchain.marketing.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The forecasting methods and their backtest on series whose future is known. */
class ForecastersTest {

    private static final double[] SEASON = { 80, 90, 120, 130, 140, 150, 120, 100, 110, 130, 100, 70 };

    private static double[] seasonal(int months) {
        double[] y = new double[months];
        for (int i = 0; i < months; i++) {
            y[i] = SEASON[i % 12];
        }
        return y;
    }

    private static double[] linear(int months, double start, double slope) {
        double[] y = new double[months];
        for (int i = 0; i < months; i++) {
            y[i] = start + slope * i;
        }
        return y;
    }

    @Test
    void aPureSeasonalSeriesIsForecastExactlyByTheSeasonalMethods() {
        double[] history = seasonal(48);
        double[] expected = { 80, 90, 120, 130, 140, 150, 120, 100, 110, 130, 100, 70, 80 };
        assertArrayEquals(expected, Forecasters.forecast(ForecastMethod.HOLT_WINTERS, history, 13), 1e-6);
        assertArrayEquals(expected, Forecasters.forecast(ForecastMethod.SEASONAL_NAIVE, history, 13), 1e-9);
        ForecastError error = Backtest.evaluate(ForecastMethod.HOLT_WINTERS, history, 6, 12);
        assertEquals(0, error.mape(), 1e-9);
        assertEquals(0, error.wape(), 1e-9);
        assertEquals(57, error.points(), "12 origins, 6 months ahead where actuals exist: 6*7 + 5+4+3+2+1");
        assertTrue(Backtest.evaluate(ForecastMethod.HOLT, history, 6, 12).wape() > 0.2,
                "a trend method cannot follow the season");
    }

    @Test
    void aLinearTrendIsForecastExactlyByTheTrendMethodsAndMissedBySeasonalNaive() {
        double[] history = linear(36, 100, 5);
        assertArrayEquals(new double[] { 280, 285, 290 }, Forecasters.forecast(ForecastMethod.HOLT, history, 3), 1e-6);
        assertArrayEquals(new double[] { 280, 285, 290 },
                Forecasters.forecast(ForecastMethod.HOLT_WINTERS, history, 3), 1e-6);
        assertArrayEquals(new double[] { 220, 225, 230 },
                Forecasters.forecast(ForecastMethod.SEASONAL_NAIVE, history, 3), 1e-9);
        assertEquals(0, Backtest.evaluate(ForecastMethod.HOLT, history, 3, 12).mape(), 1e-9);
        assertTrue(Backtest.evaluate(ForecastMethod.SEASONAL_NAIVE, history, 3, 12).mape() > 0.2);
    }

    @Test
    void autoKeepsTheMethodWithTheLowestBacktestError() {
        double[] trendAndSeason = new double[48];
        for (int i = 0; i < 48; i++) {
            trendAndSeason[i] = 2 * SEASON[i % 12] + 3 * i;
        }
        Backtest.Outcome outcome = Backtest.run(ForecastMethod.AUTO, trendAndSeason, 6, 12);
        assertEquals(ForecastMethod.HOLT_WINTERS, outcome.method());
        assertEquals(0, outcome.error().wape(), 1e-9);
        assertEquals(6, outcome.forecast().length);
        assertEquals(2 * SEASON[0] + 3 * 48, outcome.forecast()[0], 1e-6);

        Backtest.Outcome shortHistory = Backtest.run(ForecastMethod.AUTO, linear(10, 50, 2), 2, 12);
        assertEquals(ForecastMethod.HOLT, shortHistory.method(), "ten months: only Holt can forecast");
        assertNull(Backtest.run(ForecastMethod.AUTO, new double[] { 5, 6 }, 2, 12), "two months: nothing can");
        assertNull(Backtest.run(ForecastMethod.HOLT_WINTERS, seasonal(23), 2, 12));
    }

    @Test
    void errorMeasuresOnAHandCheckedExample() {
        // actual 100, 200, 0, 50; forecast 110, 180, 10, 50
        ForecastError error = ForecastError.of(new double[] { 100, 200, 0, 50 }, new double[] { 110, 180, 10, 50 });
        // MAPE over months with demand: (10/100 + 20/200 + 0/50) / 3 = 0.2 / 3
        assertEquals(0.2 / 3, error.mape(), 1e-12);
        // sMAPE: (20/210 + 40/380 + 20/10 + 0) / 4
        assertEquals((20.0 / 210 + 40.0 / 380 + 2 + 0) / 4, error.smape(), 1e-12);
        // WAPE: (10 + 20 + 10 + 0) / (100 + 200 + 0 + 50)
        assertEquals(40.0 / 350, error.wape(), 1e-12);
        assertEquals(4, error.points());

        ForecastError noDemand = ForecastError.of(new double[] { 0, 0 }, new double[] { 0, 0 });
        assertTrue(Double.isNaN(noDemand.mape()));
        assertTrue(Double.isNaN(noDemand.wape()));
        assertEquals(0, noDemand.smape(), 0);
        assertThrows(IllegalArgumentException.class, () -> ForecastError.of(new double[1], new double[2]));
    }

    @Test
    void forecastsAreNeverNegativeAndShortHistoriesAreRefused() {
        double[] falling = linear(12, 100, -10);
        for (double month : Forecasters.forecast(ForecastMethod.HOLT, falling, 24)) {
            assertTrue(month >= 0);
        }
        assertThrows(IllegalArgumentException.class,
                () -> Forecasters.forecast(ForecastMethod.SEASONAL_NAIVE, seasonal(11), 3));
        assertThrows(IllegalArgumentException.class, () -> Forecasters.forecast(ForecastMethod.AUTO, seasonal(36), 3));
    }

    @Test
    void provincesFallIntoTheSevenRegions() {
        assertEquals(Region.EAST, Region.ofProvince("江苏省"));
        assertEquals(Region.EAST, Region.ofProvince("上海市"));
        assertEquals(Region.EAST, Region.ofProvince("Jiangsu"));
        assertEquals(Region.NORTH, Region.ofProvince("内蒙古自治区"));
        assertEquals(Region.NORTH, Region.ofProvince("Inner Mongolia"));
        assertEquals(Region.NORTHWEST, Region.ofProvince("Shaanxi"));
        assertEquals(Region.NORTH, Region.ofProvince("Shanxi"));
        assertEquals(Region.SOUTH, Region.ofProvince("广东省"));
        assertEquals(Region.SOUTHWEST, Region.ofProvince("重庆市"));
        assertEquals(Region.OTHER, Region.ofProvince(null));
        assertEquals(Region.OTHER, Region.ofProvince("Bavaria"));
    }
}
