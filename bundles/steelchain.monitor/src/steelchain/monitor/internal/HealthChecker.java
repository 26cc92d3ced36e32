package steelchain.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import steelchain.core.data.DatabaseStatus;
import steelchain.core.module.ModuleDescriptor;
import steelchain.monitor.HealthReport;
import steelchain.monitor.HealthReport.BundleSummary;
import steelchain.monitor.HealthReport.ModuleSummary;
import steelchain.monitor.HealthService;

/** Gathers the health report from the framework, the data folder, the job-run log and the platform log. */
@Component(service = HealthService.class)
public class HealthChecker implements HealthService {

    private final List<ModuleDescriptor> modules = new CopyOnWriteArrayList<>();
    private volatile DatabaseStatus database;
    private BundleContext context;

    @Reference
    private JobRunLog jobRuns;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor module) {
        modules.add(module);
    }

    void removeModule(ModuleDescriptor module) {
        modules.remove(module);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDatabase(DatabaseStatus status) {
        database = status;
    }

    void unsetDatabase(DatabaseStatus status) {
        if (database == status) {
            database = null;
        }
    }

    @Override
    public HealthReport check(int runs, int errors) {
        Path dataFolder = Path.of(Platform.getInstanceLocation().getURL().getPath());
        DatabaseStatus db = database;
        try {
            return new HealthReport(Instant.now(), moduleSummaries(), bundleSummaries(), dataFolder, sizeOf(dataFolder),
                    Optional.ofNullable(db).map(DatabaseStatus::snapshot), jobRuns.latest(runs),
                    PlatformLogReader.latestErrors(Platform.getLogFileLocation().toPath(), errors,
                            ZoneId.systemDefault()));
        } catch (IOException e) {
            ILog.of(HealthChecker.class).error("Health check could not read its files", e);
            throw new UncheckedIOException(e);
        }
    }

    private List<ModuleSummary> moduleSummaries() {
        return modules.stream().sorted(Comparator.comparingInt(ModuleDescriptor::order).thenComparing(ModuleDescriptor::id))
                .map(m -> new ModuleSummary(m.id(), m.name(Locale.getDefault()), m.version())).toList();
    }

    private List<BundleSummary> bundleSummaries() {
        return List.of(context.getBundles()).stream()
                .map(b -> new BundleSummary(b.getSymbolicName(), b.getVersion().toString(), stateName(b.getState()),
                        b.getHeaders("").get(Constants.FRAGMENT_HOST) != null))
                .sorted(Comparator.comparing((BundleSummary b) -> !b.steelChain()).thenComparing(BundleSummary::symbolicName))
                .toList();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    private static long sizeOf(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        long[] total = { 0 };
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                total[0] += attributes.size();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // Files vanish while a database or another process works in the folder.
                return FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }
}
