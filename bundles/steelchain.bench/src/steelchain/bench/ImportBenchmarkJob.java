package steelchain.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.data.DataStore;
import steelchain.core.text.Texts;
import steelchain.masterdata.ImportRequest;
import steelchain.masterdata.ImportResult;
import steelchain.masterdata.MasterDataImporter;
import steelchain.masterdata.RecordKind;

/**
 * {@code benchmark-import}: imports a generated file of order lines through the product's
 * importer (validation, references, idempotent write), then loads the same file with a plain
 * JDBC batch insert into copies of the order tables of the same database, and reports both
 * rates and the heap each used. The goal: the importer at least half as fast as the raw insert.
 */
@Component(service = BatchJob.class)
public class ImportBenchmarkJob implements BatchJob {

    private static final Texts TEXTS = Texts.of(ImportBenchmarkJob.class);
    private static final int BATCH = 1000;
    private static final String[] GRADES = { "Q235B", "Q355B", "SPHC", "DC01", "HRB400E" };
    private static final String[] FORMS = { "HOT_ROLLED_COIL", "PLATE", "HOT_ROLLED_COIL", "COLD_ROLLED_COIL", "REBAR" };

    @Reference
    private DataStore store;

    @Override
    public String name() {
        return "benchmark-import";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(JobOption.of("lines", OptionType.INTEGER, TEXTS.get(locale, "option.lines")).withDefault("1000000"),
                JobOption.of("customers", OptionType.INTEGER, TEXTS.get(locale, "option.customers")).withDefault("2000"),
                JobOption.of("folder", OptionType.PATH, TEXTS.get(locale, "option.folder")));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws Exception {
        Locale locale = arguments.locale();
        int lines = (int) Math.max(1, Math.min(10_000_000, arguments.integer("lines")));
        int customers = (int) Math.max(1, Math.min(100_000, arguments.integer("customers")));
        Path folder = arguments.has("folder") ? arguments.path("folder") : Files.createTempDirectory("steelchain-bench");
        Files.createDirectories(folder);
        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "task"), 100);
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);

        progress.subTask(TEXTS.get(locale, "writingFiles"));
        Path customerFile = writeCustomers(folder.resolve("customers.csv"), run, customers);
        Path gradeFile = writeGrades(folder.resolve("grades.csv"));
        Path orderFile = writeOrders(folder.resolve("orders.csv"), run, customers, lines);
        // Every order of the benchmark is new: no module can have taken one over.
        MasterDataImporter importer = new MasterDataImporter(store, null);
        require(importer.importFile(ImportRequest.of(RecordKind.CUSTOMERS, customerFile), progress.split(2)));
        require(importer.importFile(ImportRequest.of(RecordKind.GRADES, gradeFile), progress.split(1)));

        progress.subTask(TEXTS.get(locale, "importing"));
        Measurement viaImporter = measure(() -> require(
                importer.importFile(ImportRequest.of(RecordKind.ORDERS, orderFile), progress.split(60))));

        progress.subTask(TEXTS.get(locale, "rawInsert"));
        Measurement raw = measure(() -> store.run(em -> rawInsert(em.unwrap(Connection.class), orderFile)));
        progress.worked(37);

        double importerRate = lines / viaImporter.seconds();
        double rawRate = lines / raw.seconds();
        return JobResult.succeeded(List.of(TEXTS.get(locale, "summary.file", lines, orderFile),
                TEXTS.get(locale, "summary.importer", viaImporter.seconds(), importerRate, viaImporter.heapMb()),
                TEXTS.get(locale, "summary.raw", raw.seconds(), rawRate, raw.heapMb()),
                TEXTS.get(locale, "summary.ratio", importerRate / rawRate)));
    }

    private record Measurement(double seconds, double heapMb) {
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Measurement measure(Work work) throws Exception {
        try (HeapSampler heap = HeapSampler.start()) {
            long start = System.nanoTime();
            work.run();
            return new Measurement((System.nanoTime() - start) / 1e9, heap.peakBytes() / (1024.0 * 1024.0));
        }
    }

    private static void require(ImportResult result) {
        if (!result.accepted()) {
            throw new IllegalStateException(result.problems().get(0).toString());
        }
    }

    private static Path writeCustomers(Path file, String run, int customers) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,name,industry,province,city,credit_limit_cny,grade\n");
            for (int i = 0; i < customers; i++) {
                out.write("B" + run + "C" + i + ",Benchmark customer " + i + ",CONSTRUCTION,Jiangsu,Nanjing,5000000.00,B\n");
            }
        }
        return file;
    }

    private static Path writeGrades(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,standard,yield_min_mpa,tensile_min_mpa,tensile_max_mpa,c_max,mn_max\n");
            for (String grade : GRADES) {
                out.write(grade + ",GB/T 700-2006,235,370,500,0.20,1.40\n");
            }
        }
        return file;
    }

    /** Orders of one to four lines each, plausible sizes, weights and prices. */
    private static Path writeOrders(Path file, String run, int customers, int lines) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        LocalDate start = LocalDate.of(2024, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("order_number,customer_code,order_date,line_number,form,grade_code,thickness_mm,width_mm,"
                    + "tonnes,due_date,price_cny_per_t\n");
            int written = 0;
            for (int order = 0; written < lines; order++) {
                String number = "B" + run + "-" + order;
                String customer = "B" + run + "C" + random.nextInt(customers);
                LocalDate date = start.plusDays(random.nextInt(1000));
                int lineCount = Math.min(1 + random.nextInt(4), lines - written);
                for (int line = 1; line <= lineCount; line++, written++) {
                    int kind = random.nextInt(GRADES.length);
                    boolean round = FORMS[kind].equals("REBAR");
                    out.write(number + ',' + customer + ',' + date + ',' + line + ',' + FORMS[kind] + ',' + GRADES[kind]
                            + ',' + (round ? 6 + 2 * random.nextInt(17) + ".00" : (15 + random.nextInt(200)) / 10.0)
                            + ',' + (round ? "" : Integer.toString(1000 + 50 * random.nextInt(21))) + ','
                            + (10 + random.nextInt(500)) / 10.0 + ',' + date.plusDays(21 + random.nextInt(35)) + ','
                            + (3600 + random.nextInt(1400)) + ".00\n");
                }
            }
        }
        return file;
    }

    /**
     * The baseline: the same file into copies of SALES_ORDER and ORDER_LINE (same columns, keys
     * and references), parsed by splitting at commas, inserted in JDBC batches in one transaction.
     */
    private static void rawInsert(Connection connection, Path file) {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE BENCH_SALES_ORDER (ID BIGINT NOT NULL PRIMARY KEY, VERSION BIGINT NOT NULL,"
                    + " ORDER_NUMBER VARCHAR(32) NOT NULL UNIQUE, CUSTOMER_ID BIGINT NOT NULL REFERENCES CUSTOMER (ID),"
                    + " ORDER_DATE DATE NOT NULL, STATUS VARCHAR(16) NOT NULL)");
            ddl.execute("CREATE TABLE BENCH_ORDER_LINE (ID BIGINT NOT NULL PRIMARY KEY, VERSION BIGINT NOT NULL,"
                    + " ORDER_ID BIGINT NOT NULL REFERENCES BENCH_SALES_ORDER (ID), LINE_NUMBER INTEGER NOT NULL,"
                    + " FORM VARCHAR(20) NOT NULL, GRADE_ID BIGINT NOT NULL REFERENCES STEEL_GRADE (ID),"
                    + " THICKNESS_MM DECIMAL(8,2) NOT NULL, WIDTH_MM DECIMAL(8,1), TONNES DECIMAL(12,3) NOT NULL,"
                    + " DUE_DATE DATE NOT NULL, PRICE_CNY_PER_T DECIMAL(12,2) NOT NULL, STATUS VARCHAR(16) NOT NULL,"
                    + " UNIQUE (ORDER_ID, LINE_NUMBER))");
            Map<String, Long> customers = ids(connection, "SELECT CODE, ID FROM CUSTOMER");
            Map<String, Long> grades = ids(connection, "SELECT CODE, ID FROM STEEL_GRADE");
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    PreparedStatement orders = connection.prepareStatement(
                            "INSERT INTO BENCH_SALES_ORDER VALUES (?, 1, ?, ?, ?, 'OPEN')");
                    PreparedStatement lines = connection.prepareStatement(
                            "INSERT INTO BENCH_ORDER_LINE VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')")) {
                in.readLine();
                long id = 0;
                long orderId = 0;
                String lastOrder = null;
                int pending = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(",", -1);
                    if (!f[0].equals(lastOrder)) {
                        lastOrder = f[0];
                        orderId = ++id;
                        orders.setLong(1, orderId);
                        orders.setString(2, f[0]);
                        orders.setLong(3, customers.get(f[1]));
                        orders.setDate(4, Date.valueOf(LocalDate.parse(f[2])));
                        orders.addBatch();
                    }
                    lines.setLong(1, ++id);
                    lines.setLong(2, orderId);
                    lines.setInt(3, Integer.parseInt(f[3]));
                    lines.setString(4, f[4]);
                    lines.setLong(5, grades.get(f[5]));
                    lines.setBigDecimal(6, new BigDecimal(f[6]));
                    lines.setBigDecimal(7, f[7].isEmpty() ? null : new BigDecimal(f[7]));
                    lines.setBigDecimal(8, new BigDecimal(f[8]));
                    lines.setDate(9, Date.valueOf(LocalDate.parse(f[9])));
                    lines.setBigDecimal(10, new BigDecimal(f[10]));
                    lines.addBatch();
                    if (++pending == BATCH) {
                        orders.executeBatch();
                        lines.executeBatch();
                        pending = 0;
                    }
                }
                orders.executeBatch();
                lines.executeBatch();
            }
            ddl.execute("DROP TABLE BENCH_ORDER_LINE");
            ddl.execute("DROP TABLE BENCH_SALES_ORDER");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Raw JDBC insert failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> ids(Connection connection, String query) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }
}
