package steelchain.ui.progress;

import java.time.Clock;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.osgi.service.event.EventAdmin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Puts a {@link JobTracker} into the application context for the progress area, makes it the
 * job manager's progress provider, and publishes each finished user job as a job run.
 */
public class JobProgressAddon {

    @Inject
    private MApplication application;

    @Inject
    @Optional
    @Service
    private EventAdmin eventAdmin;

    private JobTracker tracker;

    @PostConstruct
    void start() {
        tracker = new JobTracker(run -> {
            EventAdmin admin = eventAdmin;
            if (admin != null) {
                admin.postEvent(run.toEvent());
            }
        }, Clock.systemDefaultZone());
        IJobManager jobs = Job.getJobManager();
        jobs.setProgressProvider(tracker);
        jobs.addJobChangeListener(tracker.jobListener());
        application.getContext().set(JobTracker.class, tracker);
    }

    @PreDestroy
    void stop() {
        IJobManager jobs = Job.getJobManager();
        jobs.removeJobChangeListener(tracker.jobListener());
        jobs.setProgressProvider(null);
        application.getContext().remove(JobTracker.class);
    }
}
