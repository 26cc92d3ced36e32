package steelchain.monitor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.event.JobRun;
import steelchain.core.text.Texts;
import steelchain.monitor.Formats;
import steelchain.monitor.HealthReport;
import steelchain.monitor.HealthReport.BundleSummary;
import steelchain.monitor.HealthReport.LogError;
import steelchain.monitor.HealthReport.Problem;
import steelchain.monitor.HealthService;

/**
 * {@code health}: prints the platform's health and fails (exit code 1) when something needs
 * attention, so that a scheduler can alert on it.
 */
@Component(service = BatchJob.class)
public class HealthJob implements BatchJob {

    private static final Texts TEXTS = Texts.of(HealthJob.class);

    @Reference
    private HealthService health;

    @Override
    public String name() {
        return "health";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "health.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(
                JobOption.of("runs", OptionType.INTEGER, TEXTS.get(locale, "health.option.runs")).withDefault("10"),
                JobOption.of("errors", OptionType.INTEGER, TEXTS.get(locale, "health.option.errors")).withDefault("10"));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) {
        Locale locale = arguments.locale();
        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "health.task"), 2);
        int runs = (int) Math.max(0, Math.min(1000, arguments.integer("runs")));
        int errors = (int) Math.max(0, Math.min(1000, arguments.integer("errors")));
        HealthReport report = health.check(runs, errors);
        progress.worked(1);
        progress.subTask(TEXTS.get(locale, "health.writing"));
        List<String> lines = describe(report, locale);
        progress.worked(1);
        return report.healthy() ? JobResult.succeeded(lines) : JobResult.failed(lines);
    }

    static List<String> describe(HealthReport report, Locale locale) {
        List<String> lines = new ArrayList<>();
        List<Problem> problems = report.problems();
        lines.add(problems.isEmpty() ? TEXTS.get(locale, "health.ok")
                : TEXTS.get(locale, "health.problems", problems.size()));
        for (Problem problem : problems) {
            lines.add("  - " + Formats.problem(problem, locale));
        }
        lines.add(TEXTS.get(locale, "health.modules", report.modules().size()));
        report.modules().forEach(m -> lines.add("  " + m.id() + "  " + m.version() + "  " + m.name()));
        List<BundleSummary> bundles = report.bundles();
        lines.add(TEXTS.get(locale, "health.bundles", bundles.size(), count(bundles, "ACTIVE"),
                count(bundles, "STARTING"), count(bundles, "RESOLVED"), count(bundles, "INSTALLED")));
        bundles.stream().filter(BundleSummary::steelChain)
                .forEach(b -> lines.add("  " + b.symbolicName() + "  " + b.version() + "  " + b.state()));
        lines.add(TEXTS.get(locale, "health.data", report.dataFolder(), Formats.bytes(report.dataFolderBytes())));
        lines.add(Formats.database(report.database(), locale));
        lines.add(TEXTS.get(locale, "health.runs", report.recentRuns().size()));
        for (JobRun run : report.recentRuns()) {
            lines.add("  " + Formats.time(run.started()) + "  " + run.job() + "  " + run.origin() + "  "
                    + Formats.outcome(run.outcome(), locale) + "  " + Formats.duration(run.duration())
                    + (run.message().isEmpty() ? "" : "  " + run.message()));
        }
        lines.add(TEXTS.get(locale, "health.errors", report.recentErrors().size()));
        for (LogError error : report.recentErrors()) {
            lines.add("  " + Formats.time(error.time()) + "  " + error.bundle() + "  " + error.message()
                    + (error.exception().isEmpty() ? "" : "  (" + error.exception() + ")"));
        }
        return lines;
    }

    private static long count(List<BundleSummary> bundles, String state) {
        return bundles.stream().filter(b -> b.state().equals(state)).count();
    }
}
