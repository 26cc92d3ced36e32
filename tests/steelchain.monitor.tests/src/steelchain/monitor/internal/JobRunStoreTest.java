package steelchain.monitor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.event.JobRun;

class JobRunStoreTest {

    @TempDir
    Path folder;

    private static JobRun run(int i) {
        return new JobRun("job-" + i, JobRun.ORIGIN_DESKTOP, Instant.ofEpochMilli(1_700_000_000_000L + i),
                Duration.ofMillis(i), JobRun.Outcome.SUCCEEDED, "");
    }

    @Test
    void keepsRunsNewestFirstAndCleansMessages() throws IOException {
        JobRunStore store = new JobRunStore(folder.resolve("sub/runs.tsv"));
        assertEquals(List.of(), store.latest(5));
        store.append(run(1));
        store.append(new JobRun("import", JobRun.ORIGIN_BATCH, Instant.ofEpochMilli(1_700_000_001_000L),
                Duration.ofSeconds(3), JobRun.Outcome.FAILED, "row 3\tcolumn 2\nbad date"));
        List<JobRun> latest = store.latest(5);
        assertEquals(2, latest.size());
        assertEquals("import", latest.get(0).job());
        assertEquals("row 3 column 2 bad date", latest.get(0).message());
        assertEquals(JobRun.Outcome.FAILED, latest.get(0).outcome());
        assertEquals(run(1), latest.get(1));
        assertEquals(1, store.latest(1).size());
    }

    @Test
    void trimsToTheLatestRunsAndSkipsDamagedLines() throws IOException {
        Path file = folder.resolve("runs.tsv");
        JobRunStore store = new JobRunStore(file);
        for (int i = 0; i <= 2 * JobRunStore.KEEP; i++) {
            store.append(run(i));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(JobRunStore.KEEP, lines.size());
        Files.writeString(file, "garbage line\n", java.nio.file.StandardOpenOption.APPEND);
        List<JobRun> latest = store.latest(1000);
        assertEquals(JobRunStore.KEEP, latest.size());
        assertEquals("job-" + 2 * JobRunStore.KEEP, latest.get(0).job());
        assertTrue(latest.stream().noneMatch(r -> r.job().equals("job-0")));
    }
}
