package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/**
 * {@code segment-customers} in the OSGi runtime against the product's database: a run over the
 * sales orders is stored and the {@link CustomerSegments} service gives it back; a bad file is
 * refused with its places and stores nothing. Customers carry unique codes, so data of other
 * tests in the same database does not matter.
 */
class SegmentCustomersJobTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    private final BundleContext context = FrameworkUtil.getBundle(SegmentCustomersJobTest.class).getBundleContext();
    private ServiceTracker<BatchJob, BatchJob> jobs;
    private ServiceTracker<CustomerSegments, CustomerSegments> segments;
    private ServiceTracker<DataStore, DataStore> stores;

    @TempDir
    Path folder;

    @BeforeEach
    void open() throws Exception {
        jobs = new ServiceTracker<>(context, BatchJob.class, null);
        jobs.open();
        segments = new ServiceTracker<>(context, CustomerSegments.class, null);
        segments.open();
        stores = new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + DataStore.class.getName()
                + ")(steelchain.owners=" + SegmentationModel.OWNER + "))"), null);
        stores.open();
    }

    @AfterEach
    void close() {
        jobs.close();
        segments.close();
        stores.close();
    }

    private BatchJob job() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (BatchJob job : jobs.getTracked().values()) {
                if (job.name().equals("segment-customers")) {
                    return job;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no segment-customers job registered");
    }

    private JobResult run(Locale locale, String... options) throws Exception {
        BatchJob job = job();
        return job.run(JobArgumentParser.parse(job, List.of(options), locale), new NullProgressMonitor());
    }

    private CustomerSegments service() throws InterruptedException {
        CustomerSegments service = segments.waitForService(20_000);
        if (service == null) {
            throw new AssertionError("no CustomerSegments service");
        }
        return service;
    }

    /** Twelve customers: four big recent buyers, four small recent ones, four who stopped a year ago. */
    private String insertCustomers() throws InterruptedException {
        DataStore store = stores.waitForService(20_000);
        if (store == null) {
            throw new AssertionError("no data store with the segmentation's tables");
        }
        String prefix = "RFM" + Long.toString(System.nanoTime(), 36).toUpperCase();
        store.run(em -> {
            SteelGrade grade = new SteelGrade(prefix + "-Q235B", "GB/T 700-2006");
            em.persist(grade);
            int number = 0;
            for (int c = 0; c < 12; c++) {
                Customer customer = new Customer(prefix + "-" + c, "测试客户 " + c, Industry.CONSTRUCTION);
                customer.setCreditLimit(new BigDecimal("1000000.00"));
                em.persist(customer);
                int kind = c / 4;
                int orders = kind == 0 ? 12 : 3;
                for (int o = 0; o < orders; o++) {
                    LocalDate day = REFERENCE.minusDays((kind == 2 ? 400 : 5) + 20L * o + c);
                    SalesOrder order = new SalesOrder(prefix + "-SO" + number++, customer, day);
                    BigDecimal tonnes = new BigDecimal(kind == 0 ? "100.000" : "5.000");
                    order.addLine(ProductForm.PLATE, grade, new BigDecimal("20.00"), new BigDecimal("2000.0"), tonnes,
                            day.plusDays(30), new BigDecimal("4000.00"));
                    order.addLine(ProductForm.PLATE, grade, new BigDecimal("10.00"), new BigDecimal("1500.0"), tonnes,
                            day.plusDays(30), new BigDecimal("4000.00"));
                    em.persist(order);
                }
                if (kind == 0) {
                    // Neither a cancelled order nor a cancelled line counts; the rest of the order does.
                    LocalDate day = REFERENCE.minusDays(2);
                    SalesOrder cancelled = new SalesOrder(prefix + "-SO" + number++, customer, day);
                    cancelled.addLine(ProductForm.PLATE, grade, new BigDecimal("20.00"), new BigDecimal("2000.0"),
                            new BigDecimal("100.000"), day.plusDays(30), new BigDecimal("4000.00"));
                    cancelled.setStatus(OrderStatus.CANCELLED);
                    em.persist(cancelled);
                    SalesOrder reduced = new SalesOrder(prefix + "-SO" + number++, customer, REFERENCE.minusDays(600));
                    reduced.addLine(ProductForm.PLATE, grade, new BigDecimal("20.00"), new BigDecimal("2000.0"),
                            new BigDecimal("100.000"), day.plusDays(30), new BigDecimal("4000.00"))
                            .setStatus(OrderStatus.CANCELLED);
                    reduced.addLine(ProductForm.PLATE, grade, new BigDecimal("20.00"), new BigDecimal("2000.0"),
                            new BigDecimal("2.500"), day.plusDays(30), new BigDecimal("4000.00"));
                    em.persist(reduced);
                    SalesOrder allLinesCancelled = new SalesOrder(prefix + "-SO" + number++, customer,
                            REFERENCE.minusDays(3));
                    allLinesCancelled.addLine(ProductForm.PLATE, grade, new BigDecimal("20.00"),
                            new BigDecimal("2000.0"), new BigDecimal("100.000"), day.plusDays(30),
                            new BigDecimal("4000.00")).setStatus(OrderStatus.CANCELLED);
                    em.persist(allLinesCancelled);
                }
            }
        });
        return prefix;
    }

    @Test
    void aRunOverTheDatabaseIsStoredAndServed() throws Exception {
        String prefix = insertCustomers();
        JobResult result = run(Locale.ENGLISH, "--clusters", "3", "--from", "2023-01-01", "--to", "2025-12-31");
        assertTrue(result.succeeded(), String.join("\n", result.summary()));
        String summary = String.join("\n", result.summary());
        assertTrue(summary.contains("Seconds: read "), summary);
        assertTrue(summary.contains("Inertia "), summary);
        assertTrue(summary.contains("Stored as run SEG-"), summary);

        CustomerSegments service = service();
        CustomerSegments.Run latest = service.latestRun().orElseThrow();
        assertEquals(3, latest.clusters());
        assertEquals(REFERENCE, latest.referenceDate());
        assertEquals(latest.customers(), latest.segments().stream().mapToInt(SegmentTable.Row::customers).sum());
        assertTrue(latest.customers() >= 12);

        CustomerSegments.Entry big = service.currentSegment(prefix + "-0").orElseThrow();
        assertEquals(latest.runCode(), big.runCode());
        assertEquals(13, big.frequency(), "orders, not order lines; not a cancelled one");
        assertEquals(0, new BigDecimal("9610000.00").compareTo(big.monetaryCny()),
                "12 orders x 2 lines x 100 t x 4000 CNY/t, and the line of 2.5 t left of an order");
        assertEquals(5, big.recencyDays(), "last order 5 days before 2026-01-01 (the later ones are cancelled)");
        CustomerSegments.Entry lost = service.currentSegment(prefix + "-8").orElseThrow();
        assertEquals(408, lost.recencyDays());
        assertTrue(lost.segment() == Segment.LOW_VALUE_LOST || lost.segment() == Segment.MID_VALUE_LOST,
                lost.segment().toString());
        assertFalse(service.customers(latest.runCode(), big.segment()).isEmpty());
        CustomerSegments.Entry member = service.customers(latest.runCode(), big.segment()).stream()
                .filter(entry -> entry.customerCode().equals(prefix + "-0")).findFirst().orElseThrow();
        assertEquals("测试客户 0", big.customerName());
        assertEquals("测试客户 0", member.customerName(), "a member is listed with its name");

        JobResult again = run(Locale.ENGLISH, "--clusters", "3", "--from", "2023-01-01", "--to", "2025-12-31");
        assertTrue(again.succeeded(), String.join("\n", again.summary()));
        List<CustomerSegments.Entry> history = service.history(prefix + "-0");
        assertEquals(2, history.size());
        assertEquals(service.latestRun().orElseThrow().runCode(), history.get(0).runCode(), "newest first");
        assertEquals(history.get(0).segment(), history.get(1).segment(), "same data, same seed, same segment");
        assertEquals(Optional.empty(), service.currentSegment(prefix + "-none"));
    }

    @Test
    void aBadFileIsRefusedWithItsPlacesAndStoresNothing() throws Exception {
        Optional<String> before = service().latestRun().map(CustomerSegments.Run::runCode);
        Path file = folder.resolve("orders.csv");
        Files.writeString(file, """
                customer_code,order_date,tonnes,amount_cny
                C100001,2025-01-02,10.000,41000.00
                C100002,2025-01-3,10.000,41000.00
                """, StandardCharsets.UTF_8);
        JobResult result = run(Locale.ENGLISH, "--input", file.toString(), "--clusters", "2", "--save");
        assertFalse(result.succeeded());
        String summary = String.join("\n", result.summary());
        assertTrue(summary.contains(file + ":3:2 (order_date): '2025-01-3' is not a date"), summary);
        assertEquals(before, service().latestRun().map(CustomerSegments.Run::runCode));
    }

    @Test
    void aFileIsSegmentedWithoutStoringUnlessAsked() throws Exception {
        Optional<String> before = service().latestRun().map(CustomerSegments.Run::runCode);
        StringBuilder csv = new StringBuilder("customer_code,order_date,tonnes,amount_cny\n");
        OrderHistory history = SegmentationTest.customers(5);
        CustomerRfm rfm = CustomerRfm.aggregate(history, null, null, REFERENCE);
        for (int i = 0; i < rfm.size(); i++) {
            csv.append(rfm.code(i)).append(",2025-06-01,1.000,")
                    .append(String.format(Locale.ROOT, "%.2f", rfm.monetaryCny(i))).append('\n');
        }
        csv.append("X1,2025-12-31,1.000,10.00\n");
        Path file = folder.resolve("orders.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path output = folder.resolve("segments.csv");
        JobResult result = run(Locale.SIMPLIFIED_CHINESE, "--input", file.toString(), "--clusters", "4", "--output",
                output.toString());
        assertTrue(result.succeeded(), String.join("\n", result.summary()));
        String summary = String.join("\n", result.summary());
        assertTrue(summary.contains("最近购买天数计算到 2026-01-01"), summary);
        assertTrue(summary.contains("未保存"), summary);
        assertEquals(before, service().latestRun().map(CustomerSegments.Run::runCode));
        List<String> lines = Files.readAllLines(output);
        assertEquals(rfm.size() + 2, lines.size());
        assertTrue(lines.get(0).startsWith("customer_code,recency_days,frequency,monetary_cny"));
    }

    @Test
    void optionsOutsideTheirRangeAreUsageErrors() throws Exception {
        UsageException clusters = assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "--clusters", "1"));
        assertEquals("Option --clusters must be between 2 and 20; 1 is outside that range.", clusters.getMessage());
        assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "--months", "6", "--from", "2025-01-01"));
        assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "--from", "2025-06-01", "--to", "2025-01-01"));
    }
}
