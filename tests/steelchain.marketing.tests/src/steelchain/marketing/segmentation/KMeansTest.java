package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** K-means and the silhouette on sets with a known answer. */
class KMeansTest {

    /** Four points at distance 0.1 around each of (0, 0), (10, 0) and (0, 10). */
    private static double[] threeGroups() {
        double[][] centres = { { 0, 0 }, { 10, 0 }, { 0, 10 } };
        double[][] offsets = { { 0.1, 0 }, { -0.1, 0 }, { 0, 0.1 }, { 0, -0.1 } };
        double[] points = new double[12 * 2];
        int i = 0;
        for (double[] centre : centres) {
            for (double[] offset : offsets) {
                points[i++] = centre[0] + offset[0];
                points[i++] = centre[1] + offset[1];
            }
        }
        return points;
    }

    @Test
    void findsThreeSeparateGroups() {
        KMeans.Result result = KMeans.fit(threeGroups(), 2, 3, 10, 1, 1);
        assertEquals(0.12, result.inertia(), 1e-9, "12 points at squared distance 0.01 from their centres");
        int[] labels = result.labels();
        for (int group = 0; group < 3; group++) {
            for (int j = 1; j < 4; j++) {
                assertEquals(labels[group * 4], labels[group * 4 + j], "same group, same cluster");
            }
            int cluster = labels[group * 4];
            double[][] centres = { { 0, 0 }, { 10, 0 }, { 0, 10 } };
            assertEquals(centres[group][0], result.center(cluster, 0), 1e-9);
            assertEquals(centres[group][1], result.center(cluster, 1), 1e-9);
        }
        assertNotEquals(labels[0], labels[4]);
        assertNotEquals(labels[4], labels[8]);
        assertNotEquals(labels[0], labels[8]);
    }

