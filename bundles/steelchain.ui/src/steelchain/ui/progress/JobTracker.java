package steelchain.ui.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

import steelchain.core.event.JobRun;
import steelchain.ui.jobs.DesktopJobs;

/**
 * Follows the Eclipse Jobs that users start (system jobs are left out): what is running, how far
 * it has got, and how each run ended. The progress area shows it; finished runs go to a listener
 * so that the monitor records desktop runs next to batch runs.
 */
public final class JobTracker extends ProgressProvider {

    /** One running job as the progress area shows it. */
    public record Progress(Job job, String name, String task, int percent) {
        /** {@code percent} when the job has not said how much work there is. */
        public static final int UNKNOWN = -1;
    }

    private final Map<Job, TrackingMonitor> running = new LinkedHashMap<>();
    private final Map<Job, Instant> started = new LinkedHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final Consumer<JobRun> finishedRuns;
    private final Clock clock;

    private final JobChangeAdapter jobListener = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (tracked(event.getJob())) {
                synchronized (JobTracker.this) {
                    started.put(event.getJob(), clock.instant());
                }
                changed();
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (tracked(event.getJob())) {
                finished(event.getJob(), event.getResult());
            }
        }
    };

    public JobTracker(Consumer<JobRun> finishedRuns, Clock clock) {
        this.finishedRuns = finishedRuns;
        this.clock = clock;
    }

    /** The listener to add to the job manager. */
    public JobChangeAdapter jobListener() {
        return jobListener;
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        if (!tracked(job)) {
            return new NullProgressMonitor();
        }
        TrackingMonitor monitor = new TrackingMonitor(job);
        synchronized (this) {
            running.put(job, monitor);
        }
        return monitor;
    }

    /** The user jobs running now, oldest first. */
    public synchronized List<Progress> running() {
        List<Progress> progress = new ArrayList<>();
        for (TrackingMonitor monitor : running.values()) {
            if (started.containsKey(monitor.job)) {
                progress.add(monitor.progress());
            }
        }
        return progress;
    }

    void finished(Job job, IStatus result) {
        Instant start;
        synchronized (this) {
            running.remove(job);
            start = started.remove(job);
        }
        if (start != null) {
            JobRun.Outcome outcome = result == null || result.isOK() || result.getSeverity() == IStatus.INFO
                    || result.getSeverity() == IStatus.WARNING ? JobRun.Outcome.SUCCEEDED
                    : result.getSeverity() == IStatus.CANCEL ? JobRun.Outcome.CANCELLED : JobRun.Outcome.FAILED;
            String message = outcome == JobRun.Outcome.FAILED && result != null ? result.getMessage() : "";
            Object batchJob = job.getProperty(DesktopJobs.BATCH_JOB);
            String name = batchJob instanceof String batchName ? batchName : job.getName();
            finishedRuns.accept(new JobRun(name, JobRun.ORIGIN_DESKTOP, start,
                    Duration.between(start, clock.instant()), outcome, message));
        }
        changed();
    }

    private static boolean tracked(Job job) {
        return !job.isSystem();
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** Records what a job reports about its progress; cancelling it cancels the job. */
    private final class TrackingMonitor extends NullProgressMonitor {
        private final Job job;
        private volatile String task = "";
        private volatile String subTask = "";
        private volatile int total = IProgressMonitor.UNKNOWN;
        private volatile double worked;

        TrackingMonitor(Job job) {
            this.job = job;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            task = name == null ? "" : name;
            total = totalWork;
            changed();
        }

        @Override
        public void setTaskName(String name) {
            task = name == null ? "" : name;
            changed();
        }

        @Override
        public void subTask(String name) {
            subTask = name == null ? "" : name;
            changed();
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
            changed();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        Progress progress() {
            int percent = total > 0 ? (int) Math.min(100, worked * 100 / total) : Progress.UNKNOWN;
            String detail = subTask.isEmpty() ? task : task.isEmpty() ? subTask : task + ": " + subTask;
            return new Progress(job, job.getName(), detail, percent);
        }
    }
}
