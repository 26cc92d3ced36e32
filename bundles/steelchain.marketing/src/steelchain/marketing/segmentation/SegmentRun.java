package steelchain.marketing.segmentation;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;

/** One stored segmentation run; users know it by its {@link #getRunCode() run code}. */
@Entity
@Table(name = "MKT_SEGMENT_RUN")
public class SegmentRun extends BaseEntity {

    @Column(name = "RUN_CODE", length = 40, nullable = false, unique = true)
    private String runCode;
    @Column(name = "STARTED_AT", nullable = false)
    private LocalDateTime startedAt;
    /** {@code database} or the input file. */
    @Column(name = "SOURCE", length = 300, nullable = false)
    private String source;
    @Column(name = "WINDOW_FROM")
    private LocalDate windowFrom;
    @Column(name = "WINDOW_TO")
    private LocalDate windowTo;
    @Column(name = "REFERENCE_DATE", nullable = false)
    private LocalDate referenceDate;
    @Column(name = "CLUSTERS", nullable = false)
    private int clusters;
    @Column(name = "SEED", nullable = false)
    private long seed;
    @Column(name = "INERTIA", nullable = false)
    private double inertia;
    @Column(name = "SILHOUETTE", nullable = false)
    private double silhouette;
    @Column(name = "CUSTOMERS", nullable = false)
    private int customers;

    protected SegmentRun() {
    }

    public SegmentRun(String runCode, LocalDateTime startedAt, String source, LocalDate windowFrom,
            LocalDate windowTo, LocalDate referenceDate, int clusters, long seed, double inertia, double silhouette,
            int customers) {
        this.runCode = runCode;
        this.startedAt = startedAt;
        this.source = source;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.referenceDate = referenceDate;
        this.clusters = clusters;
        this.seed = seed;
        this.inertia = inertia;
        this.silhouette = silhouette;
        this.customers = customers;
    }

    public String getRunCode() {
        return runCode;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getWindowFrom() {
        return windowFrom;
    }

    public LocalDate getWindowTo() {
        return windowTo;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public int getClusters() {
        return clusters;
    }

    public long getSeed() {
        return seed;
    }

    public double getInertia() {
        return inertia;
    }

    public double getSilhouette() {
        return silhouette;
    }

    public int getCustomers() {
        return customers;
    }
}
