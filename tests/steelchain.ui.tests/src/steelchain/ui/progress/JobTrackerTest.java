package steelchain.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import steelchain.core.event.JobRun;
import steelchain.ui.progress.JobTracker.Progress;

/** The tracker on the real job manager, with jobs that wait for the test to let them go on. */
class JobTrackerTest {

    private final List<JobRun> finished = new CopyOnWriteArrayList<>();
    private final JobTracker tracker = new JobTracker(finished::add, Clock.systemUTC());
    private final IJobManager jobs = Job.getJobManager();

    @BeforeEach
    void install() {
        jobs.setProgressProvider(tracker);
        jobs.addJobChangeListener(tracker.jobListener());
    }

    @AfterEach
    void uninstall() {
        jobs.removeJobChangeListener(tracker.jobListener());
        jobs.setProgressProvider(null);
    }

    /**
     * The {@code index}-th run recorded. The job manager tells its listeners that a job is done
     * on the job's thread, which may be after {@code join()} has returned in the test's.
     */
    private JobRun finished(int index) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (finished.size() <= index && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return finished.get(index);
    }

    /** A job that reports half its work, then waits until released or cancelled. */
    private static final class HalfwayJob extends Job {
        final CountDownLatch halfway = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final IStatus result;

        HalfwayJob(String name, IStatus result) {
            super(name);
            this.result = result;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask("Importing orders", 10);
            monitor.worked(5);
            halfway.countDown();
            try {
                while (!release.await(10, TimeUnit.MILLISECONDS)) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result;
        }
    }

    @Test
    void showsProgressOfRunningUserJobsAndRecordsHowTheyEnd() throws Exception {
        HalfwayJob job = new HalfwayJob("Import orders", Status.OK_STATUS);
        job.setUser(true);
        job.schedule();
        assertTrue(job.halfway.await(10, TimeUnit.SECONDS));
        List<Progress> running = tracker.running();
        assertEquals(1, running.size());
        assertEquals(50, running.get(0).percent());
        assertEquals("Import orders \u2013 Importing orders (50%)", ProgressText.describe(running, Locale.ENGLISH));
        job.release.countDown();
        job.join();
        JobRun run = finished(0);
        assertEquals(List.of(), tracker.running());
        assertEquals(JobRun.Outcome.SUCCEEDED, run.outcome());
        assertEquals(JobRun.ORIGIN_DESKTOP, run.origin());
        assertEquals("Import orders", run.job());
    }

    @Test
    void cancellingTheJobRecordsACancelledRunAndFailuresKeepTheirMessage() throws Exception {
        HalfwayJob cancelled = new HalfwayJob("Plan heats", Status.OK_STATUS);
        cancelled.schedule();
        assertTrue(cancelled.halfway.await(10, TimeUnit.SECONDS));
        tracker.running().get(0).job().cancel();
        cancelled.join();

        HalfwayJob failing = new HalfwayJob("Export", Status.error("disk full"));
        failing.schedule();
        assertTrue(failing.halfway.await(10, TimeUnit.SECONDS));
        failing.release.countDown();
        failing.join();

        assertEquals(JobRun.Outcome.CANCELLED, finished(0).outcome());
        assertEquals(JobRun.Outcome.FAILED, finished(1).outcome());
        assertEquals("disk full", finished(1).message());
    }

    @Test
    void systemJobsAreNotShown() throws Exception {
        HalfwayJob system = new HalfwayJob("Refresh cache", Status.OK_STATUS);
        system.setSystem(true);
        system.schedule();
        assertTrue(system.halfway.await(10, TimeUnit.SECONDS));
        assertEquals(List.of(), tracker.running());
        system.release.countDown();
        system.join();
        assertEquals(List.of(), finished);
        assertEquals("Ready", ProgressText.describe(List.of(), Locale.ENGLISH));
        assertEquals("就绪", ProgressText.describe(List.of(), Locale.SIMPLIFIED_CHINESE));
    }
}
