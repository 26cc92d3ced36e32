package steelchain.marketing.segmentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names clusters by their profile. The rule, in order:
 * <ol>
 * <li>Value tier of a cluster by its median monetary value against all customers: high from the
 * 75th percentile, mid from the 40th, low below.</li>
 * <li>Lost: the median customer has no order in the last six months ({@value #LOST_DAYS} days).
 * A lost high or mid cluster is "mid-value lost in the last six months", a lost low one
 * "low-value lost".</li>
 * <li>Active high: "high-value growing" when it grows faster than the active customers (those
 * with an order in the last six months): orders of the last twelve months over the twelve
 * before at least {@value #GROWTH_LEAD} times their ratio, or at least twice their share of new
 * customers; otherwise "top stable".</li>
 * <li>Active mid: "mid-value stable".</li>
 * <li>Active low: named by what sets it apart more from the active customers, as a ratio of shares: customers
 * who came back after six months without orders ("low-value returned") or customers buying in
 * one season ("low-value seasonal").</li>
 * </ol>
 */
final class SegmentRule {

    static final int LOST_DAYS = 182;
    static final double HIGH_PERCENTILE = 0.75;
    static final double MID_PERCENTILE = 0.40;
    static final double GROWTH_LEAD = 1.1;
    static final double NEW_LEAD = 2.0;

    private SegmentRule() {
    }

    static List<ClusterProfile> profiles(CustomerRfm rfm, int[] labels, int k) {
        int n = rfm.size();
        double[] monetary = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            monetary[i] = rfm.monetaryCny(i);
            total += monetary[i];
        }
        double[] sortedMonetary = monetary.clone();
        Arrays.sort(sortedMonetary);
        double high = percentile(sortedMonetary, HIGH_PERCENTILE);
        double mid = percentile(sortedMonetary, MID_PERCENTILE);
        // Active clusters are compared with the active customers: the lost ones would drag the growth down.
        Shares base = shares(rfm, i -> rfm.recencyDays(i) <= LOST_DAYS);

        List<ClusterProfile> profiles = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int cluster = c;
            Shares shares = shares(rfm, i -> labels[i] == cluster);
            if (shares.customers == 0) {
                continue;
            }
            double[] r = new double[shares.customers];
            double[] f = new double[shares.customers];
            double[] m = new double[shares.customers];
            double revenue = 0;
            for (int i = 0, j = 0; i < n; i++) {
                if (labels[i] == cluster) {
                    r[j] = rfm.recencyDays(i);
                    f[j] = rfm.frequency(i);
                    m[j] = monetary[i];
                    revenue += monetary[i];
                    j++;
                }
            }
            double medianR = median(r);
            double medianM = median(m);
            Segment segment = name(medianR, medianM, high, mid, shares, base);
            profiles.add(new ClusterProfile(cluster, shares.customers, total == 0 ? 0 : revenue / total, medianR,
                    median(f), medianM, shares.lost, shares.growth, shares.newCustomers, shares.seasonal,
                    shares.returned, segment));
        }
        return profiles;
    }

    private static Segment name(double medianRecency, double medianMonetary, double high, double mid, Shares cluster,
            Shares base) {
        boolean lost = medianRecency > LOST_DAYS;
        if (medianMonetary >= high) {
            if (lost) {
                return Segment.MID_VALUE_LOST;
            }
            boolean growing = cluster.growth >= GROWTH_LEAD * base.growth
                    || cluster.newCustomers >= NEW_LEAD * base.newCustomers;
            return growing ? Segment.HIGH_VALUE_GROWING : Segment.TOP_STABLE;
        }
        if (medianMonetary >= mid) {
            return lost ? Segment.MID_VALUE_LOST : Segment.MID_VALUE_STABLE;
        }
        if (lost) {
            return Segment.LOW_VALUE_LOST;
        }
        double returnedLift = lift(cluster.returned, base.returned);
        double seasonalLift = lift(cluster.seasonal, base.seasonal);
        return returnedLift >= seasonalLift ? Segment.LOW_VALUE_RETURNED : Segment.LOW_VALUE_SEASONAL;
    }

    private static double lift(double share, double baseShare) {
        return baseShare == 0 ? 0 : share / baseShare;
    }

    private record Shares(int customers, double lost, double growth, double newCustomers, double seasonal,
            double returned) {
    }

    private static Shares shares(CustomerRfm rfm, java.util.function.IntPredicate member) {
        int customers = 0;
        int lost = 0;
        int fresh = 0;
        int seasonal = 0;
        int returned = 0;
        long last12 = 0;
        long before = 0;
        for (int i = 0; i < rfm.size(); i++) {
            if (!member.test(i)) {
                continue;
            }
            customers++;
            lost += rfm.recencyDays(i) > LOST_DAYS ? 1 : 0;
            fresh += rfm.newCustomer(i) ? 1 : 0;
            seasonal += rfm.seasonal(i) ? 1 : 0;
            returned += rfm.returned(i) ? 1 : 0;
            last12 += rfm.ordersLast12Months(i);
            before += rfm.ordersMonths12To24(i);
        }
        if (customers == 0) {
            return new Shares(0, 0, 0, 0, 0, 0);
        }
        double growth = before == 0 ? (last12 == 0 ? 1 : Double.POSITIVE_INFINITY) : (double) last12 / before;
        return new Shares(customers, (double) lost / customers, growth, (double) fresh / customers,
                (double) seasonal / customers, (double) returned / customers);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
