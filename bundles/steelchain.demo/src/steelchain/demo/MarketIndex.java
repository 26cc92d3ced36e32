package steelchain.demo;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A steel price index by month, 1.0 at list-price level: a multi-year steel cycle with month to
 * month shocks that fade over a few months, as Chinese spot prices move. Seeded, so prices in
 * the order history follow one market.
 */
final class MarketIndex {

    private static final double CYCLE_MONTHS = 40;
    private static final double CYCLE_AMPLITUDE = 0.09;
    private static final double SHOCK_PERSISTENCE = 0.8;
    private static final double SHOCK_SIGMA = 0.035;

    private final YearMonth first;
    private final double[] index;

    MarketIndex(Chance chance, YearMonth first, YearMonth last) {
        this.first = first;
        index = new double[(int) ChronoUnit.MONTHS.between(first, last) + 1];
        double phase = chance.between(0, 2 * StrictMath.PI);
        double shock = 0;
        for (int month = 0; month < index.length; month++) {
            shock = SHOCK_PERSISTENCE * shock + SHOCK_SIGMA * chance.gaussian();
            double cycle = CYCLE_AMPLITUDE * StrictMath.sin(phase + 2 * StrictMath.PI * month / CYCLE_MONTHS);
            index[month] = StrictMath.max(0.75, StrictMath.min(1.3, StrictMath.exp(cycle + shock)));
        }
    }

    double at(YearMonth month) {
        return index[(int) ChronoUnit.MONTHS.between(first, month)];
    }
}
