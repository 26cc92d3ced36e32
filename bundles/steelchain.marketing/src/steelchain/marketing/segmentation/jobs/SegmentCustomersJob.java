package steelchain.marketing.segmentation.jobs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.PersistenceException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.model.OrderStatus;
import steelchain.core.text.Texts;
import steelchain.marketing.segmentation.ClusterProfile;
import steelchain.marketing.segmentation.CsvProblem;
import steelchain.marketing.segmentation.CustomerRfm;
import steelchain.marketing.segmentation.CustomerSegments;
import steelchain.marketing.segmentation.OrderFileException;
import steelchain.marketing.segmentation.OrderFileReader;
import steelchain.marketing.segmentation.OrderHistory;
import steelchain.marketing.segmentation.QuickCompilation;
import steelchain.marketing.segmentation.Segmentation;
import steelchain.marketing.segmentation.SegmentationModel;
import steelchain.marketing.segmentation.SegmentationResult;
import steelchain.marketing.segmentation.SegmentTable;

/**
 * {@code segment-customers}: RFM segmentation of the customers from the sales orders in the
 * database or from an order file, with the time of each phase, the clustering's quality and the
 * segment table in its summary. A run on the database is stored (customer history, latest
 * segments); a run on a file only with {@code --save}.
 */
@Component(service = BatchJob.class)
public class SegmentCustomersJob implements BatchJob {

    public static final String NAME = CustomerSegments.JOB;
    static final int MAX_CLUSTERS = 20;
    static final int MAX_RESTARTS = 1000;
    static final int MAX_MONTHS = 240;
    /** Rows per round trip when reading orders from a database server (PostgreSQL streams only with a fetch size). */
    private static final int FETCH_ROWS = 10_000;
    private static final Texts TEXTS = Texts.of(SegmentCustomersJob.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY,
            target = "(steelchain.owners=" + SegmentationModel.OWNER + ")")
    private volatile DataStore dataStore;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerSegments segments;

