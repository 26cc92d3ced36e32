package steelchain.monitor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import steelchain.core.event.JobRun;
import steelchain.core.event.Topics;

/** Records every finished job run, from whichever process ran it, in the monitor's state folder. */
@Component(service = { JobRunLog.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + Topics.JOB_FINISHED)
public class JobRunLog implements EventHandler {

    private JobRunStore store;

    @Activate
    void activate() {
        Path stateFolder = Platform.getStateLocation(FrameworkUtil.getBundle(JobRunLog.class)).toPath();
        store = new JobRunStore(stateFolder.resolve("job-runs.tsv"));
    }

    @Override
    public void handleEvent(Event event) {
        try {
            store.append(JobRun.fromEvent(event));
        } catch (IOException | RuntimeException e) {
            ILog.of(JobRunLog.class).error("Could not record the run of job " + event.getProperty("job"), e);
        }
    }

    /** The latest runs, newest first. */
    public List<JobRun> latest(int count) throws IOException {
        return store.latest(count);
    }
}
