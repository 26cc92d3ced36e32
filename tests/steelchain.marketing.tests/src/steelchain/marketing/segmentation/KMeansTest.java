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
