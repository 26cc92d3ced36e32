package steelchain.marketing.segmentation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import steelchain.core.model.BaseEntity;

/** One line of a run's segment table: how many customers, their revenue share, median R, F, M. */
@Entity
@Table(name = "MKT_SEGMENT_SIZE", uniqueConstraints = @UniqueConstraint(columnNames = { "RUN_ID", "SEGMENT" }))
public class SegmentSize extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "RUN_ID", nullable = false)
    private SegmentRun run;
    @Enumerated(EnumType.STRING)
    @Column(name = "SEGMENT", length = 24, nullable = false)
    private Segment segment;
    @Column(name = "CUSTOMERS", nullable = false)
    private int customers;
    /** Share of the run's total monetary value, 0..1. */
    @Column(name = "REVENUE_SHARE", nullable = false)
    private double revenueShare;
    @Column(name = "MEDIAN_RECENCY_DAYS", nullable = false)
    private double medianRecencyDays;
    @Column(name = "MEDIAN_FREQUENCY", nullable = false)
    private double medianFrequency;
    @Column(name = "MEDIAN_MONETARY_CNY", nullable = false)
    private double medianMonetaryCny;

    protected SegmentSize() {
    }

    public SegmentSize(SegmentRun run, SegmentTable.Row row) {
        this.run = run;
        this.segment = row.segment();
        this.customers = row.customers();
        this.revenueShare = row.revenueShare();
        this.medianRecencyDays = row.medianRecencyDays();
        this.medianFrequency = row.medianFrequency();
        this.medianMonetaryCny = row.medianMonetaryCny();
    }

    public SegmentRun getRun() {
        return run;
    }

    /** This line as a segment table row. */
    public SegmentTable.Row toRow() {
        return new SegmentTable.Row(segment, customers, revenueShare, medianRecencyDays, medianFrequency,
                medianMonetaryCny);
    }
}
