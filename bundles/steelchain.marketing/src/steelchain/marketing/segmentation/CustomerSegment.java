package steelchain.marketing.segmentation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import steelchain.core.model.BaseEntity;

/** A customer's RFM values, scores and segment in one run. */
@Entity
@Table(name = "MKT_CUSTOMER_SEGMENT", uniqueConstraints = @UniqueConstraint(columnNames = { "RUN_ID",
        "CUSTOMER_CODE" }))
public class CustomerSegment extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "RUN_ID", nullable = false)
    private SegmentRun run;
    @Column(name = "CUSTOMER_CODE", length = 32, nullable = false)
    private String customerCode;
    @Column(name = "RECENCY_DAYS", nullable = false)
    private int recencyDays;
    @Column(name = "FREQUENCY", nullable = false)
    private int frequency;
    @Column(name = "MONETARY_CNY", precision = 18, scale = 2, nullable = false)
    private BigDecimal monetaryCny;
    @Column(name = "R_SCORE", nullable = false)
    private short recencyScore;
    @Column(name = "F_SCORE", nullable = false)
    private short frequencyScore;
    @Column(name = "M_SCORE", nullable = false)
    private short monetaryScore;
    @Column(name = "CLUSTER_NO", nullable = false)
    private int cluster;
    @Enumerated(EnumType.STRING)
    @Column(name = "SEGMENT", length = 24, nullable = false)
    private Segment segment;

    protected CustomerSegment() {
    }

    public CustomerSegment(SegmentRun run, String customerCode, int recencyDays, int frequency,
            BigDecimal monetaryCny, int recencyScore, int frequencyScore, int monetaryScore, int cluster,
            Segment segment) {
        this.run = run;
        this.customerCode = customerCode;
        this.recencyDays = recencyDays;
        this.frequency = frequency;
        this.monetaryCny = monetaryCny;
        this.recencyScore = (short) recencyScore;
        this.frequencyScore = (short) frequencyScore;
        this.monetaryScore = (short) monetaryScore;
        this.cluster = cluster;
        this.segment = segment;
    }

    public SegmentRun getRun() {
        return run;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public int getRecencyDays() {
        return recencyDays;
    }

    public int getFrequency() {
        return frequency;
    }

    public BigDecimal getMonetaryCny() {
        return monetaryCny;
    }

    public int getRecencyScore() {
        return recencyScore;
    }

    public int getFrequencyScore() {
        return frequencyScore;
    }

    public int getMonetaryScore() {
        return monetaryScore;
    }

    public int getCluster() {
        return cluster;
    }

    public Segment getSegment() {
        return segment;
    }
}
