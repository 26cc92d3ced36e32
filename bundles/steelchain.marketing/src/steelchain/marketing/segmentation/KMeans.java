package steelchain.marketing.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * K-means clustering as scikit-learn does it: greedy k-means++ seeding (2 + ln k candidate
 * centres per step, the one lowering the potential most is kept), then Lloyd iterations until
 * the centres move less than {@code 1e-4} times the mean feature variance (squared, summed) or
 * the labels no longer change; the best of {@code restarts} runs by inertia wins. Restarts run in
 * parallel; each draws from its own random stream split from the seed in order, and ties go to
 * the lower restart, so a seed gives the same result on any number of cores.
 */
public final class KMeans {

    static final int MAX_ITERATIONS = 300;
    static final double RELATIVE_TOLERANCE = 1e-4;

    /**
     * A clustering.
     *
     * @param centers    {@code k * d} centre coordinates, row by row
     * @param labels     cluster of each point
     * @param inertia    sum of squared distances of the points to their centres
     * @param iterations Lloyd iterations of the winning restart
     */
    public record Result(int k, int dimensions, double[] centers, int[] labels, double inertia, int iterations) {

        public double center(int cluster, int dimension) {
            return centers[cluster * dimensions + dimension];
        }
    }

    private KMeans() {
    }

