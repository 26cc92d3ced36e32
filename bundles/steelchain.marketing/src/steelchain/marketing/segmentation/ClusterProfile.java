package steelchain.marketing.segmentation;

/**
 * What a cluster's customers look like, in business units, and the segment it was named.
 *
 * @param cluster         cluster number
 * @param customers       number of customers
 * @param revenueShare    share of the total monetary value, 0..1
 * @param medianRecency   median days since the last order
 * @param medianFrequency median number of orders
 * @param medianMonetary  median monetary value, CNY
 * @param lostShare       share of customers without an order in the last six months
 * @param growth          orders in the last twelve months divided by orders in the twelve before
 * @param newShare        share of customers whose first order is within the last twelve months
 * @param seasonalShare   share of seasonal customers
 * @param returnedShare   share of customers who came back after six months without orders
 * @param segment         the segment the rule gave the cluster
 */
public record ClusterProfile(int cluster, int customers, double revenueShare, double medianRecency,
        double medianFrequency, double medianMonetary, double lostShare, double growth, double newShare,
        double seasonalShare, double returnedShare, Segment segment) {
}
