package steelchain.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

class JobRunTest {

    @Test
    void survivesTheTripThroughAnEvent() {
        JobRun run = new JobRun("health", JobRun.ORIGIN_BATCH, Instant.parse("2026-11-27T08:15:30.125Z"),
                Duration.ofMillis(1234), JobRun.Outcome.FAILED, "database unreachable");
        Event event = run.toEvent();
        assertEquals(Topics.JOB_FINISHED, event.getTopic());
        assertEquals(run, JobRun.fromEvent(event));
    }

    @Test
    void aMissingMessageBecomesEmpty() {
        JobRun run = new JobRun("x", JobRun.ORIGIN_DESKTOP, Instant.EPOCH, Duration.ZERO, JobRun.Outcome.SUCCEEDED, null);
        assertEquals("", JobRun.fromEvent(run.toEvent()).message());
    }
}
