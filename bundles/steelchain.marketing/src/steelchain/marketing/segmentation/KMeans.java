package steelchain.marketing.segmentation;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * K-means clustering as scikit-learn does it: greedy k-means++ seeding (2 + ln k candidate
 * centres per step, the one lowering the potential most is kept), then Lloyd iterations until
 * the centres move less than {@code 1e-4} times the mean feature variance (squared, summed) or
 * the labels no longer change; the best of {@code restarts} runs by inertia wins. Restarts run in
 * parallel; each draws from its own random stream split from the seed in order, and ties go to
 * the lower restart, so a seed gives the same result on any number of cores.
 * <p>
 * Made for the few features of a segmentation (at most {@value #MAX_DIMENSIONS}; fewer are padded
 * with zero coordinates, which changes no distance): the coordinates are held in one flat array
 * per feature and every loop is short and specialised for three of them, so that a freshly
 * started JVM compiles the loops after a few thousand points rather than running them
 * interpreted. Restarts run on plain threads, one per core, without a thread pool.
 */
public final class KMeans {

    static final int MAX_ITERATIONS = 300;
    static final double RELATIVE_TOLERANCE = 1e-4;
    /** The most features a point may have. */
    public static final int MAX_DIMENSIONS = 3;

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
        if (dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException(
                    "k-means takes 1 to " + MAX_DIMENSIONS + " features per point, not " + dimensions);
        }
        int n = points.length / dimensions;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("Cannot make " + k + " clusters of " + n + " points");
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("k-means needs at least one restart, not " + restarts);
        }
        double[][] columns = new double[MAX_DIMENSIONS][n];
        for (int f = 0; f < dimensions; f++) {
            double[] column = columns[f];
            for (int i = 0; i < n; i++) {
                column[i] = points[i * dimensions + f];
            }
        }
        double tolerance = RELATIVE_TOLERANCE * meanVariance(columns, dimensions);
        SplittableRandom master = new SplittableRandom(seed);
        Restart[] runs = new Restart[restarts];
        for (int r = 0; r < restarts; r++) {
            runs[r] = new Restart(columns[0], columns[1], columns[2], k, master.split(), tolerance);
        }
        runAll(runs, Math.max(1, Math.min(threads, restarts)));
        Restart best = runs[0];
        for (Restart run : runs) {
            if (run.inertia < best.inertia) {
                best = run;
            }
        }
        double[] centers = new double[k * dimensions];
        double[][] bestCentres = { best.cx, best.cy, best.cz };
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < dimensions; f++) {
                centers[c * dimensions + f] = bestCentres[f][c];
            }
        }
        return new Result(k, dimensions, centers, best.labels, best.inertia, best.iterations);
    }

    /** Runs the restarts on {@code threads} threads, the calling one included, each taking the next restart not yet begun. */
    private static void runAll(Restart[] runs, int threads) {
        AtomicInteger next = new AtomicInteger();
        Worker[] helpers = new Worker[threads - 1];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Worker(runs, next);
            helpers[t].start();
        }
        new Worker(runs, next).run();
        try {
            for (Worker helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("k-means interrupted", e);
        }
        for (Worker helper : helpers) {
            if (helper.failure != null) {
                throw new IllegalStateException(helper.failure);
            }
        }
    }

    private static final class Worker extends Thread {
        private final Restart[] runs;
        private final AtomicInteger next;
        private volatile Throwable failure;

        Worker(Restart[] runs, AtomicInteger next) {
            super("k-means");
            setDaemon(true);
            this.runs = runs;
            this.next = next;
        }

        @Override
        public void run() {
            try {
                for (int r = next.getAndIncrement(); r < runs.length; r = next.getAndIncrement()) {
                    runs[r].run();
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                next.set(runs.length);
                if (Thread.currentThread() != this) {
                    throw e; // run by the calling thread: it fails at once
                }
            }
        }
    }

    /** Mean over the features of their population variance, as scikit-learn scales its tolerance. */
    private static double meanVariance(double[][] columns, int d) {
        double total = 0;
        for (int f = 0; f < d; f++) {
            double[] column = columns[f];
            int n = column.length;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += column[i];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double deviation = column[i] - mean;
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
    private static final class Restart {
        private final double[] x;
        private final double[] y;
        private final double[] z;
        private final int n;
        private final int k;
        private final SplittableRandom random;
        private final double tolerance;
        final double[] cx;
        final double[] cy;
        final double[] cz;
        final int[] labels;
        /** Distance of each point to its centre, or more. */
        private final double[] upper;
        /** Distance of each point to its second nearest centre, or less. */
        private final double[] lower;
        private final double[] sx;
        private final double[] sy;
        private final double[] sz;
        private final int[] counts;
        private final double[] moved;
        private final double[] halfGap;
        double inertia;
        int iterations;

        Restart(double[] x, double[] y, double[] z, int k, SplittableRandom random, double tolerance) {
            this.x = x;
            this.y = y;
            this.z = z;
            this.n = x.length;
            this.k = k;
            this.random = random;
            this.tolerance = tolerance;
            cx = new double[k];
            cy = new double[k];
            cz = new double[k];
            labels = new int[n];
            upper = new double[n];
            lower = new double[n];
            sx = new double[k];
            sy = new double[k];
            sz = new double[k];
            counts = new int[k];
            moved = new double[k];
            halfGap = new double[k];
        }

        void run() {
            seed();
            clearSums();
            for (int i = 0; i < n; i++) {
                nearestTwo(i);
                addToSums(i);
            }
            boolean changed = true;
            while (true) {
                // The sums are those of the points' current clusters, added as the labels were set.
                iterations++;
                if (relocateEmpty()) {
                    Arrays.fill(lower, 0); // every point is checked again
                }
                double shift = moveCentres();
                if (!changed || shift <= tolerance || iterations >= MAX_ITERATIONS) {
                    break;
                }
                gaps();
                double mostMoved = 0;
                for (int c = 0; c < k; c++) {
                    mostMoved = Math.max(mostMoved, moved[c]);
                }
                changed = false;
                clearSums();
                for (int i = 0; i < n; i++) {
                    changed |= reassign(i, mostMoved);
                    addToSums(i);
                }
            }
            // Labels and inertia for the final centres.
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += nearestTwo(i);
            }
            inertia = sum;
        }

        private void clearSums() {
            for (int c = 0; c < k; c++) {
                sx[c] = 0;
                sy[c] = 0;
                sz[c] = 0;
                counts[c] = 0;
            }
        }

        /** Adds point {@code i} to the sums of its cluster, in the pass that labels it (no pass of its own). */
        private void addToSums(int i) {
            int label = labels[i];
            counts[label]++;
            sx[label] += x[i];
            sy[label] += y[i];
            sz[label] += z[i];
        }

        /** Centres to the means of their points; returns the sum of the squared moves. */
        private double moveCentres() {
            double shift = 0;
            for (int c = 0; c < k; c++) {
                double nx = sx[c] / counts[c];
                double ny = sy[c] / counts[c];
                double nz = sz[c] / counts[c];
                double dx = nx - cx[c];
                double dy = ny - cy[c];
                double dz = nz - cz[c];
                double squared = dx * dx + dy * dy + dz * dz;
                cx[c] = nx;
                cy[c] = ny;
                cz[c] = nz;
                shift += squared;
                moved[c] = Math.sqrt(squared);
            }
            return shift;
        }

        /** Half the distance from each centre to its nearest other centre. */
        private void gaps() {
            for (int c = 0; c < k; c++) {
                double nearest = Double.MAX_VALUE;
                for (int other = 0; other < k; other++) {
                    if (other != c) {
                        double dx = cx[c] - cx[other];
                        double dy = cy[c] - cy[other];
                        double dz = cz[c] - cz[other];
                        nearest = Math.min(nearest, dx * dx + dy * dy + dz * dz);
                    }
                }
                halfGap[c] = Math.sqrt(nearest) / 2;
            }
        }

        /** Hamerly's step for point {@code i}: loosen its bounds, and find its centre again only when they no longer hold. */
        private boolean reassign(int i, double mostMoved) {
            int label = labels[i];
            double up = upper[i] + moved[label];
            double low = lower[i] - mostMoved;
            lower[i] = low;
            double bound = Math.max(halfGap[label], low);
            if (up <= bound) {
                upper[i] = up;
                return false;
            }
            double dx = x[i] - cx[label];
            double dy = y[i] - cy[label];
            double dz = z[i] - cz[label];
            up = Math.sqrt(dx * dx + dy * dy + dz * dz);
            upper[i] = up;
            if (up <= bound) {
                return false;
            }
            nearestTwo(i);
            return labels[i] != label;
        }

        /** Nearest centre of point {@code i} into labels, its distance into upper, the second nearest's into lower; returns the squared distance. */
        private double nearestTwo(int i) {
            double px = x[i];
            double py = y[i];
            double pz = z[i];
            int best = 0;
            double first = Double.MAX_VALUE;
            double second = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                double dx = px - cx[c];
                double dy = py - cy[c];
                double dz = pz - cz[c];
                double squared = dx * dx + dy * dy + dz * dz;
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
            return first;
        }

        /**
         * An empty cluster takes the point farthest from its centre, as scikit-learn does.
         *
         * @return whether a cluster was empty
         */
        private boolean relocateEmpty() {
            boolean relocated = false;
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    continue;
                }
                int far = -1;
                double farthest = -1;
                for (int i = 0; i < n; i++) {
                    int label = labels[i];
                    if (counts[label] > 1) {
                        double squared = squaredDistance(i, label);
                        if (squared > farthest) {
                            farthest = squared;
                            far = i;
                        }
                    }
                }
                int from = labels[far];
                sx[from] -= x[far];
                sy[from] -= y[far];
                sz[from] -= z[far];
                sx[c] = x[far];
                sy[c] = y[far];
                sz[c] = z[far];
                counts[from]--;
                counts[c] = 1;
                labels[far] = c;
                relocated = true;
            }
            return relocated;
        }

        private double squaredDistance(int i, int c) {
            double dx = x[i] - cx[c];
            double dy = y[i] - cy[c];
            double dz = z[i] - cz[c];
            return dx * dx + dy * dy + dz * dz;
        }

        /** Greedy k-means++: each new centre is the best of 2 + ln k candidates drawn by squared distance. */
        private void seed() {
            int trials = 2 + (int) Math.log(k);
            int first = random.nextInt(n);
            cx[0] = x[first];
            cy[0] = y[first];
            cz[0] = z[first];
            double[] closest = new double[n];
            double[] cumulative = new double[n];
            double[] candidateClosest = new double[n];
            double[] bestClosest = new double[n];
            for (int i = 0; i < n; i++) {
                closest[i] = squaredDistance(i, 0);
            }
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
                    double candidatePotential = closestWith(candidate, closest, candidateClosest);
                    if (candidatePotential < bestPotential) {
                        bestPotential = candidatePotential;
                        bestCandidate = candidate;
                        double[] swap = bestClosest;
                        bestClosest = candidateClosest;
                        candidateClosest = swap;
                    }
                }
                cx[c] = x[bestCandidate];
                cy[c] = y[bestCandidate];
                cz[c] = z[bestCandidate];
                double[] swap = closest;
                closest = bestClosest;
                bestClosest = swap;
            }
        }

        /** Each point's squared distance to its nearest centre if the candidate point were one too; returns their sum. */
        private double closestWith(int candidate, double[] closest, double[] into) {
            double qx = x[candidate];
            double qy = y[candidate];
            double qz = z[candidate];
            double potential = 0;
            for (int i = 0; i < n; i++) {
                double dx = x[i] - qx;
                double dy = y[i] - qy;
                double dz = z[i] - qz;
                double squared = Math.min(closest[i], dx * dx + dy * dy + dz * dz);
                into[i] = squared;
                potential += squared;
            }
            return potential;
        }
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
}
