package steelchain.marketing.segmentation;

import java.util.List;

/**
 * The outcome of one segmentation: each customer's RFM values and scores, the clustering, its
 * quality, the named clusters, and the time each phase took.
 *
 * @param candidates       the k tried and their scores, when k was chosen; empty when it was given
 * @param aggregateNanos   aggregation into RFM values and features (from a file, the per-customer sums
 *                         are taken while reading and counted in the read)
 * @param clusterNanos     k-means (with choosing k: all k-means runs and their silhouettes)
 * @param silhouetteNanos  silhouette of the given k on the sample (0 when k was chosen)
 */
public record SegmentationResult(Segmentation.Settings settings, CustomerRfm rfm, KMeans.Result clustering,
        double silhouette, int silhouetteSample, List<ClusterProfile> profiles,
        List<Segmentation.Candidate> candidates, long aggregateNanos, long clusterNanos, long silhouetteNanos) {

    /** The segment of customer {@code i} of {@link #rfm()}. */
    public Segment segmentOf(int i) {
        int cluster = clustering.labels()[i];
        for (ClusterProfile profile : profiles) {
            if (profile.cluster() == cluster) {
                return profile.segment();
            }
        }
        throw new IllegalStateException("cluster " + cluster + " has no profile");
    }
}
