package steelchain.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Seeded random choices in the terms the generator needs. Uses {@link StrictMath} so that the
 * same seed gives the same data on every JVM and platform.
 */
final class Chance {

    private final SplittableRandom random;

    Chance(long seed) {
        random = new SplittableRandom(seed);
    }

    /** A seed for an independent stream, so that one part of the data does not shift another. */
    long nextSeed() {
        return random.nextLong();
    }

    /** Uniform in [min, max). */
    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** Uniform in [min, max]. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T weighted(List<T> items, ToDoubleFunction<T> weight) {
        double total = items.stream().mapToDouble(weight).sum();
        double point = random.nextDouble() * total;
        for (T item : items) {
            point -= weight.applyAsDouble(item);
            if (point < 0) {
                return item;
            }
        }
        return items.get(items.size() - 1);
    }

    /** Index into {@code weights}, chosen in proportion to them. */
    int weightedIndex(double[] weights, double total) {
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Standard normal (Box-Muller). */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Log-normal around {@code median}: most values within a factor e^sigma of it. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Number of events in an interval where {@code mean} are expected (Knuth; means here stay below ~40). */
    int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
