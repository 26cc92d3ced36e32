package steelchain.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.demo.DemoContribution;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.Plant;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/**
 * The {@code demo-data} job as the batch runner finds it in the OSGi runtime: its options, what it
 * says when no database is installed (the persistence bundle stopped), and, against an in-memory
 * data store ranked above the product's, how it writes and how it takes everything out again when
 * it cannot finish. The product smoke test runs it against the real database. The modules' own
 * demo contributions are stopped here: they would not work on the in-memory store; the tests
 * register contributions of their own instead.
 */
class DemoDataJobTest {

    private final BundleContext context = FrameworkUtil.getBundle(DemoDataJobTest.class).getBundleContext();
    private ServiceTracker<BatchJob, BatchJob> jobs;
    private ServiceRegistration<DataStore> registration;
    private final List<ServiceRegistration<DemoContribution>> contributions = new ArrayList<>();
    private final List<Bundle> stoppedModules = new ArrayList<>();

    @BeforeEach
    void openJobs() throws Exception {
        for (ServiceReference<DemoContribution> installed : context.getServiceReferences(DemoContribution.class, null)) {
            Bundle module = installed.getBundle();
            // null: the service went away meanwhile, e.g. while the persistence bundle restarts.
            if (module != null && !stoppedModules.contains(module)) {
                module.stop();
                stoppedModules.add(module);
            }
        }
        jobs = new ServiceTracker<>(context, BatchJob.class, null);
        jobs.open();
    }

    @AfterEach
    void closeJobs() throws Exception {
        if (registration != null) {
            registration.unregister();
        }
        contributions.forEach(ServiceRegistration::unregister);
        jobs.close();
        for (Bundle module : stoppedModules) {
            module.start();
        }
    }

    /** A module's share of the demo that writes nothing and records what the job asked of it. */
    private final class RecordingContribution implements DemoContribution {
        final String name;
        final int order;
        final List<String> calls;
        final RuntimeException failure;
        long customersWhenFilled = -1;

        RecordingContribution(String name, int order, List<String> calls, RuntimeException failure) {
            this.name = name;
            this.order = order;
            this.calls = calls;
            this.failure = failure;
            contributions.add(context.registerService(DemoContribution.class, this, null));
        }

        @Override
        public String description(Locale locale) {
            return name;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public String fill(DataStore store, long seed, LocalDate today, Locale locale, IProgressMonitor monitor) {
            calls.add("fill " + name + " seed " + seed);
            customersWhenFilled = ((FakeDataStore) store).count(Customer.class);
            if (failure != null) {
                throw failure;
            }
            return name + " added";
        }

        @Override
        public void remove(DataStore store) {
            calls.add("remove " + name);
        }
    }

    private BatchJob job() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (BatchJob job : jobs.getTracked().values()) {
                if (job.name().equals("demo-data")) {
                    return job;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no demo-data job registered");
    }

    private FakeDataStore installDatabase() {
        FakeDataStore store = new FakeDataStore();
        // Ranked above the product's own store, which the job would otherwise keep using.
        registration = context.registerService(DataStore.class, store,
                FrameworkUtil.asDictionary(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE)));
        return store;
    }

    private JobResult run(Locale locale, String... options) throws Exception {
        BatchJob job = job();
        return job.run(JobArgumentParser.parse(job, List.of(options), locale), new NullProgressMonitor());
    }

    @Test
    void isListedWithItsOptionsInBothLanguages() throws Exception {
        BatchJob job = job();
        assertTrue(job.description(Locale.ENGLISH).startsWith("Fill an empty database"));
        assertTrue(job.description(Locale.SIMPLIFIED_CHINESE).startsWith("向空数据库装入"));
        List<JobOption> options = job.options(Locale.ENGLISH);
        assertEquals(List.of("seed", "years", "customers"), options.stream().map(JobOption::name).toList());
        assertEquals(List.of("42", "3", "2000"), options.stream().map(JobOption::defaultValue).toList());
        assertEquals("number of customers, 1 to 100,000", options.get(2).help());
    }

