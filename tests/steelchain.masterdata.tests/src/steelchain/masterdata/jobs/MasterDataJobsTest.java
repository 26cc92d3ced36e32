package steelchain.masterdata.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.masterdata.TestFiles;
import steelchain.masterdata.store.TestDatabase;

/** The import and export jobs as DS services, run as the batch runner runs them, against a registered data store. */
class MasterDataJobsTest {

    private static final String CUSTOMERS = "code,name,industry,province,city,credit_limit_cny,grade";

    @TempDir
    Path folder;

    private final BundleContext context = FrameworkUtil.getBundle(MasterDataJobsTest.class).getBundleContext();
    private TestDatabase db;
    private ServiceRegistration<DataStore> registration;

    @BeforeEach
    void registerDataStore() {
        db = new TestDatabase();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        registration = context.registerService(DataStore.class, db, properties);
    }

    @AfterEach
    void unregisterDataStore() {
        registration.unregister();
        db.close();
    }

    private BatchJob job(String name) {
        ServiceTracker<BatchJob, BatchJob> tracker = new ServiceTracker<>(context, BatchJob.class, null);
        tracker.open();
        try {
            tracker.waitForService(10_000);
            return tracker.getTracked().values().stream().filter(j -> j.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no batch job " + name));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private static JobResult run(BatchJob job, Locale locale, String... options) throws Exception {
        return job.run(JobArgumentParser.parse(job, List.of(options), locale), new NullProgressMonitor());
    }

    @Test
    void importsAndReportsWhatItDidInEnglishAndChinese() throws Exception {
        Path file = TestFiles.utf8(folder, "customers.csv", CUSTOMERS, "C001,宝钢,AUTOMOTIVE,上海,上海,100,A",
                "C002,鞍钢,CONSTRUCTION,,,0,B");

        JobResult first = run(job("import"), Locale.ENGLISH, "--kind", "customers", "--file", file.toString());
        assertTrue(first.succeeded(), first.summary()::toString);
        assertTrue(first.summary().get(0).startsWith("Imported customers from " + file + " (UTF-8, comma-separated): 2 rows in "),
                first.summary().get(0));
        assertEquals("Customers: 2 created, 0 updated, 0 unchanged.", first.summary().get(1));

        JobResult second = run(job("import"), Locale.SIMPLIFIED_CHINESE, "--kind", "customers", "--file",
                file.toString(), "--dry-run");
        assertTrue(second.summary().get(0).startsWith("试运行，未写入：" + file + "（UTF-8，逗号分隔）中的客户，2 行有效"),
                second.summary().get(0));
        assertEquals("客户：将新建 0，将更新 0，未变 2。", second.summary().get(1));
    }

    @Test
    void failsOnInvalidRowsAndPrintsTheFirstErrorsWithFileRowAndColumn() throws Exception {
        Path customers = TestFiles.gbk(folder, "customers.csv", "客户编码\t客户名称\t行业\t信用额度\t客户等级",
                "C001\t宝钢\tAUTOMOTIVE\t100\tA");
        assertTrue(run(job("import"), Locale.ENGLISH, "--kind", "customers", "--file", customers.toString(),
                "--encoding", "gbk", "--delimiter", "tab").succeeded());
        Path orders = TestFiles.utf8(folder, "orders.csv",
                "order_number,customer_code,order_date,line_number,form,grade_code,thickness_mm,width_mm,tonnes,"
                        + "due_date,price_cny_per_t",
                "SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,-5,2026-04-01,4000",
                "SO-1,C009,2026-03-05,2,REBAR,Q235B,16,,10,2026-03-01,4000");

        JobResult result = run(job("import"), Locale.ENGLISH, "--kind", "orders", "--file", orders.toString(),
                "--errors", "3");

        assertFalse(result.succeeded());
        assertEquals(List.of("orders.csv: 6 error(s); nothing written.",
                "  orders.csv:2:tonnes: must be greater than 0 (value '-5')",
                "  orders.csv:2:grade_code: no steel grade with this code in the database (value 'Q235B')",
                "  orders.csv:3:customer_code: no customer with this code in the database (value 'C009')",
                "  ... and 3 more error(s) not shown (--errors sets how many are printed)."), result.summary());
        assertEquals(0, db.count("SALES_ORDER"));
    }

    @Test
    void exportsInTheLayoutTheImportReads() throws Exception {
        Path in = TestFiles.utf8(folder, "in.csv", CUSTOMERS, "C001,宝钢,AUTOMOTIVE,上海,上海,100,A");
        run(job("import"), Locale.ENGLISH, "--kind", "customers", "--file", in.toString());
        Path out = folder.resolve("out.csv");

        JobResult result = run(job("export"), Locale.ENGLISH, "--kind", "customers", "--file", out.toString());

        assertTrue(result.succeeded());
        assertTrue(result.summary().get(0).startsWith("Exported 1 customers to " + out + " (UTF-8 with BOM) in "),
                result.summary().get(0));
        assertEquals("\uFEFF" + CUSTOMERS + "\r\nC001,宝钢,AUTOMOTIVE,上海,上海,100.00,A\r\n",
                Files.readString(out));
        JobResult zh = run(job("export"), Locale.SIMPLIFIED_CHINESE, "--kind", "customers", "--file", out.toString(),
                "--encoding", "gbk", "--header", "zh");
        assertTrue(zh.summary().get(0).startsWith("已导出 1 个客户到 " + out + "（GBK），用时 "), zh.summary().get(0));
        assertTrue(TestFiles.read(out, TestFiles.GBK).startsWith("客户编码,客户名称,行业,省份,城市,信用额度(元),客户等级\r\n"));
    }

    @Test
    void optionsAreCheckedBeforeTheJobRuns() {
        UsageException e = assertThrows(UsageException.class,
                () -> JobArgumentParser.parse(job("import"), List.of("--kind", "suppliers", "--file", "x.csv"),
                        Locale.ENGLISH));
        assertEquals("Option --kind does not accept 'suppliers'. Valid values: customers, grades, orders.",
                e.getMessage());
        assertThrows(UsageException.class, () -> JobArgumentParser.parse(job("import"),
                List.of("--kind", "orders", "--file", "x.csv", "--encoding", "latin1"), Locale.ENGLISH));
        assertThrows(UsageException.class,
                () -> JobArgumentParser.parse(job("export"), List.of("--kind", "orders"), Locale.ENGLISH));
    }

    @Test
    void withoutADatabaseTheJobsSayWhy() throws Exception {
        for (BatchJob job : List.of(new ImportJob(), new ExportJob())) {
            JobResult result = run(job, Locale.ENGLISH, "--kind", "orders", "--file", "x.csv");
            assertFalse(result.succeeded());
            assertEquals(List.of("No database: the persistence module is not installed or has not started."),
                    result.summary());
        }
    }
}
