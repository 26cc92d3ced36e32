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
 * Mean silhouette coefficient of a clustering on a fixed sample of points, as scikit-learn's
 * {@code silhouette_score} computes it on that sample (Euclidean distances; a point alone in its
 * cluster scores 0). Quadratic in the sample size, so it runs on all cores.
 */
public final class Silhouette {

    /** Sample size, as in the analyst's baseline. */
    public static final int SAMPLE_SIZE = 10_000;
    /** Seed of the sample, so that every run of the same data is scored on the same points. */
    public static final long SAMPLE_SEED = 42;

    private static final int PARTS = 64;

    private Silhouette() {
    }

    /** {@code size} distinct point numbers out of {@code n} (all when {@code n <= size}), sorted. */
    public static int[] sample(int n, int size, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n <= size) {
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] chosen = Arrays.copyOf(all, size);
        Arrays.sort(chosen);
        return chosen;
    }

    /** The mean silhouette of the sampled points, or 0 when fewer than two clusters are in the sample. */
    public static double score(double[] points, int dimensions, int[] labels, int k, int[] sample, int threads) {
        int m = sample.length;
        double[] x = new double[m * dimensions];
        int[] label = new int[m];
        int[] clusterSize = new int[k];
        for (int s = 0; s < m; s++) {
            System.arraycopy(points, sample[s] * dimensions, x, s * dimensions, dimensions);
            label[s] = labels[sample[s]];
            clusterSize[label[s]]++;
        }
        if (Arrays.stream(clusterSize).filter(size -> size > 0).count() < 2) {
            return 0;
        }
        // A fixed number of parts added in order: the same sum on any number of threads.
        int parts = Math.min(m, PARTS);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "silhouette");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Double>> futures = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int from = (int) ((long) m * p / parts);
                int to = (int) ((long) m * (p + 1) / parts);
                futures.add(pool.submit(() -> sum(x, dimensions, label, clusterSize, from, to)));
            }
            double total = 0;
            for (Future<Double> future : futures) {
                total += future.get();
            }
            return total / m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("silhouette interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double sum(double[] x, int d, int[] label, int[] clusterSize, int from, int to) {
        int m = label.length;
        int k = clusterSize.length;
        double[] distanceTo = new double[k];
        double total = 0;
        for (int i = from; i < to; i++) {
            Arrays.fill(distanceTo, 0);
            for (int j = 0; j < m; j++) {
                double squared = 0;
                for (int f = 0; f < d; f++) {
                    double delta = x[i * d + f] - x[j * d + f];
                    squared += delta * delta;
                }
                distanceTo[label[j]] += Math.sqrt(squared);
            }
            int own = label[i];
            if (clusterSize[own] == 1) {
                continue;
            }
            double a = distanceTo[own] / (clusterSize[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && clusterSize[c] > 0) {
                    b = Math.min(b, distanceTo[c] / clusterSize[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total;
    }
}
