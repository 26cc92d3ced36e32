package steelchain.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

import steelchain.core.model.Industry;

/**
 * How steel demand moves through the Chinese year: each industry's monthly pattern, and the
 * Spring Festival, when sites and factories stop for about three weeks and building restarts
 * only after the Lantern Festival.
 */
final class Season {

    private static final double SYNODIC_MONTH_DAYS = 29.530588853;
    /** A mean new moon, 2000-01-06 18:14 UTC, as days since 1970-01-01 UTC. */
    private static final double REFERENCE_NEW_MOON = LocalDate.of(2000, 1, 6).toEpochDay() + (18 * 60 + 14) / 1440.0;
    private static final double CHINA_STANDARD_TIME_DAYS = 8 / 24.0;

    /** Relative demand per month, January first; each row averages 1. */
    private static final Map<Industry, double[]> MONTHLY = new EnumMap<>(Map.of(
            // Spring and "golden September, silver October" are the building seasons; summer heat and rain slow sites.
            Industry.CONSTRUCTION, new double[] { 0.85, 0.85, 1.10, 1.25, 1.20, 0.95, 0.80, 0.80, 1.10, 1.20, 1.10, 0.80 },
            // Model-year launches and the year-end sales push.
            Industry.AUTOMOTIVE, new double[] { 0.95, 0.90, 1.00, 0.95, 0.95, 1.00, 0.90, 0.95, 1.05, 1.05, 1.15, 1.15 },
            // Air conditioners and fridges are built in spring for the summer.
            Industry.APPLIANCES, new double[] { 0.95, 0.95, 1.15, 1.20, 1.10, 0.95, 0.85, 0.90, 1.00, 1.00, 1.00, 0.95 },
            // Excavators and cranes for the spring building season.
            Industry.MACHINERY, new double[] { 0.90, 0.90, 1.25, 1.20, 1.05, 0.95, 0.85, 0.90, 1.00, 1.05, 1.00, 0.95 },
            Industry.SHIPBUILDING, new double[] { 1.00, 0.95, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.00, 1.05 },
            // Pipelines and pressure vessels are built in the warm months.
            Industry.ENERGY, new double[] { 0.80, 0.80, 0.95, 1.05, 1.15, 1.15, 1.10, 1.10, 1.10, 1.00, 0.95, 0.85 },
            // Boxes are built ahead of the summer and autumn shipping peak.
            Industry.CONTAINERS, new double[] { 0.90, 0.85, 0.95, 1.00, 1.05, 1.15, 1.15, 1.15, 1.05, 1.00, 0.90, 0.85 },
            // Traders stock up before the building seasons.
            Industry.TRADING, new double[] { 0.90, 0.90, 1.15, 1.15, 1.05, 0.95, 0.85, 0.90, 1.10, 1.10, 1.00, 0.95 }));

    private Season() {
    }

    /**
     * Chinese New Year's Day: the first new moon, China Standard Time, on or after 21 January. Uses
     * the mean lunation, so a date may be one day off the almanac; demand does not notice.
     */
    static LocalDate springFestival(int year) {
        double start = LocalDate.of(year, 1, 21).toEpochDay() - CHINA_STANDARD_TIME_DAYS;
        double lunations = StrictMath.ceil((start - REFERENCE_NEW_MOON) / SYNODIC_MONTH_DAYS);
        double newMoon = REFERENCE_NEW_MOON + lunations * SYNODIC_MONTH_DAYS + CHINA_STANDARD_TIME_DAYS;
        return LocalDate.ofEpochDay((long) StrictMath.floor(newMoon));
    }

    /** Relative demand of {@code industry} on {@code day}; 1 is an ordinary day. */
    static double demand(Industry industry, LocalDate day) {
        return MONTHLY.get(industry)[day.getMonthValue() - 1] * festival(industry, day);
    }

    /** Relative demand of every day of {@code month}. */
    static double[] demandByDay(Industry industry, YearMonth month) {
        double[] demand = new double[month.lengthOfMonth()];
        for (int day = 1; day <= demand.length; day++) {
            demand[day - 1] = demand(industry, month.atDay(day));
        }
        return demand;
    }

    private static double festival(Industry industry, LocalDate day) {
        // The festival nearest to the day: late-December days belong to the next year's festival.
        int year = day.getMonthValue() >= 7 ? day.getYear() + 1 : day.getYear();
        long fromNewYear = ChronoUnit.DAYS.between(springFestival(year), day);
        boolean building = industry == Industry.CONSTRUCTION;
        if (fromNewYear >= -7 && fromNewYear <= 15) {
            return building ? 0.08 : 0.25;
        }
        if (fromNewYear >= -21 && fromNewYear < -7) {
            // Sites wind down and migrant workers travel home; factories finish orders before the break.
            return building ? 0.6 : 0.95;
        }
        if (fromNewYear > 15 && fromNewYear <= 30) {
            return building ? 0.6 : 0.9;
        }
        return 1.0;
    }
}
