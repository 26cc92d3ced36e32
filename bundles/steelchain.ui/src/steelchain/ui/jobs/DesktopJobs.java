package steelchain.ui.jobs;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.FrameworkUtil;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobResult;

/**
 * Runs a batch job from the desktop client as an Eclipse Job: the same code as
 * {@code ./steelchain batch}, with its progress in the status bar's progress area (cancellable)
 * and its run recorded like a batch run.
 */
public final class DesktopJobs {

    /** Job property with the batch job's name, so that the run is recorded under that name. */
    public static final QualifiedName BATCH_JOB = new QualifiedName("steelchain.ui", "batchJob");

    private DesktopJobs() {
    }

    /**
     * Schedules {@code job} with {@code arguments}.
     *
     * @param title      the name shown in the progress area, in the user's language
     * @param onFinished told of the result on the job's thread (use UISynchronize to show it);
     *                   a job that throws is reported as a failed result carrying the message
     */
    public static Job schedule(String title, BatchJob job, JobArguments arguments, Consumer<JobResult> onFinished) {
        Job eclipseJob = new Job(title) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                JobResult result;
                try {
                    result = job.run(arguments, monitor);
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (Exception | LinkageError e) {
                    String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
                    onFinished.accept(JobResult.failed(List.of(message)));
                    return Status.error(message, e);
                }
                onFinished.accept(result);
                return result.succeeded() ? Status.OK_STATUS : failure(result);
            }
        };
        eclipseJob.setUser(true);
        eclipseJob.setProperty(BATCH_JOB, job.name());
        eclipseJob.schedule();
        return eclipseJob;
    }

    private static IStatus failure(JobResult result) {
        String plugin = FrameworkUtil.getBundle(DesktopJobs.class).getSymbolicName();
        String first = result.summary().isEmpty() ? "" : result.summary().get(0);
        MultiStatus status = new MultiStatus(plugin, 0, first);
        result.summary().stream().skip(1).forEach(line -> status.add(new Status(IStatus.ERROR, plugin, line)));
        return status;
    }
}
