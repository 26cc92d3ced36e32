package steelchain.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobResult;

class DesktopJobsTest {

    /** A batch job that does what the test says. */
    private static BatchJob job(java.util.function.Function<IProgressMonitor, JobResult> work) {
        return new BatchJob() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public String description(Locale locale) {
                return "test";
            }

            @Override
            public JobResult run(JobArguments arguments, IProgressMonitor monitor) {
                return work.apply(monitor);
            }
        };
    }

    private static final JobArguments NO_ARGUMENTS = new JobArguments(Map.of(), Locale.ENGLISH);

    @Test
    void reportsTheResultAndMapsItToTheJobStatus() throws InterruptedException {
        AtomicReference<JobResult> reported = new AtomicReference<>();
        Job ok = DesktopJobs.schedule("Import customers",
                job(m -> JobResult.succeeded(List.of("120 customers created"))), NO_ARGUMENTS, reported::set);
        ok.join();
        assertTrue(ok.isUser());
        assertEquals("test", ok.getProperty(DesktopJobs.BATCH_JOB), "recorded under the batch job's name");
        assertTrue(ok.getResult().isOK());
        assertEquals(List.of("120 customers created"), reported.get().summary());

        Job failed = DesktopJobs.schedule("Import orders",
                job(m -> JobResult.failed(List.of("3 errors", "orders.csv:4:tonnes: not a number"))), NO_ARGUMENTS,
                reported::set);
        failed.join();
        assertEquals(IStatus.ERROR, failed.getResult().getSeverity());
        assertEquals("3 errors", failed.getResult().getMessage());
        assertEquals("orders.csv:4:tonnes: not a number", failed.getResult().getChildren()[0].getMessage());
    }

    @Test
    void aThrowingJobIsAFailureWithItsMessage() throws InterruptedException {
        AtomicReference<JobResult> reported = new AtomicReference<>();
        Job job = DesktopJobs.schedule("Export", job(m -> {
            throw new IllegalStateException("disk full");
        }), NO_ARGUMENTS, reported::set);
        job.join();
        assertFalse(reported.get().succeeded());
        assertEquals("disk full", job.getResult().getMessage());
    }
}
