package steelchain.marketing.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobResult;
import steelchain.marketing.sales.SalesFixture;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.sales.SalesRecordType;

/** The {@code import-orders} job on a drop folder: a good file confirmed, bad files rejected whole with their errors. */
class ImportOrdersJobTest {

    private static final String HEADER = "order_number,customer_code,order_date,line_number,form,grade_code,"
            + "thickness_mm,width_mm,tonnes,due_date,price_cny_per_t";

    @TempDir
    Path folder;

    private final SalesFixture fixture = new SalesFixture(new BigDecimal("50000000.00"));
    private final LocalDate today = LocalDate.now();

    private BatchJob job() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ImportOrdersJobTest.class).getBundleContext();
        ServiceTracker<BatchJob, BatchJob> jobs = new ServiceTracker<>(context, BatchJob.class, null);
        jobs.open();
        try {
            for (int i = 0; i < 200; i++) {
                for (BatchJob job : jobs.getTracked().values()) {
                    if (job.name().equals("import-orders")) {
                        return job;
                    }
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no import-orders job registered");
        } finally {
            jobs.close();
        }
    }

    private JobResult run(String... options) throws Exception {
        BatchJob job = job();
        return job.run(JobArgumentParser.parse(job, List.of(options), Locale.ENGLISH), new NullProgressMonitor());
    }

    private String row(String order, int line, String tonnes) {
        return String.join(",", order, fixture.customer, today.toString(), Integer.toString(line), "HOT_ROLLED_COIL",
                fixture.grade, "2.5", "1250", tonnes, today.plusDays(20).toString(), "4100");
    }

    private Path write(String name, String... rows) throws Exception {
        return Files.writeString(folder.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
    }

    private List<String> orderNumbers() {
        return fixture.loop.records(SalesRecordType.ORDER, fixture.customer, false, today).stream()
                .map(SalesRecordRow::number).sorted().toList();
    }

    @Test
    void confirmsAGoodFileAndRejectsBadOnesWhole() throws Exception {
        String contract = fixture.contract("1000", "wang.fang");
        String a = SalesFixture.unique("WEB");
        String b = SalesFixture.unique("WEB");
        String c = SalesFixture.unique("WEB");
        String d = SalesFixture.unique("WEB");
        write(contract + "_good.csv", row(a, 1, "25.5"), row(a, 2, "30"), row(b, 1, "12"));
        write(contract + "_bad.csv", row(c, 1, "20"), row(d, 1, "-5"));
        write(contract + "_toomuch.txt", row(c, 1, "900"), row(d, 1, "100"));
        Files.writeString(folder.resolve("notes.md"), "not an order file");

        JobResult result = run("--folder", folder.toString());

        assertFalse(result.succeeded(), "two files rejected");
        assertEquals("3 file(s) in " + folder + ": 1 imported (2 orders, 67.5 t), 2 rejected.", result.summary().get(0));
        assertEquals(List.of(a, b).stream().sorted().toList(), orderNumbers(), "only the good file's orders");
        assertTrue(Files.exists(folder.resolve("processed").resolve(contract + "_good.csv")));
        assertTrue(Files.exists(folder.resolve("notes.md")), "other files are left alone");

        Path bad = folder.resolve("rejected").resolve(contract + "_bad.csv");
        assertTrue(Files.exists(bad));
        assertEquals(List.of(contract + "_bad.csv:3:tonnes: must be greater than 0 (value '-5')"),
                Files.readAllLines(bad.resolveSibling(contract + "_bad.csv.errors.txt")));
        assertEquals(List.of(contract + "_toomuch.txt:3:order_number: Rule 'orders within the contract's tonnes' "
                + "broken by order " + d + ": orders under contract " + contract + " would come to 1067.500 t, more "
                + "than its 1000.000 t"),
                Files.readAllLines(folder.resolve("rejected").resolve(contract + "_toomuch.txt.errors.txt")));
        assertTrue(result.summary().contains("  " + contract + "_bad.csv rejected:"), result.summary()::toString);

        JobResult again = run("--folder", folder.toString());
        assertTrue(again.succeeded());
        assertEquals("0 file(s) in " + folder + ": 0 imported (0 orders, 0 t), 0 rejected.", again.summary().get(0));
    }

    @Test
    void watchesTheFolderUntilCancelled() throws Exception {
        String contract = fixture.contract("100", "wang.fang");
        String order = SalesFixture.unique("WEB");
        BatchJob job = job();
        NullProgressMonitor monitor = new NullProgressMonitor();
        CompletableFuture<JobResult> run = CompletableFuture.supplyAsync(() -> {
            try {
                return job.run(JobArgumentParser.parse(job, List.of("--folder", folder.toString(), "--watch"),
                        Locale.ENGLISH), monitor);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        // Written under another name and renamed when complete, as senders are asked to.
        Path partial = write(contract + "_late.part", row(order, 1, "8"));
        Files.move(partial, folder.resolve(contract + "_late.csv"));
        Path processed = folder.resolve("processed").resolve(contract + "_late.csv");
        for (int i = 0; i < 600 && !Files.exists(processed); i++) {
            Thread.sleep(50);
        }
        monitor.setCanceled(true);
        JobResult result = run.get(60, TimeUnit.SECONDS);
        assertTrue(Files.exists(processed), "the dropped file was confirmed while watching");
        assertEquals(List.of(order), orderNumbers());
        assertEquals("1 file(s) in " + folder + ": 1 imported (1 orders, 8 t), 0 rejected.", result.summary().get(0));
    }

    @Test
    void rejectsAFileWhoseContractIsUnknown() throws Exception {
        String order = SalesFixture.unique("WEB");
        write("HT-NONE_partner.csv", row(order, 1, "10"));
        JobResult result = run("--folder", folder.toString(), "--channel", "partner");
        assertFalse(result.succeeded());
        List<String> errors = Files.readAllLines(folder.resolve("rejected/HT-NONE_partner.csv.errors.txt"));
        assertEquals(List.of("HT-NONE_partner.csv:1: Rule 'record must exist' broken by contract HT-NONE: "
                + "contract 'HT-NONE' does not exist"), errors);
        assertEquals(List.of(), orderNumbers());
    }
}
