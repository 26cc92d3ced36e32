package steelchain.marketing.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Stored segmentation runs, offered as an OSGi service: the latest run's segment table, a
 * customer's current segment and its history (for the customer 360 view), and storing a run.
 */
public interface CustomerSegments {

    /** Name of the batch job that segments the customers and stores a run. */
    String JOB = "segment-customers";

    /** A stored run with its segment table. */
    record Run(String runCode, LocalDateTime startedAt, String source, LocalDate windowFrom, LocalDate windowTo,
            LocalDate referenceDate, int clusters, double inertia, double silhouette, int customers,
            List<SegmentTable.Row> segments) {
    }

    /** A customer's values and segment in one run. */
    record Entry(String runCode, LocalDateTime startedAt, String customerCode, String customerName, int recencyDays,
            int frequency,
            BigDecimal monetaryCny, int recencyScore, int frequencyScore, int monetaryScore, Segment segment) {
    }

    /** The newest run, if any was stored. */
    Optional<Run> latestRun();

    /** The customer's segment in the newest run that includes the customer. */
    Optional<Entry> currentSegment(String customerCode);

    /** The customer's segment in every stored run that includes the customer, newest first. */
    List<Entry> history(String customerCode);

    /** The customers of a segment in a run, largest monetary value first. */
    List<Entry> customers(String runCode, Segment segment);

    /** Stores a result as a new run, all in one transaction. */
    Run save(SegmentationResult result, String source, LocalDateTime startedAt);
}
