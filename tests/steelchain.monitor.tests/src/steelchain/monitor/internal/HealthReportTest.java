package steelchain.monitor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import steelchain.core.data.DatabaseStatus;
import steelchain.monitor.HealthReport;
import steelchain.monitor.HealthReport.BundleSummary;
import steelchain.monitor.HealthReport.Problem;

class HealthReportTest {

    private static HealthReport report(List<BundleSummary> bundles, DatabaseStatus.Snapshot database) {
        return new HealthReport(Instant.EPOCH, List.of(), bundles, Path.of("/data"), 2048, Optional.ofNullable(database),
                List.of(), List.of());
    }

    @Test
    void unresolvedBundlesAndAnUnreachableDatabaseAreProblems() {
        HealthReport report = report(
                List.of(new BundleSummary("steelchain.core", "1.0", "ACTIVE", false),
                        new BundleSummary("steelchain.plant", "1.0", "INSTALLED", false)),
                new DatabaseStatus.Snapshot("server", "jdbc:derby://localhost:1527/steelchain", false, -1,
                        "Connection refused"));
        assertFalse(report.healthy());
        assertEquals(List.of(new Problem(Problem.Kind.BUNDLE_UNRESOLVED, "steelchain.plant"),
                new Problem(Problem.Kind.DATABASE_UNREACHABLE, "Connection refused")), report.problems());
        List<String> lines = HealthJob.describe(report, Locale.ENGLISH);
        assertEquals("Health: 2 problem(s)", lines.get(0));
        assertEquals("  - bundle steelchain.plant is not resolved (a requirement is missing)", lines.get(1));
        assertTrue(lines.contains("Database: server, jdbc:derby://localhost:1527/steelchain, NOT CONNECTED: Connection refused"));
        assertTrue(lines.contains("Data folder: /data (2.0 KB)"));
    }

    @Test
    void aConnectedDatabaseIsHealthy() {
        HealthReport report = report(List.of(new BundleSummary("steelchain.core", "1.0", "ACTIVE", false)),
                new DatabaseStatus.Snapshot("embedded", "/data/db", true, 5L * 1024 * 1024, ""));
        assertTrue(report.healthy());
        assertTrue(HealthJob.describe(report, Locale.SIMPLIFIED_CHINESE).contains("数据库：embedded，/data/db，5.0 MB"));
    }
}