    /**
     * Clusters the {@code n = points.length / dimensions} points into {@code k} clusters.
     *
     * @param threads how many restarts run at once
     */
    public static Result fit(double[] points, int dimensions, int k, int restarts, long seed, int threads) {
        int n = points.length / dimensions;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("Cannot make " + k + " clusters of " + n + " points");
        }
        double tolerance = RELATIVE_TOLERANCE * meanVariance(points, dimensions);
        SplittableRandom master = new SplittableRandom(seed);
        List<SplittableRandom> streams = new ArrayList<>();
        for (int r = 0; r < restarts; r++) {
            streams.add(master.split());
        }
        List<Result> results = new ArrayList<>();
        if (threads <= 1 || restarts == 1) {
            for (SplittableRandom random : streams) {
                results.add(run(points, dimensions, k, random, tolerance));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, restarts), runnable -> {
                Thread thread = new Thread(runnable, "k-means");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<Result>> futures = new ArrayList<>();
                for (SplittableRandom random : streams) {
                    futures.add(pool.submit(() -> run(points, dimensions, k, random, tolerance)));
                }
                for (Future<Result> future : futures) {
                    results.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("k-means interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Result best = results.get(0);
        for (Result result : results) {
            if (result.inertia() < best.inertia()) {
                best = result;
            }
        }
        return best;
    }

    private static double meanVariance(double[] points, int d) {
        int n = points.length / d;
        double total = 0;
        for (int f = 0; f < d; f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += points[i * d + f];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double deviation = points[i * d + f] - mean;
                squares += deviation * deviation;
            }
            total += squares / n;
        }
        return total / d;
    }

    /**
     * One k-means run: Lloyd's algorithm with Hamerly's bounds, which skip the distance
     * computations for points whose centre provably stays the nearest (most points after the
     * first few iterations). Same iterations and result as plain Lloyd, fewer distances.
     */
    private static Result run(double[] points, int d, int k, SplittableRandom random, double tolerance) {
        int n = points.length / d;
        double[] centers = seed(points, d, k, random);
        int[] labels = new int[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        for (int i = 0; i < n; i++) {
            nearestTwo(points, i, d, centers, k, labels, upper, lower);
        }
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        double[] moved = new double[k];
        double[] halfGap = new double[k];
        boolean changed = true;
        int iterations = 0;
        while (true) {
            iterations++;
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                int label = labels[i];
                counts[label]++;
                for (int f = 0; f < d; f++) {
                    sums[label * d + f] += points[i * d + f];
                }
            }
            if (relocateEmpty(points, d, k, centers, labels, sums, counts)) {
                Arrays.fill(lower, 0); // every point is checked again
            }
            double shift = 0;
            double mostMoved = 0;
            for (int c = 0; c < k; c++) {
                double squared = 0;
                for (int f = 0; f < d; f++) {
                    double next = sums[c * d + f] / counts[c];
                    double delta = next - centers[c * d + f];
                    squared += delta * delta;
                    centers[c * d + f] = next;
                }
                shift += squared;
                moved[c] = Math.sqrt(squared);
                mostMoved = Math.max(mostMoved, moved[c]);
            }
            if (!changed || shift <= tolerance || iterations >= MAX_ITERATIONS) {
                break;
            }
            for (int c = 0; c < k; c++) {
                double nearest = Double.MAX_VALUE;
                for (int other = 0; other < k; other++) {
                    if (other != c) {
                        nearest = Math.min(nearest, squaredDistance(centers, c, centers, other, d));
                    }
                }
                halfGap[c] = Math.sqrt(nearest) / 2;
            }
            changed = false;
            for (int i = 0; i < n; i++) {
                int label = labels[i];
                upper[i] += moved[label];
                lower[i] -= mostMoved;
                double bound = Math.max(halfGap[label], lower[i]);
                if (upper[i] <= bound) {
                    continue;
                }
                upper[i] = Math.sqrt(squaredDistance(points, i, centers, label, d));
                if (upper[i] <= bound) {
                    continue;
                }
                nearestTwo(points, i, d, centers, k, labels, upper, lower);
                changed |= labels[i] != label;
            }
        }
        // Labels and inertia for the final centres.
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            nearestTwo(points, i, d, centers, k, labels, upper, lower);
            inertia += upper[i] * upper[i];
        }
        return new Result(k, d, centers, labels, inertia, iterations);
    }

    /** Nearest centre of point {@code i} into {@code labels}, its distance into {@code upper}, the second nearest's into {@code lower}. */
    private static void nearestTwo(double[] points, int i, int d, double[] centers, int k, int[] labels,
            double[] upper, double[] lower) {
        int best = 0;
        double first = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        for (int c = 0; c < k; c++) {
            double squared = squaredDistance(points, i, centers, c, d);
            if (squared < first) {
                second = first;
                first = squared;
                best = c;
            } else if (squared < second) {
                second = squared;
            }
        }
        labels[i] = best;
        upper[i] = Math.sqrt(first);
        lower[i] = Math.sqrt(second);
    }

    /**
     * An empty cluster takes the point farthest from its centre, as scikit-learn does.
     *
     * @return whether a cluster was empty
     */
    private static boolean relocateEmpty(double[] points, int d, int k, double[] centers, int[] labels,
            double[] sums, int[] counts) {
        boolean relocated = false;
        for (int c = 0; c < k; c++) {
            if (counts[c] > 0) {
                continue;
            }
            int far = -1;
            double farthest = -1;
            for (int i = 0; i < labels.length; i++) {
                if (counts[labels[i]] > 1) {
                    double squared = squaredDistance(points, i, centers, labels[i], d);
                    if (squared > farthest) {
                        farthest = squared;
                        far = i;
                    }
                }
            }
            int from = labels[far];
            for (int f = 0; f < d; f++) {
                sums[from * d + f] -= points[far * d + f];
                sums[c * d + f] = points[far * d + f];
            }
            counts[from]--;
            counts[c] = 1;
            labels[far] = c;
            relocated = true;
        }
        return relocated;
    }

    /** Greedy k-means++: each new centre is the best of 2 + ln k candidates drawn by squared distance. */
    static double[] seed(double[] points, int d, int k, SplittableRandom random) {
        int n = points.length / d;
        double[] centers = new double[k * d];
        int trials = 2 + (int) Math.log(k);
        int first = random.nextInt(n);
        System.arraycopy(points, first * d, centers, 0, d);
        double[] closest = new double[n];
        double potential = 0;
        for (int i = 0; i < n; i++) {
            closest[i] = squaredDistance(points, i, centers, 0, d);
            potential += closest[i];
        }
        double[] cumulative = new double[n];
        double[] candidateClosest = new double[n];
        double[] bestClosest = new double[n];
        for (int c = 1; c < k; c++) {
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += closest[i];
                cumulative[i] = running;
            }
            int bestCandidate = -1;
            double bestPotential = Double.MAX_VALUE;
            for (int t = 0; t < trials; t++) {
                int candidate = Math.min(n - 1, upperBound(cumulative, random.nextDouble() * running));
                double candidatePotential = 0;
                for (int i = 0; i < n; i++) {
                    double squared = squaredDistance(points, i, points, candidate, d);
                    candidateClosest[i] = Math.min(closest[i], squared);
                    candidatePotential += candidateClosest[i];
                }
                if (candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    bestCandidate = candidate;
                    System.arraycopy(candidateClosest, 0, bestClosest, 0, n);
                }
            }
            System.arraycopy(points, bestCandidate * d, centers, c * d, d);
            System.arraycopy(bestClosest, 0, closest, 0, n);
        }
        return centers;
    }

    private static int upperBound(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double squaredDistance(double[] a, int i, double[] b, int j, int d) {
        double squared = 0;
        for (int f = 0; f < d; f++) {
            double delta = a[i * d + f] - b[j * d + f];
            squared += delta * delta;
        }
        return squared;
    }
}
