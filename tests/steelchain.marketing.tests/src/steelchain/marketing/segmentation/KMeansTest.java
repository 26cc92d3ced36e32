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

    @Test
    void aSeedGivesTheSameClustersOnAnyNumberOfThreads() {
        SplittableRandom random = new SplittableRandom(3);
        double[] points = new double[2_000 * 3];
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
