package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The whole segmentation: stable under re-runs, k chosen by silhouette, segments named by the rule. */
class SegmentationTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    /** Big steady buyers, small ones, and customers who stopped a year or more ago. */
    static OrderHistory customers(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OrderHistory.Builder orders = OrderHistory.builder();
        for (int c = 0; c < 400; c++) {
            String code = String.format("K%04d", c);
            int kind = c % 4;
            int count = kind == 0 ? 40 + random.nextInt(40) : 2 + random.nextInt(6);
            int lastDay = kind == 3 ? 400 + random.nextInt(300) : random.nextInt(60);
            for (int o = 0; o < count; o++) {
                LocalDate day = REFERENCE.minusDays(lastDay + 1 + (o == 0 ? 0 : random.nextInt(700)));
                double amount = (kind == 0 ? 200_000 : 20_000) * (0.5 + random.nextDouble());
                orders.add(code, day, amount);
            }
        }
        return orders.build();
    }

    private static Segmentation.Settings settings(int clusters) {
        return new Segmentation.Settings(clusters, 7, 10, null, null, REFERENCE);
    }

    @Test
    void theSameSeedGivesTheSameSegments() {
        OrderHistory history = customers(1);
        SegmentationResult first = new Segmentation(2).run(history, settings(5), new NullProgressMonitor());
        SegmentationResult again = new Segmentation(1).run(customers(1), settings(5), new NullProgressMonitor());
        assertArrayEquals(first.clustering().labels(), again.clustering().labels());
        assertEquals(first.clustering().inertia(), again.clustering().inertia());
        assertEquals(first.silhouette(), again.silhouette());
        for (int i = 0; i < first.rfm().size(); i++) {
            assertEquals(first.segmentOf(i), again.segmentOf(i), first.rfm().code(i));
        }
    }

    /** A customer whose credit notes exceed the sales segments as one without revenue, not as NaN. */
    @Test
    void netReturnsSegmentAsNoRevenue() {
        OrderHistory.Builder orders = OrderHistory.builder();
        OrderHistory base = customers(3);
        String[] codes = base.customerCodes();
        SplittableRandom random = new SplittableRandom(4);
        for (int c = 0; c < codes.length; c++) {
            orders.add(codes[c], REFERENCE.minusDays(1 + random.nextInt(300)), 10_000 + random.nextInt(90_000));
        }
        orders.add("RETURNS", REFERENCE.minusDays(30), 50_000).add("RETURNS", REFERENCE.minusDays(20), -80_000);
        SegmentationResult result = new Segmentation(2).run(orders.build(), settings(4), new NullProgressMonitor());
        assertTrue(Double.isFinite(result.clustering().inertia()), "inertia " + result.clustering().inertia());
        CustomerRfm rfm = result.rfm();
        double[] features = rfm.features();
        int returns = rfm.size() - 1; // "RETURNS" sorts after the K codes
        assertEquals("RETURNS", rfm.code(returns));
        assertEquals(-30_000, rfm.monetaryCny(returns), 1e-9, "the monetary value itself is kept");
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < rfm.size(); i++) {
            assertTrue(Double.isFinite(features[i * 3 + 2]), rfm.code(i));
            lowest = Math.min(lowest, features[i * 3 + 2]);
        }
        assertEquals(lowest, features[returns * 3 + 2], "no revenue is the least");
    }

    @Test
    void withoutKTheBestSilhouetteWins() {
        SegmentationResult result = new Segmentation(2).run(customers(2), settings(0), new NullProgressMonitor());
        assertEquals(Segmentation.MAX_CLUSTERS - Segmentation.MIN_CLUSTERS + 1, result.candidates().size());
        double best = result.candidates().stream().mapToDouble(Segmentation.Candidate::silhouette).max().orElseThrow();
        assertEquals(best, result.silhouette());
        assertTrue(result.clustering().k() >= Segmentation.MIN_CLUSTERS
                && result.clustering().k() <= Segmentation.MAX_CLUSTERS);
    }

    @Test
    void bigRecentBuyersAreTopAndSilentOnesLost() {
        SegmentationResult result = new Segmentation(2).run(customers(3), settings(4), new NullProgressMonitor());
        CustomerRfm rfm = result.rfm();
        for (int i = 0; i < rfm.size(); i++) {
            int kind = Integer.parseInt(rfm.code(i).substring(1)) % 4;
            Segment segment = result.segmentOf(i);
            if (kind == 0) {
                assertTrue(segment == Segment.TOP_STABLE || segment == Segment.HIGH_VALUE_GROWING,
                        rfm.code(i) + " " + segment);
            } else if (kind == 3) {
                assertTrue(segment == Segment.LOW_VALUE_LOST || segment == Segment.MID_VALUE_LOST,
                        rfm.code(i) + " " + segment);
            }
        }
        int customers = SegmentTable.of(result).stream().mapToInt(SegmentTable.Row::customers).sum();
        assertEquals(rfm.size(), customers);
        double share = SegmentTable.of(result).stream().mapToDouble(SegmentTable.Row::revenueShare).sum();
        assertEquals(1, share, 1e-9);
    }
}
