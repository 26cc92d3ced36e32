package steelchain.marketing.segmentation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Segments customers from their orders: RFM per customer, k-means on the standardized features,
 * silhouette on a fixed sample, clusters named by {@link SegmentRule}. With no number of
 * clusters given, every k from {@value #MIN_CLUSTERS} to {@value #MAX_CLUSTERS} is tried and the
 * one with the best silhouette on the sample wins.
 */
public final class Segmentation {

    public static final int MIN_CLUSTERS = 4;
    public static final int MAX_CLUSTERS = 9;
    public static final int DEFAULT_RESTARTS = 10;

    /**
     * How to segment.
     *
     * @param clusters  number of clusters, or 0 to choose it by silhouette
     * @param seed      seed of the k-means++ seeding
     * @param restarts  k-means runs per k; the one with the lowest inertia is kept
     * @param from      first order day in the window, or {@code null}
     * @param to        last order day in the window, or {@code null}
     * @param reference the day recency is counted to
     */
    public record Settings(int clusters, long seed, int restarts, LocalDate from, LocalDate to, LocalDate reference) {
    }

    /** The silhouette and inertia of one k tried when choosing. */
    public record Candidate(int k, double inertia, double silhouette) {
    }

    private final int threads;

    public Segmentation() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public Segmentation(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Segments the customers with orders in the settings' window; at least two are needed. */
    public SegmentationResult run(OrderHistory history, Settings settings, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        long start = System.nanoTime();
        CustomerRfm rfm = CustomerRfm.aggregate(history, settings.from(), settings.to(), settings.reference());
        double[] features = rfm.features();
        long aggregated = System.nanoTime();
        progress.worked(1);
        int n = rfm.size();
        if (n < 2) {
            throw new IllegalArgumentException("need at least two customers with orders, found " + n);
        }
        KMeans.Result clustering;
        int[] sample;
        double silhouette;
        long clustered;
        List<Candidate> candidates = new ArrayList<>();
        if (settings.clusters() > 0) {
            clustering = KMeans.fit(features, CustomerRfm.FEATURES, Math.min(settings.clusters(), n),
                    settings.restarts(), settings.seed(), threads);
            clustered = System.nanoTime();
            progress.worked(5);
            checkCanceled(progress);
            sample = Silhouette.sample(n, Silhouette.SAMPLE_SIZE, Silhouette.SAMPLE_SEED);
            silhouette = Silhouette.score(features, CustomerRfm.FEATURES, clustering.labels(), clustering.k(), sample,
                    threads);
        } else {
            sample = Silhouette.sample(n, Silhouette.SAMPLE_SIZE, Silhouette.SAMPLE_SEED);
            clustering = null;
            silhouette = Double.NEGATIVE_INFINITY;
            int most = Math.min(MAX_CLUSTERS, n);
            SubMonitor tries = progress.split(8).setWorkRemaining(most - MIN_CLUSTERS + 1);
            for (int k = Math.min(MIN_CLUSTERS, most); k <= most; k++) {
                checkCanceled(tries);
                KMeans.Result tried = KMeans.fit(features, CustomerRfm.FEATURES, k, settings.restarts(),
                        settings.seed(), threads);
                double score = Silhouette.score(features, CustomerRfm.FEATURES, tried.labels(), k, sample, threads);
                candidates.add(new Candidate(k, tried.inertia(), score));
                if (score > silhouette) {
                    silhouette = score;
                    clustering = tried;
                }
                tries.worked(1);
            }
            // Choosing k spends the clustering and the silhouette together; it counts as clustering.
            clustered = System.nanoTime();
        }
        long scored = System.nanoTime();
        List<ClusterProfile> profiles = SegmentRule.profiles(rfm, clustering.labels(), clustering.k());
        progress.setWorkRemaining(0);
        return new SegmentationResult(settings, rfm, clustering, silhouette, sample.length, profiles, candidates,
                aggregated - start, clustered - aggregated, scored - clustered);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
