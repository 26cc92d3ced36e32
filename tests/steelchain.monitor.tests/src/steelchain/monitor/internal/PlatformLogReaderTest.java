package steelchain.monitor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.monitor.HealthReport.LogError;

class PlatformLogReaderTest {

    private static final String LOG = """
            !SESSION 2026-11-27 08:00:00.000 -----------------------------------------------
            eclipse.buildId=unknown
            java.version=25.0.1

            !ENTRY org.eclipse.e4.ui.workbench 4 0 2026-11-27 08:00:01.500
            !MESSAGE Unable to create class 'steelchain.x.View'
            !STACK 0
            java.lang.ClassNotFoundException: steelchain.x.View
            \tat org.eclipse.osgi.internal.loader.BundleLoader.findClass0(BundleLoader.java:1)

            !ENTRY steelchain.monitor 2 0 2026-11-27 08:00:02.000
            !MESSAGE only a warning

            !ENTRY steelchain.persistence 4 0 2026-11-27 08:05:00.000
            !MESSAGE Import failed
            in file orders.csv
            !SUBENTRY 1 steelchain.persistence 4 0 2026-11-27 08:05:00.000
            !MESSAGE row 3: bad date

            !ENTRY broken line
            !MESSAGE ignored
            """;

    @TempDir
    Path folder;

    @Test
    void readsErrorsNewestFirstWithTheirDetailsAndSkipsWarnings() throws IOException {
        Path log = folder.resolve(".log");
        Files.writeString(log, LOG);
        List<LogError> errors = PlatformLogReader.latestErrors(log, 10, ZoneOffset.UTC);
        assertEquals(2, errors.size());
        assertEquals("steelchain.persistence", errors.get(0).bundle());
        assertEquals("Import failed in file orders.csv; row 3: bad date", errors.get(0).message());
        assertEquals(LocalDateTime.of(2026, 11, 27, 8, 5).toInstant(ZoneOffset.UTC), errors.get(0).time());
        assertEquals("Unable to create class 'steelchain.x.View'", errors.get(1).message());
        assertEquals("java.lang.ClassNotFoundException: steelchain.x.View", errors.get(1).exception());
    }

    @Test
    void keepsOnlyTheLatestAndCopesWithNoLog() throws IOException {
        Path log = folder.resolve(".log");
        Files.writeString(log, LOG);
        assertEquals("steelchain.persistence", PlatformLogReader.latestErrors(log, 1, ZoneOffset.UTC).get(0).bundle());
        assertEquals(List.of(), PlatformLogReader.latestErrors(folder.resolve("missing"), 5, ZoneOffset.UTC));
    }
}
