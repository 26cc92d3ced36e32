package steelchain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;
import steelchain.core.event.JobRun;

/**
 * The batch runner against the jobs that bundles register in the OSGi runtime: the monitor's
 * {@code health} job and one registered by the test.
 */
class BatchRunnerTest {

    private final BundleContext context = FrameworkUtil.getBundle(BatchRunner.class).getBundleContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<JobRun> runs = new ArrayList<>();
    private ServiceTracker<BatchJob, BatchJob> jobs;
    private ServiceRegistration<BatchJob> failingJob;

    /** A job that fails with a reason, or throws, as told; it accepts 1 to 9 rejected rows. */
    private static final class FailingJob implements BatchJob {
        @Override
        public String name() {
            return "always-fails";
        }

        @Override
        public String description(Locale locale) {
            return "fails on purpose";
        }

        @Override
        public List<JobOption> options(Locale locale) {
            return List.of(JobOption.of("throw", OptionType.FLAG, "throw instead of reporting"),
                    JobOption.of("rows", OptionType.INTEGER, "rows to reject, 1 to 9").withDefault("3"));
        }

        @Override
        public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws UsageException {
            long rows = arguments.integer("rows");
            if (rows < 1 || rows > 9) {
                throw new UsageException("Option --rows must be between 1 and 9, not " + rows + ".");
            }
            monitor.beginTask("Failing", 2);
            monitor.worked(1);
            if (arguments.flag("throw")) {
                throw new IllegalStateException("disk full");
            }
            return JobResult.failed(List.of(rows + " rows rejected"));
        }
    }

    @BeforeEach
    void openJobs() throws InterruptedException {
        jobs = new ServiceTracker<>(context, BatchJob.class, null);
        jobs.open();
        failingJob = context.registerService(BatchJob.class, new FailingJob(), null);
        waitForHealth();
    }

    @AfterEach
    void closeJobs() {
        failingJob.unregister();
        jobs.close();
    }

    private void waitForHealth() throws InterruptedException {
        for (int i = 0; i < 100 && jobNames().stream().noneMatch("health"::equals); i++) {
            Thread.sleep(50);
        }
    }

    private List<String> jobNames() {
        return jobs.getTracked().values().stream().map(BatchJob::name).toList();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        BatchRunner runner = new BatchRunner(() -> List.copyOf(jobs.getTracked().values()), runs::add,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Locale.ENGLISH, Clock.systemUTC());
        return runner.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsEveryInstalledJobOnOneLineEach() {
        assertEquals(BatchRunner.EXIT_OK, run("--list"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("health ") && l.contains("Check the platform's health")),
                out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("always-fails ")), out());
        assertEquals(jobNames().size(), lines.size());
    }

    @Test
    void runsHealthWithProgressOnStderrAndSummaryOnStdout() {
        assertEquals(BatchRunner.EXIT_OK, run("health", "--runs", "2"));
        assertTrue(out().startsWith("Health: OK"), out());
        assertTrue(err().contains("[100%] Checking platform health"), err());
        JobRun last = runs.get(runs.size() - 1);
        assertEquals("health", last.job());
        assertEquals(JobRun.ORIGIN_BATCH, last.origin());
        assertEquals(JobRun.Outcome.SUCCEEDED, last.outcome());
    }

    @Test
    void showsAJobsOptions() {
        assertEquals(BatchRunner.EXIT_OK, run("health", "--help"));
        assertTrue(out().contains("--runs <whole number>"), out());
        assertTrue(out().contains("(default: 10)"), out());
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsValid() {
        assertEquals(BatchRunner.EXIT_USAGE, run());
        assertTrue(err().contains("steelchain batch --list"), err());

        assertEquals(BatchRunner.EXIT_USAGE, run("no-such-job"));
        assertTrue(err().contains("Unknown job 'no-such-job'") && err().contains("health"), err());

        assertEquals(BatchRunner.EXIT_USAGE, run("health", "--colour", "red"));
        assertTrue(err().contains("--colour") && err().contains("--runs, --errors"), err());

        assertEquals(BatchRunner.EXIT_USAGE, run("health", "--runs", "many"));
        assertTrue(err().contains("'many' is not a valid whole number"), err());

        assertEquals(BatchRunner.EXIT_USAGE, run("always-fails", "--rows", "12"));
        assertTrue(err().contains("Option --rows must be between 1 and 9, not 12.")
                && err().contains("steelchain batch always-fails --help"), err());
        assertFalse(err().contains("failed"), err());

        assertEquals(BatchRunner.EXIT_USAGE, run("--list", "extra"));
        assertEquals(BatchRunner.EXIT_USAGE, run("--verbose"));
        assertTrue(runs.isEmpty(), "a usage error runs no job");
    }

    @Test
    void aFailingJobExitsWithOneAndIsRecorded() {
        assertEquals(BatchRunner.EXIT_JOB_FAILED, run("always-fails"));
        assertTrue(out().contains("3 rows rejected"));
        assertTrue(err().contains("Job 'always-fails' failed: 3 rows rejected"), err());
        assertEquals(JobRun.Outcome.FAILED, runs.get(runs.size() - 1).outcome());

        assertEquals(BatchRunner.EXIT_JOB_FAILED, run("always-fails", "--throw"));
        assertTrue(err().contains("disk full"), err());
        assertEquals("disk full", runs.get(runs.size() - 1).message());
    }

    @Test
    void aStoppedModuleTakesItsJobsAlong() throws Exception {
        Bundle monitor = List.of(context.getBundles()).stream()
                .filter(b -> "steelchain.monitor".equals(b.getSymbolicName())).findFirst().orElseThrow();
        monitor.stop();
        try {
            assertEquals(BatchRunner.EXIT_OK, run("--list"));
            assertFalse(out().contains("health"), out());
            assertEquals(BatchRunner.EXIT_USAGE, run("health"));
            assertTrue(err().contains("Unknown job 'health'"), err());
        } finally {
            monitor.start();
        }
        waitForHealth();
        assertEquals(BatchRunner.EXIT_OK, run("--list"));
        assertTrue(out().contains("health"), out());
    }
}
