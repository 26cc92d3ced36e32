package steelchain.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import steelchain.core.model.Customer;
import steelchain.demo.Products.Product;
import steelchain.demo.Products.Size;

/**
 * How one customer will order through the history: when it is active, how often and how much,
 * which products in which sizes, at what terms. Decided once with the customer; the order
 * history follows it with the customer's own random stream.
 *
 * @param index             position in the customer list; breaks ties when orders are numbered
 * @param joined            its first order day when it became a customer during the history, or {@code null}
 * @param lastActive        its last order day when it was lost, or {@code null}
 * @param pauseFrom         last order day before a pause, or {@code null}
 * @param pauseUntil        first order day after the pause, or {@code null}
 * @param seasonMonths      the only months it orders in, empty for all months
 * @param growthPerYear     factor its order rate grows by each year from {@code growthFrom}
 * @param priceTerms        factor on the market price: grade discount and negotiation
 * @param orderSeed         seed of its order stream
 */
record CustomerPlan(int index, Customer customer, BuyingBehaviour behaviour, double ordersPerYear,
        double lineTonnesMedian, List<Favourite> favourites, LocalDate joined, LocalDate lastActive,
        LocalDate pauseFrom, LocalDate pauseUntil, Set<Month> seasonMonths, double growthPerYear, LocalDate growthFrom,
        double priceTerms, long orderSeed) {

    /** A product the customer buys regularly, its share of the customer's lines and the sizes it usually takes. */
    record Favourite(Product product, double weight, List<Size> usualSizes) {
    }

    boolean activeOn(LocalDate day) {
        if ((joined != null && day.isBefore(joined)) || (lastActive != null && day.isAfter(lastActive))) {
            return false;
        }
        if (!seasonMonths.isEmpty() && !seasonMonths.contains(day.getMonth())) {
            return false;
        }
        return pauseFrom == null || !day.isAfter(pauseFrom) || !day.isBefore(pauseUntil);
    }

    /** Days on which the plan places an order whatever chance says: joining, last order, leaving and returning. */
    boolean ordersSurelyOn(LocalDate day) {
        return day.equals(joined) || day.equals(lastActive) || day.equals(pauseFrom) || day.equals(pauseUntil);
    }

    /** Expected orders per ordinary day at {@code day}, before the season. */
    double dailyRate(LocalDate day) {
        double perDay = seasonMonths.isEmpty() ? ordersPerYear / 365.0 : ordersPerYear / (seasonMonths.size() * 30.4);
        if (growthFrom == null || day.isBefore(growthFrom)) {
            return perDay;
        }
        double years = ChronoUnit.DAYS.between(growthFrom, day) / 365.0;
        return perDay * StrictMath.pow(growthPerYear, years);
    }
}
