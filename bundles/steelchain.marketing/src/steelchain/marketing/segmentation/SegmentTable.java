package steelchain.marketing.segmentation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The segments of a result: customers, revenue share and median R, F, M per segment, in segment order. */
public final class SegmentTable {

    /**
     * One segment.
     *
     * @param revenueShare share of the total monetary value, 0..1
     */
    public record Row(Segment segment, int customers, double revenueShare, double medianRecencyDays,
            double medianFrequency, double medianMonetaryCny) {
    }

    private SegmentTable() {
    }

    public static List<Row> of(SegmentationResult result) {
        CustomerRfm rfm = result.rfm();
        Map<Segment, List<Integer>> members = new EnumMap<>(Segment.class);
        double total = 0;
        for (int i = 0; i < rfm.size(); i++) {
            members.computeIfAbsent(result.segmentOf(i), s -> new ArrayList<>()).add(i);
            total += rfm.monetaryCny(i);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Segment, List<Integer>> entry : members.entrySet()) {
            List<Integer> customers = entry.getValue();
            double[] r = new double[customers.size()];
            double[] f = new double[customers.size()];
            double[] m = new double[customers.size()];
            double revenue = 0;
            for (int j = 0; j < customers.size(); j++) {
                int i = customers.get(j);
                r[j] = rfm.recencyDays(i);
                f[j] = rfm.frequency(i);
                m[j] = rfm.monetaryCny(i);
                revenue += m[j];
            }
            rows.add(new Row(entry.getKey(), customers.size(), total == 0 ? 0 : revenue / total,
                    SegmentRule.median(r), SegmentRule.median(f), SegmentRule.median(m)));
        }
        return rows;
    }
}