    private final Clock clock = Clock.systemDefaultZone();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "job.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(JobOption.of("input", OptionType.PATH, TEXTS.get(locale, "option.input")),
                JobOption.of("from", OptionType.DATE, TEXTS.get(locale, "option.from")),
                JobOption.of("to", OptionType.DATE, TEXTS.get(locale, "option.to")),
                JobOption.of("months", OptionType.INTEGER, TEXTS.get(locale, "option.months", MAX_MONTHS)),
                JobOption.of("reference-date", OptionType.DATE, TEXTS.get(locale, "option.reference")),
                JobOption.of("clusters", OptionType.INTEGER, TEXTS.get(locale, "option.clusters", MAX_CLUSTERS,
                        Segmentation.MIN_CLUSTERS, Segmentation.MAX_CLUSTERS)),
                JobOption.of("seed", OptionType.INTEGER, TEXTS.get(locale, "option.seed")).withDefault("0"),
                JobOption.of("restarts", OptionType.INTEGER, TEXTS.get(locale, "option.restarts", MAX_RESTARTS))
                        .withDefault(Integer.toString(Segmentation.DEFAULT_RESTARTS)),
                JobOption.of("save", OptionType.FLAG, TEXTS.get(locale, "option.save")),
                JobOption.of("output", OptionType.PATH, TEXTS.get(locale, "option.output")));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws UsageException {
        Locale locale = arguments.locale();
        int clusters = arguments.has("clusters") ? inRange(arguments, "clusters", 2, MAX_CLUSTERS) : 0;
        int restarts = inRange(arguments, "restarts", 1, MAX_RESTARTS);
        Path input = arguments.has("input") ? arguments.path("input") : null;
        Window window = window(arguments, input == null);
        boolean save = input == null || arguments.flag("save");
        DataStore store = dataStore;
        CustomerSegments stored = segments;
        if ((input == null || save) && (store == null || stored == null)) {
            return JobResult.failed(List.of(TEXTS.get(locale, "noDatabase")));
        }

        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "task"), 100);
        LocalDateTime startedAt = LocalDateTime.now(clock);
        long readStart = System.nanoTime();
        QuickCompilation.request(); // counted in the read, which it precedes
        OrderHistory history;
        String source;
        if (input == null) {
            progress.subTask(TEXTS.get(locale, "readingDatabase"));
            history = readDatabase(store, window);
            source = "database";
        } else {
            progress.subTask(TEXTS.get(locale, "readingFile", input.toString()));
            try {
                history = new OrderFileReader(locale).read(input, progress.split(40));
            } catch (OrderFileException e) {
                return JobResult.failed(refusal(e, locale));
            } catch (IOException e) {
                return JobResult.failed(List.of(TEXTS.get(locale, "unreadable", input.toString(), reasonOf(e))));
            }
            source = input.toAbsolutePath().toString();
        }
        long readNanos = System.nanoTime() - readStart;
        progress.setWorkRemaining(60);

        LocalDate reference = window.reference(history);
        LocalDate from = window.months > 0 ? reference.minusMonths(window.months) : window.from;
        LocalDate to = window.months > 0 || window.to == null ? reference.minusDays(1) : window.to;
        if (from != null && from.isAfter(to)) {
            throw new UsageException(TEXTS.get(locale, "usage.emptyWindow", from.toString(), to.toString()));
        }
        Segmentation.Settings settings = new Segmentation.Settings(clusters, arguments.integer("seed"), restarts,
                from, to, reference);
        progress.subTask(TEXTS.get(locale, "segmenting"));
        SegmentationResult result;
        try {
            result = new Segmentation().run(history, settings, progress.split(45));
        } catch (IllegalArgumentException e) {
            String span = from == null ? TEXTS.get(locale, "window.upTo", to.toString())
                    : TEXTS.get(locale, "window.fromTo", from.toString(), to.toString());
            return JobResult.failed(List.of(TEXTS.get(locale, "tooFewCustomers", history.rows(), span)));
        }

        List<String> summary = new ArrayList<>(summary(result, history, readNanos, source, input != null, locale));
        if (arguments.has("output")) {
            Path output = arguments.path("output");
            try {
                writeOutput(result, output);
            } catch (IOException e) {
                return JobResult.failed(List.of(TEXTS.get(locale, "outputFailed", output.toString(), reasonOf(e))));
            }
            summary.add(TEXTS.get(locale, "summary.output", output.toString(), result.rfm().size()));
        }
        if (save) {
            progress.subTask(TEXTS.get(locale, "saving", result.rfm().size()));
            long saveStart = System.nanoTime();
            CustomerSegments.Run run = stored.save(result, source, startedAt);
            summary.add(TEXTS.get(locale, "summary.saved", run.runCode(), result.rfm().size(),
                    seconds(System.nanoTime() - saveStart)));
        } else {
            summary.add(TEXTS.get(locale, "summary.notSaved"));
        }
        progress.setWorkRemaining(0);
        return JobResult.succeeded(summary);
    }

    /** The window options, checked against each other. */
    private record Window(LocalDate from, LocalDate to, int months, LocalDate reference, boolean database,
            Clock clock) {

        /**
         * The day recency is counted to: as given; else the day after {@code --to}; else, for the
         * database, today; for a file, the day after its latest order.
         */
        LocalDate reference(OrderHistory history) {
            if (reference != null) {
                return reference;
            }
            if (to != null) {
                return to.plusDays(1);
            }
            if (database) {
                return LocalDate.now(clock);
            }
            return history.lastOrderDate().map(day -> day.plusDays(1)).orElse(LocalDate.now(clock));
        }
    }

    private Window window(JobArguments arguments, boolean database) throws UsageException {
        Locale locale = arguments.locale();
        LocalDate from = arguments.has("from") ? arguments.date("from") : null;
        LocalDate to = arguments.has("to") ? arguments.date("to") : null;
        LocalDate reference = arguments.has("reference-date") ? arguments.date("reference-date") : null;
        int months = 0;
        if (arguments.has("months")) {
            if (from != null || to != null) {
                throw new UsageException(TEXTS.get(locale, "usage.monthsAndDates"));
            }
            months = inRange(arguments, "months", 1, MAX_MONTHS);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException(TEXTS.get(locale, "usage.fromAfterTo", from.toString(), to.toString()));
        }
        if (reference != null && to != null && !reference.isAfter(to)) {
            throw new UsageException(TEXTS.get(locale, "usage.referenceNotAfterTo", reference.toString(),
                    to.toString()));
        }
        return new Window(from, to, months, reference, database, clock);
    }

    /**
     * One row per order (not per line) with a line that is not cancelled: customer code, order
     * date, value of its lines that are not cancelled. Customers, orders and lines are read as
     * three plain scans, the lines streamed, and joined and summed here: a query joining and
     * grouping the three tables gives the same rows, but Derby takes several times as long for it
     * (a million lines, in a warm JVM: 9 s against 1.3 s for the scans). The sums are exact, as
     * the database's were.
     */
    private static OrderHistory readDatabase(DataStore store, Window window) {
        return store.read(em -> {
            try {
                return readOrders(em.unwrap(Connection.class), window);
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        });
    }

    private static OrderHistory readOrders(Connection connection, Window window) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (PreparedStatement customers = connection.prepareStatement("SELECT ID, CODE FROM CUSTOMER");
                ResultSet rows = customers.executeQuery()) {
            while (rows.next()) {
                codes.put(rows.getLong(1), rows.getString(2));
            }
        }
        String orderQuery = "SELECT ID, CUSTOMER_ID, ORDER_DATE FROM SALES_ORDER WHERE STATUS <> ?"
                + (window.from != null ? " AND ORDER_DATE >= ?" : "")
                + (window.to != null ? " AND ORDER_DATE <= ?" : "");
        long[] orderIds = new long[1024];
        long[] orderCustomers = new long[1024];
        LocalDate[] orderDates = new LocalDate[1024];
        int orderCount = 0;
        try (PreparedStatement orders = connection.prepareStatement(orderQuery)) {
            int parameter = 1;
            orders.setString(parameter++, OrderStatus.CANCELLED.name());
            if (window.from != null) {
                orders.setDate(parameter++, Date.valueOf(window.from));
            }
            if (window.to != null) {
                orders.setDate(parameter, Date.valueOf(window.to));
            }
            orders.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = orders.executeQuery()) {
                while (rows.next()) {
                    if (orderCount == orderIds.length) {
                        orderIds = Arrays.copyOf(orderIds, 2 * orderCount);
                        orderCustomers = Arrays.copyOf(orderCustomers, 2 * orderCount);
                        orderDates = Arrays.copyOf(orderDates, 2 * orderCount);
                    }
                    orderIds[orderCount] = rows.getLong(1);
                    orderCustomers[orderCount] = rows.getLong(2);
                    orderDates[orderCount] = rows.getDate(3).toLocalDate();
                    orderCount++;
                }
            }
        }
        long[] ids = Arrays.copyOf(orderIds, orderCount);
        Arrays.sort(ids);
        BigDecimal[] values = new BigDecimal[ids.length];
        try (PreparedStatement lines = connection.prepareStatement(
                "SELECT ORDER_ID, TONNES, PRICE_CNY_PER_T FROM ORDER_LINE WHERE STATUS <> ?")) {
            lines.setString(1, OrderStatus.CANCELLED.name());
            lines.setFetchSize(FETCH_ROWS);
            try (ResultSet rows = lines.executeQuery()) {
                while (rows.next()) {
                    int at = Arrays.binarySearch(ids, rows.getLong(1));
                    if (at >= 0) { // else a line of a cancelled order or of one outside the window
                        BigDecimal value = rows.getBigDecimal(2).multiply(rows.getBigDecimal(3));
                        values[at] = values[at] == null ? value : values[at].add(value);
                    }
                }
            }
        }
        OrderHistory.Builder builder = OrderHistory.builder();
        for (int i = 0; i < orderCount; i++) {
            BigDecimal value = values[Arrays.binarySearch(ids, orderIds[i])];
            if (value != null) {
                builder.add(codes.get(orderCustomers[i]), orderDates[i], value);
            }
        }
        return builder.build();
    }

    private static List<String> refusal(OrderFileException e, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(e.getMessage());
        for (CsvProblem problem : e.problems()) {
            lines.add("  " + problem);
        }
        if (e.problemCount() > e.problems().size()) {
            lines.add(TEXTS.get(locale, "moreProblems", e.problemCount() - e.problems().size()));
        }
        return lines;
    }

    private static List<String> summary(SegmentationResult result, OrderHistory history, long readNanos,
            String source, boolean fromFile, Locale locale) {
        Segmentation.Settings settings = result.settings();
        List<String> lines = new ArrayList<>();
        String window = settings.from() == null ? TEXTS.get(locale, "window.upTo", settings.to().toString())
                : TEXTS.get(locale, "window.fromTo", settings.from().toString(), settings.to().toString());
        lines.add(TEXTS.get(locale, "summary.input", source, history.rows(), result.rfm().size(), window,
                settings.reference().toString()));
        if (result.candidates().isEmpty()) {
            lines.add(TEXTS.get(locale, "summary.kGiven", result.clustering().k(), settings.restarts(),
                    settings.seed()));
        } else {
            StringBuilder tried = new StringBuilder();
            for (Segmentation.Candidate candidate : result.candidates()) {
                tried.append(TEXTS.get(locale, "summary.candidate", candidate.k(), candidate.silhouette()));
            }
            lines.add(TEXTS.get(locale, "summary.kChosen", result.clustering().k(), Segmentation.MIN_CLUSTERS,
                    Segmentation.MAX_CLUSTERS, result.silhouetteSample(), tried.toString().trim(),
                    settings.restarts(), settings.seed()));
        }
        lines.add(TEXTS.get(locale, "summary.times", seconds(readNanos), seconds(result.aggregateNanos()),
                seconds(result.clusterNanos()), seconds(result.silhouetteNanos()),
                seconds(readNanos + result.aggregateNanos() + result.clusterNanos())));
        if (fromFile) {
            lines.add(TEXTS.get(locale, "summary.readSums"));
        }
        lines.add(TEXTS.get(locale, "summary.quality", result.clustering().inertia(), result.silhouette(),
                result.silhouetteSample(), result.clustering().iterations()));
        lines.add(TEXTS.get(locale, "summary.tableHeader"));
        for (SegmentTable.Row row : SegmentTable.of(result)) {
            lines.add(TEXTS.get(locale, "summary.tableRow", row.segment().label(locale), row.customers(),
                    row.revenueShare(), row.medianRecencyDays(), row.medianFrequency(), row.medianMonetaryCny(),
                    row.segment().strategy(locale)));
        }
        lines.add(TEXTS.get(locale, "summary.clustersHeader"));
        for (ClusterProfile profile : result.profiles()) {
            lines.add(TEXTS.get(locale, "summary.clusterRow", profile.cluster(), profile.customers(),
                    profile.medianRecency(), profile.medianMonetary(), profile.lostShare(), profile.growth(),
                    profile.newShare(), profile.seasonalShare(), profile.returnedShare(),
                    profile.segment().label(locale)));
        }
        return lines;
    }

    private static void writeOutput(SegmentationResult result, Path output) throws IOException {
        CustomerRfm rfm = result.rfm();
        int[] labels = result.clustering().labels();
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("customer_code,recency_days,frequency,monetary_cny,r_score,f_score,m_score,cluster,segment\n");
            for (int i = 0; i < rfm.size(); i++) {
                out.write(rfm.code(i) + "," + rfm.recencyDays(i) + "," + rfm.frequency(i) + ","
                        + BigDecimal.valueOf(rfm.monetaryCny(i)).setScale(2, RoundingMode.HALF_UP)
                                .toPlainString()
                        + "," + rfm.recencyScore(i) + "," + rfm.frequencyScore(i) + "," + rfm.monetaryScore(i) + ","
                        + labels[i] + "," + result.segmentOf(i).name() + "\n");
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private static int inRange(JobArguments arguments, String option, int min, int max) throws UsageException {
        long value = arguments.integer(option);
        if (value < min || value > max) {
            throw new UsageException(TEXTS.get(arguments.locale(), "usage.range", option, min, max, value));
        }
        return (int) value;
    }
}
