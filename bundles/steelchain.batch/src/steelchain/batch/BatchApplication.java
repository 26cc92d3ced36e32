package steelchain.batch;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.event.JobRun;

/**
 * The Equinox application behind {@code ./steelchain batch}: runs one command line against
 * the batch jobs that installed bundles register, then exits with the runner's exit code.
 */
public final class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<BatchJob, BatchJob> jobs = new ServiceTracker<>(bundleContext, BatchJob.class, null);
        ServiceTracker<EventAdmin, EventAdmin> eventAdmin = new ServiceTracker<>(bundleContext, EventAdmin.class, null);
        jobs.open();
        eventAdmin.open();
        try {
            Consumer<JobRun> publish = run -> {
                EventAdmin admin = eventAdmin.getService();
                if (admin != null) {
                    // Synchronous, so that listeners record the run before this process exits.
                    admin.sendEvent(run.toEvent());
                }
            };
            BatchRunner runner = new BatchRunner(() -> List.copyOf(jobs.getTracked().values()), publish, System.out,
                    System.err, Locale.getDefault(), Clock.systemDefaultZone());
            return runner.run(args == null ? List.of() : Arrays.asList(args));
        } finally {
            jobs.close();
            eventAdmin.close();
        }
    }

    @Override
    public void stop() {
        // A batch run is short and has nothing to tear down early.
    }
}
