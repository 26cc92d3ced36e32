package steelchain.core.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.event.Event;

/**
 * One finished run of a job, from the batch runner or the desktop client. Published on
 * {@link Topics#JOB_FINISHED} so that any installed module (the monitor, for one) can record it.
 *
 * @param job      job name, e.g. {@code health}
 * @param origin   where it ran: {@link #ORIGIN_BATCH} or {@link #ORIGIN_DESKTOP}
 * @param started  start time
 * @param duration time it took
 * @param outcome  how it ended
 * @param message  a short note for the operator (the failure reason, or empty)
 */
public record JobRun(String job, String origin, Instant started, Duration duration, Outcome outcome, String message) {

    public static final String ORIGIN_BATCH = "batch";
    public static final String ORIGIN_DESKTOP = "desktop";

    private static final String JOB = "job";
    private static final String ORIGIN = "origin";
    private static final String STARTED = "startedEpochMillis";
    private static final String DURATION = "durationMillis";
    private static final String OUTCOME = "outcome";
    private static final String MESSAGE = "message";

    /** How a run ended. */
    public enum Outcome {
        SUCCEEDED, FAILED, CANCELLED
    }

    public JobRun {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message;
    }

    /** This run as an event on {@link Topics#JOB_FINISHED}. */
    public Event toEvent() {
        return new Event(Topics.JOB_FINISHED, Map.of(JOB, job, ORIGIN, origin, STARTED, started.toEpochMilli(),
                DURATION, duration.toMillis(), OUTCOME, outcome.name(), MESSAGE, message));
    }

    /** The run carried by an event made with {@link #toEvent()}. */
    public static JobRun fromEvent(Event event) {
        return new JobRun((String) event.getProperty(JOB), (String) event.getProperty(ORIGIN),
                Instant.ofEpochMilli((Long) event.getProperty(STARTED)),
                Duration.ofMillis((Long) event.getProperty(DURATION)),
                Outcome.valueOf((String) event.getProperty(OUTCOME)), (String) event.getProperty(MESSAGE));
    }
}
