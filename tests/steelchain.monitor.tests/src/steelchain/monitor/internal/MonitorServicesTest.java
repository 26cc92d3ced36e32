package steelchain.monitor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobResult;
import steelchain.core.event.JobRun;
import steelchain.core.module.ModuleDescriptor;
import steelchain.monitor.HealthReport;
import steelchain.monitor.HealthService;

/** The monitor module's DS components, wired in the OSGi runtime. */
class MonitorServicesTest {

    private final BundleContext context = FrameworkUtil.getBundle(MonitorServicesTest.class).getBundleContext();

    private <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            return tracker.waitForService(10_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private <T> List<T> services(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            service(type);
            return List.copyOf(tracker.getTracked().values());
        } finally {
            tracker.close();
        }
    }

    @Test
    void registersModuleDescriptorHealthServiceAndHealthJob() {
        ModuleDescriptor module = services(ModuleDescriptor.class).stream().filter(m -> m.id().equals("monitor"))
                .findFirst().orElseThrow(() -> new AssertionError("no monitor module descriptor"));
        assertEquals("Platform monitor", module.name(Locale.ENGLISH));
        assertEquals("平台监控", module.name(Locale.SIMPLIFIED_CHINESE));
        assertEquals(context.getBundle().getVersion().toString(), module.version());
        assertNotNull(service(HealthService.class));
        assertTrue(services(BatchJob.class).stream().anyMatch(j -> j.name().equals("health")));
    }

    @Test
    void healthReportSeesBundlesModulesAndRecordedRuns() {
        JobRun run = new JobRun("monitor-test-" + System.nanoTime(), JobRun.ORIGIN_BATCH, Instant.now(),
                Duration.ofMillis(420), JobRun.Outcome.SUCCEEDED, "");
        service(EventAdmin.class).sendEvent(run.toEvent());

        HealthReport report = service(HealthService.class).check(5, 5);
        assertTrue(report.bundles().stream().anyMatch(b -> b.symbolicName().equals("steelchain.monitor")));
        assertTrue(report.bundles().get(0).steelChain(), "SteelChain bundles come first");
        assertTrue(report.modules().stream().anyMatch(m -> m.id().equals("monitor")));
        assertEquals(run.job(), report.recentRuns().get(0).job(), "the run just published is the newest");
        assertTrue(report.database().orElseThrow().connected(), "the embedded database of the test workspace");
        assertTrue(report.healthy(), () -> "problems: " + report.problems());
    }

    @Test
    void healthJobPrintsAReportAndSucceedsWhenHealthy() throws Exception {
        BatchJob health = services(BatchJob.class).stream().filter(j -> j.name().equals("health")).findFirst()
                .orElseThrow();
        JobResult result = health.run(JobArgumentParser.parse(health, List.of("--runs", "3"), Locale.ENGLISH),
                new NullProgressMonitor());
        assertTrue(result.succeeded());
        assertEquals("Health: OK", result.summary().get(0));
        assertTrue(result.summary().stream().anyMatch(l -> l.startsWith("Modules installed: ")));
        assertTrue(result.summary().stream().anyMatch(l -> l.startsWith("Data folder: ")));
        assertFalse(result.summary().stream().anyMatch(l -> l.contains("NOT CONNECTED")));
    }
}