    @Test
    void optionsOutsideTheirRangeAreUsageErrors() throws Exception {
        installDatabase();
        assertEquals("Option --years must be between 1 and 10; 0 is outside that range.",
                assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "--years", "0")).getMessage());
        assertEquals("Option --customers must be between 1 and 100,000; 100,001 is outside that range.",
                assertThrows(UsageException.class, () -> run(Locale.ENGLISH, "--customers", "100001")).getMessage());
        assertEquals("选项 --years 的取值必须在 1 到 10 之间，11 超出了范围。",
                assertThrows(UsageException.class, () -> run(Locale.SIMPLIFIED_CHINESE, "--years", "11")).getMessage());
    }

    @Test
    void saysThatNoDatabaseIsInstalled() throws Exception {
        Bundle persistence = List.of(context.getBundles()).stream()
                .filter(b -> "steelchain.persistence".equals(b.getSymbolicName())).findFirst().orElseThrow();
        persistence.stop();
        try {
            assertNull(context.getServiceReference(DataStore.class), "the persistence bundle is stopped");
            JobResult result = run(Locale.ENGLISH, "--customers", "10");
            assertFalse(result.succeeded());
            assertTrue(result.summary().get(0).startsWith("No database is installed"), result.summary()::toString);
            assertTrue(run(Locale.SIMPLIFIED_CHINESE).summary().get(0).startsWith("没有安装数据库"));
        } finally {
            persistence.start();
        }
    }

    @Test
    void writesMasterDataAtOnceAndOrdersInTransactionsOfAtMostTwoThousand() throws Exception {
        FakeDataStore store = installDatabase();
        JobResult result = run(Locale.ENGLISH, "--seed", "7", "--years", "1", "--customers", "400");

        assertTrue(result.succeeded(), result.summary()::toString);
        assertEquals(400, store.count(Customer.class));
        assertEquals(18, store.count(SteelGrade.class));
        assertEquals(2, store.count(Plant.class));
        long orders = store.count(SalesOrder.class);
        assertTrue(orders > DemoDataJob.ORDERS_PER_TRANSACTION, "orders: " + orders);
        assertTrue(store.ordersPerTransaction.stream().allMatch(n -> n <= DemoDataJob.ORDERS_PER_TRANSACTION),
                store.ordersPerTransaction::toString);
        assertEquals(orders, store.ordersPerTransaction.stream().mapToLong(Integer::longValue).sum());
        assertEquals(1 + store.ordersPerTransaction.size(), store.transactions, "one transaction for master data");

        List<String> summary = result.summary();
        assertTrue(summary.get(0).startsWith("Demo data loaded (seed 7): 400 customers with "), summary::toString);
        assertEquals("Products: 18 steel grades, 20 product specifications", summary.get(1));
        assertTrue(summary.get(2).startsWith("Works: 2 plants with 26 work centres, 15 warehouses"), summary::toString);
        assertTrue(summary.get(3).startsWith("Orders: %,d with ".formatted(orders)), summary::toString);
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsCustomers() throws Exception {
        FakeDataStore store = installDatabase();
        store.store(new Customer("K001", "江苏华建钢构有限公司", Industry.CONSTRUCTION));
        JobResult result = run(Locale.ENGLISH, "--customers", "10");
        assertFalse(result.succeeded());
        assertTrue(result.summary().get(0).startsWith("The database is not empty: it already holds data (customers: 1)."),
                result.summary()::toString);
        assertEquals(0, store.transactions, "nothing written");
        assertEquals(1, store.totalRows());
    }

    @Test
    void takesOutWhatItWroteWhenATransactionFails() throws Exception {
        FakeDataStore store = installDatabase();
        store.failingTransaction = 3;
        JobResult result = run(Locale.ENGLISH, "--seed", "7", "--years", "1", "--customers", "400");
        assertFalse(result.succeeded());
        assertEquals("Loading the demo data failed: disk full. Everything it had written was removed again; "
                + "the database is empty as before.", result.summary().get(0));
        assertEquals(0, store.totalRows());
    }

    @Test
    void takesOutWhatItWroteWhenCancelled() throws Exception {
        FakeDataStore store = installDatabase();
        BatchJob job = job();
        JobArguments arguments = JobArgumentParser.parse(job, List.of("--years", "1", "--customers", "400"),
                Locale.ENGLISH);
        NullProgressMonitor cancelsInTheEighthMonth = new NullProgressMonitor() {
            private int months;

            @Override
            public void subTask(String name) {
                if (name.startsWith("Writing the orders of") && ++months == 8) {
                    setCanceled(true);
                }
            }
        };
        assertThrows(OperationCanceledException.class, () -> job.run(arguments, cancelsInTheEighthMonth));
        assertTrue(store.transactions > 1, "master data and some orders were written before the cancel");
        assertEquals(0, store.totalRows());
    }

    @Test
    void addsEachInstalledModulesShareAfterTheCompanyInTheirOrder() throws Exception {
        FakeDataStore store = installDatabase();
        List<String> calls = new ArrayList<>();
        RecordingContribution quotes = new RecordingContribution("quotes", 20, calls, null);
        new RecordingContribution("price list", 10, calls, null);

        JobResult result = run(Locale.ENGLISH, "--seed", "7", "--years", "1", "--customers", "50");

        assertTrue(result.succeeded(), result.summary()::toString);
        assertEquals(List.of("fill price list seed 7", "fill quotes seed 7"), calls);
        assertEquals(50, quotes.customersWhenFilled, "the company is written before the modules add theirs");
        List<String> summary = result.summary();
        assertEquals(List.of("price list added", "quotes added"), summary.subList(summary.size() - 2, summary.size()));
    }

    @Test
    void takesOutTheModulesSharesToo() throws Exception {
        FakeDataStore store = installDatabase();
        List<String> calls = new ArrayList<>();
        new RecordingContribution("price list", 10, calls, null);
        new RecordingContribution("quotes", 20, calls, new IllegalStateException("no customer grade"));

        JobResult result = run(Locale.ENGLISH, "--seed", "7", "--years", "1", "--customers", "50");

        assertFalse(result.succeeded());
        assertEquals("Loading the demo data failed: no customer grade. Everything it had written was removed again; "
                + "the database is empty as before.", result.summary().get(0));
        assertEquals(List.of("fill price list seed 7", "fill quotes seed 7", "remove quotes", "remove price list"),
                calls, "a module that failed half-way removes what it wrote, the last module first");
        assertEquals(0, store.totalRows());
    }
}
