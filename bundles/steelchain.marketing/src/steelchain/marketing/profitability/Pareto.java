package steelchain.marketing.profitability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The 80/20 view of contributions: items sorted from the largest contribution down with the
 * running share of the total. Loss makers come last and pull the running share back down from
 * its peak to 100 %, the "whale curve" of customer profitability.
 */
public final class Pareto {

    /** An item with its rank (1 = largest contribution) and the running share of the total up to it. */
    public record Ranked<T>(T item, int rank, double cumulativeShare) {
    }

    private Pareto() {
    }

    /**
     * Ranks {@code items} by {@code contribution}, largest first (ties keep their order). The share is of the
     * total contribution, NaN for every item when the total is not above zero.
     */
    public static <T> List<Ranked<T>> rank(List<T> items, ToDoubleFunction<T> contribution) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(contribution).reversed());
        double total = sorted.stream().mapToDouble(contribution).sum();
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        double running = 0;
        for (int i = 0; i < sorted.size(); i++) {
            running += contribution.applyAsDouble(sorted.get(i));
            ranked.add(new Ranked<>(sorted.get(i), i + 1, total > 0 ? running / total : Double.NaN));
        }
        return ranked;
    }

    /** How many of the first ranked items together bring at least {@code share} of the total; 0 when none do. */
    public static int itemsFor(List<? extends Ranked<?>> ranked, double share) {
        for (Ranked<?> item : ranked) {
            if (item.cumulativeShare() >= share) {
                return item.rank();
            }
        }
        return 0;
    }
}