    /** Also the k-d tree: built on one thread, or its two halves on two (from 4,096 points on). */
    @Test
    void aSeedGivesTheSameClustersOnAnyNumberOfThreads() {
        SplittableRandom random = new SplittableRandom(3);
        double[] points = new double[6_000 * 3];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextGaussian() + (i % 7);
        }
        KMeans.Result one = KMeans.fit(points, 3, 6, 8, 42, 1);
        KMeans.Result two = KMeans.fit(points, 3, 6, 8, 42, 2);
        KMeans.Result again = KMeans.fit(points, 3, 6, 8, 42, 2);
        assertArrayEquals(one.labels(), two.labels());
        assertArrayEquals(one.labels(), again.labels());
        assertEquals(one.inertia(), two.inertia());
        assertArrayEquals(one.centers(), again.centers());
    }

    /**
     * The tree's seeding and steps are those of the textbook algorithm, written here plainly over
     * all points: greedy k-means++ from the same random stream (first point, then per centre the
     * candidates drawn by the running sum of squared distances, the lowest potential kept), then
     * Lloyd steps until the centres move less than the tolerance.
     */
    @Test
    void theTreeGivesTheClustersOfPlainKMeansPlusPlusAndLloyd() {
        SplittableRandom data = new SplittableRandom(17);
        int n = 5_000;
        int k = 7;
        double[] points = new double[n * 3];
        for (int i = 0; i < points.length; i++) {
            points[i] = data.nextGaussian() * (1 + i % 3) + (i / 3 % 5);
        }
        for (long seed : new long[] { 0, 1, 2 }) {
            KMeans.Result tree = KMeans.fit(points, 3, k, 1, seed, 1);
            double[] centres = plainSeeding(points, k, new SplittableRandom(seed).split());
            int[] labels = new int[n];
            int iterations = plainLloyd(points, centres, labels);
            assertEquals(iterations, tree.iterations(), "seed " + seed);
            assertArrayEquals(labels, tree.labels(), "seed " + seed);
            assertArrayEquals(centres, tree.centers(), 1e-9, "seed " + seed);
        }
    }

    private static double[] plainSeeding(double[] points, int k, SplittableRandom random) {
        int n = points.length / 3;
        int trials = 2 + (int) Math.log(k);
        double[] centres = new double[k * 3];
        System.arraycopy(points, random.nextInt(n) * 3, centres, 0, 3);
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = distance(points, i, centres, 0);
        }
        for (int c = 1; c < k; c++) {
            double[] cumulative = new double[n];
            double running = 0;
            for (int i = 0; i < n; i++) {
                running += closest[i];
                cumulative[i] = running;
            }
            int best = -1;
            double bestPotential = Double.MAX_VALUE;
            for (int t = 0; t < trials; t++) {
                double value = random.nextDouble() * running;
                int candidate = 0;
                while (candidate < n - 1 && cumulative[candidate] <= value) {
                    candidate++;
                }
                double potential = 0;
                for (int i = 0; i < n; i++) {
                    potential += Math.min(closest[i], distance(points, i, points, candidate));
                }
                if (potential < bestPotential) {
                    bestPotential = potential;
                    best = candidate;
                }
            }
            System.arraycopy(points, best * 3, centres, c * 3, 3);
            for (int i = 0; i < n; i++) {
                closest[i] = Math.min(closest[i], distance(points, i, centres, c));
            }
        }
        return centres;
    }

    /** Lloyd steps on {@code centres} until they move less than the tolerance; returns the steps taken. */
    private static int plainLloyd(double[] points, double[] centres, int[] labels) {
        int n = points.length / 3;
        int k = centres.length / 3;
        double variances = 0;
        for (int f = 0; f < 3; f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += points[i * 3 + f];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                variances += (points[i * 3 + f] - mean) * (points[i * 3 + f] - mean) / n;
            }
        }
        double tolerance = KMeans.RELATIVE_TOLERANCE * variances / 3;
        for (int iteration = 1;; iteration++) {
            double[] sums = new double[k * 3];
            int[] counts = new int[k];
            for (int i = 0; i < n; i++) {
                int nearest = nearest(points, i, centres);
                labels[i] = nearest;
                counts[nearest]++;
                for (int f = 0; f < 3; f++) {
                    sums[nearest * 3 + f] += points[i * 3 + f];
                }
            }
            double shift = 0;
            for (int c = 0; c < k * 3; c++) {
                double moved = sums[c] / counts[c / 3];
                shift += (moved - centres[c]) * (moved - centres[c]);
                centres[c] = moved;
            }
            if (shift <= tolerance || iteration >= KMeans.MAX_ITERATIONS) {
                for (int i = 0; i < n; i++) {
                    labels[i] = nearest(points, i, centres);
                }
                return iteration;
            }
        }
    }

    /** The nearest of the centres to point {@code i}, the first on a tie. */
    private static int nearest(double[] points, int i, double[] centres) {
        int nearest = 0;
        for (int c = 1; c < centres.length / 3; c++) {
            if (distance(points, i, centres, c) < distance(points, i, centres, nearest)) {
                nearest = c;
            }
        }
        return nearest;
    }

    /** Squared distance of point {@code i} of {@code points} to row {@code j} of {@code rows}. */
    private static double distance(double[] points, int i, double[] rows, int j) {
        double dx = points[i * 3] - rows[j * 3];
        double dy = points[i * 3 + 1] - rows[j * 3 + 1];
        double dz = points[i * 3 + 2] - rows[j * 3 + 2];
        return dx * dx + dy * dy + dz * dz;
    }

    @Test
    void moreRestartsNeverRaiseTheInertia() {
        SplittableRandom random = new SplittableRandom(11);
        double[] points = new double[1_000 * 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextDouble();
        }
        double few = KMeans.fit(points, 2, 7, 1, 5, 2).inertia();
        double many = KMeans.fit(points, 2, 7, 20, 5, 2).inertia();
        assertTrue(many <= few, many + " > " + few);
    }

    @Test
    void onePointFeatureAndTooManyFeatures() {
        KMeans.Result line = KMeans.fit(new double[] { 0, 0.2, 5, 5.2, 9.8, 10 }, 1, 3, 4, 3, 2);
        assertEquals(3 * 0.01 * 2, line.inertia(), 1e-12);
        assertEquals(line.labels()[0], line.labels()[1]);
        assertNotEquals(line.labels()[1], line.labels()[2]);
        assertEquals(1, line.dimensions());
        assertEquals(3, line.centers().length);
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(new double[8], 4, 1, 1, 0, 1));
    }

    /**
     * What Lloyd's algorithm ends in, whatever finds it: every point is labelled with its nearest
     * centre, every centre is (up to the stopping tolerance) the mean of its points, and the inertia
     * is the sum of the squared distances. On data with many equal coordinates, as days and order
     * counts have.
     */
    @Test
    void theResultIsALloydFixedPoint() {
        SplittableRandom random = new SplittableRandom(21);
        int n = 5_000;
        double[] points = new double[n * 3];
        for (int i = 0; i < n; i++) {
            points[3 * i] = random.nextInt(400) / 100.0;
            points[3 * i + 1] = Math.log1p(random.nextInt(60));
            points[3 * i + 2] = random.nextGaussian() + (i % 3);
        }
        KMeans.Result result = KMeans.fit(points, 3, 7, 3, 8, 2);
        double[] sums = new double[7 * 3];
        int[] counts = new int[7];
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            double nearest = Double.MAX_VALUE;
            for (int c = 0; c < 7; c++) {
                nearest = Math.min(nearest, squaredDistance(points, i, result, c));
            }
            int label = result.labels()[i];
            assertEquals(nearest, squaredDistance(points, i, result, label), 0, "point " + i);
            inertia += nearest;
            counts[label]++;
            for (int f = 0; f < 3; f++) {
                sums[label * 3 + f] += points[3 * i + f];
            }
        }
        assertEquals(inertia, result.inertia(), 1e-9 * inertia);
        for (int c = 0; c < 7; c++) {
            assertTrue(counts[c] > 0, "cluster " + c + " is empty");
            for (int f = 0; f < 3; f++) {
                assertEquals(sums[c * 3 + f] / counts[c], result.center(c, f), 0.02, "centre " + c);
            }
        }
    }

    private static double squaredDistance(double[] points, int i, KMeans.Result result, int c) {
        double sum = 0;
        for (int f = 0; f < 3; f++) {
            double d = points[3 * i + f] - result.center(c, f);
            sum += d * d;
        }
        return sum;
    }

    /** Fewer distinct points than clusters: empty clusters take points (as in scikit-learn), and every point ends on a centre. */
    @Test
    void fewerDistinctPointsThanClusters() {
        double[] points = new double[40 * 2];
        for (int i = 0; i < 40; i++) {
            points[2 * i] = i % 2 == 0 ? 1 : 5;
            points[2 * i + 1] = 2;
        }
        KMeans.Result result = KMeans.fit(points, 2, 3, 2, 4, 1);
        assertEquals(0, result.inertia(), 1e-12);
        assertNotEquals(result.labels()[0], result.labels()[1]);
    }

    @Test
    void silhouetteOfTwoPairsOnALine() {
        double[] points = { 0, 1, 10, 11 };
        int[] labels = { 0, 0, 1, 1 };
        double expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
        assertEquals(expected, Silhouette.score(points, 1, labels, 2, new int[] { 0, 1, 2, 3 }, 2), 1e-12);
        assertEquals(0, Silhouette.score(points, 1, new int[] { 0, 0, 0, 0 }, 1, new int[] { 0, 1, 2, 3 }, 1));
    }

    @Test
    void theSampleIsFixedDistinctAndSorted() {
        int[] sample = Silhouette.sample(50_000, 10_000, 42);
        assertArrayEquals(sample, Silhouette.sample(50_000, 10_000, 42));
        assertEquals(10_000, sample.length);
        for (int i = 1; i < sample.length; i++) {
            assertTrue(sample[i] > sample[i - 1]);
        }
        assertEquals(300, Silhouette.sample(300, 10_000, 42).length);
    }
}
