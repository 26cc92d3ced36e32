package steelchain.marketing.segmentation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import steelchain.core.data.DataStore;

/** {@link CustomerSegments} on the product's database. */
@Component(service = CustomerSegments.class)
public class CustomerSegmentsService implements CustomerSegments {

    private static final DateTimeFormatter RUN_CODE = DateTimeFormatter.ofPattern("'SEG-'yyyyMMdd-HHmmss-SSS");

    @Reference(target = "(steelchain.owners=" + SegmentationModel.OWNER + ")")
    private DataStore store;

    public CustomerSegmentsService() {
    }

    /** For tests: a service on a given store. */
    CustomerSegmentsService(DataStore store) {
        this.store = store;
    }

    @Override
    public Optional<Run> latestRun() {
        return store.read(em -> latest(em).map(run -> toRun(em, run)));
    }

    @Override
    public Optional<Entry> currentSegment(String customerCode) {
        return history(customerCode).stream().findFirst();
    }

    @Override
    public List<Entry> history(String customerCode) {
        return store.read(em -> {
            Map<String, String> name = new HashMap<>();
            em.createQuery("SELECT c.name FROM Customer c WHERE c.code = :code", String.class)
                    .setParameter("code", customerCode).getResultStream().forEach(n -> name.put(customerCode, n));
            return em.createQuery("SELECT s FROM CustomerSegment s WHERE s.customerCode = :code"
                    + " ORDER BY s.run.startedAt DESC, s.run.id DESC", CustomerSegment.class)
                    .setParameter("code", customerCode).getResultList().stream().map(s -> toEntry(s, name)).toList();
        });
    }

    @Override
    public List<Entry> customers(String runCode, Segment segment) {
        return store.read(em -> {
            // A few thousand customers: one query for all names beats one per segment member.
            Map<String, String> names = new HashMap<>();
            em.createQuery("SELECT c.code, c.name FROM Customer c", Object[].class).getResultStream()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
            return em.createQuery("SELECT s FROM CustomerSegment s WHERE s.run.runCode = :run"
                    + " AND s.segment = :segment ORDER BY s.monetaryCny DESC, s.customerCode", CustomerSegment.class)
                    .setParameter("run", runCode).setParameter("segment", segment).getResultList().stream()
                    .map(s -> toEntry(s, names)).toList();
        });
    }

    @Override
    public Run save(SegmentationResult result, String source, LocalDateTime startedAt) {
        List<SegmentTable.Row> table = SegmentTable.of(result);
        CustomerRfm rfm = result.rfm();
        Segmentation.Settings settings = result.settings();
        return store.inTransaction(em -> {
            SegmentRun run = new SegmentRun(RUN_CODE.format(startedAt), startedAt, source, settings.from(),
                    settings.to(), settings.reference(), result.clustering().k(), settings.seed(),
                    result.clustering().inertia(), result.silhouette(), rfm.size());
            em.persist(run);
            for (SegmentTable.Row row : table) {
                em.persist(new SegmentSize(run, row));
            }
            int[] labels = result.clustering().labels();
            for (int i = 0; i < rfm.size(); i++) {
                em.persist(new CustomerSegment(run, rfm.code(i), rfm.recencyDays(i), rfm.frequency(i),
                        BigDecimal.valueOf(rfm.monetaryCny(i)).setScale(2, RoundingMode.HALF_UP), rfm.recencyScore(i),
                        rfm.frequencyScore(i), rfm.monetaryScore(i), labels[i], result.segmentOf(i)));
            }
            return toRun(run, table);
        });
    }

    private static Optional<SegmentRun> latest(EntityManager em) {
        return em.createQuery("SELECT r FROM SegmentRun r ORDER BY r.startedAt DESC, r.id DESC", SegmentRun.class)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private static Run toRun(EntityManager em, SegmentRun run) {
        List<SegmentTable.Row> rows = em.createQuery("SELECT s FROM SegmentSize s WHERE s.run = :run",
                SegmentSize.class).setParameter("run", run).getResultList().stream().map(SegmentSize::toRow)
                .sorted((a, b) -> a.segment().compareTo(b.segment())).toList();
        return toRun(run, rows);
    }

    private static Run toRun(SegmentRun run, List<SegmentTable.Row> rows) {
        return new Run(run.getRunCode(), run.getStartedAt(), run.getSource(), run.getWindowFrom(), run.getWindowTo(),
                run.getReferenceDate(), run.getClusters(), run.getInertia(), run.getSilhouette(), run.getCustomers(),
                rows);
    }

    /** @param names customers' names by code; a code of a file that is no customer here has none */
    private static Entry toEntry(CustomerSegment s, Map<String, String> names) {
        return new Entry(s.getRun().getRunCode(), s.getRun().getStartedAt(), s.getCustomerCode(),
                names.get(s.getCustomerCode()), s.getRecencyDays(),
                s.getFrequency(), s.getMonetaryCny(), s.getRecencyScore(), s.getFrequencyScore(),
                s.getMonetaryScore(), s.getSegment());
    }
}
