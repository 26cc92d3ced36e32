package steelchain.monitor.ui;

import java.util.List;
import java.util.Locale;

import steelchain.core.text.Texts;
import steelchain.monitor.Formats;
import steelchain.monitor.HealthReport;
import steelchain.monitor.HealthReport.Problem;

/**
 * Turns a {@link HealthReport} into the headings and table rows of the Monitor view, so that
 * what the view says can be tested without a display.
 */
public final class MonitorTexts {

    private static final Texts TEXTS = Texts.of(MonitorTexts.class);

    private MonitorTexts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    /** "All good" or the number of problems, with each problem named. */
    public static String headline(HealthReport report, Locale locale) {
        List<Problem> problems = report.problems();
        if (problems.isEmpty()) {
            return TEXTS.get(locale, "headline.ok");
        }
        StringBuilder text = new StringBuilder(TEXTS.get(locale, "headline.problems", problems.size()));
        for (Problem problem : problems) {
            text.append("\n  \u2022 ").append(Formats.problem(problem, locale));
        }
        return text.toString();
    }

    /** Modules, data folder and database, one fact per line. */
    public static String overview(HealthReport report, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(TEXTS.get(locale, "overview.checked", Formats.time(report.checkedAt()))).append('\n');
        text.append(TEXTS.get(locale, "overview.modules", report.modules().size(),
                String.join(", ", report.modules().stream().map(m -> m.name() + " " + m.version()).toList())))
                .append('\n');
        text.append(TEXTS.get(locale, "overview.data", report.dataFolder(), Formats.bytes(report.dataFolderBytes())))
                .append('\n');
        text.append(Formats.database(report.database(), locale));
        return text.toString();
    }

    /** Bundle, version, state: SteelChain's bundles first, then the runtime's. */
    public static List<String[]> bundleRows(HealthReport report, Locale locale) {
        return report.bundles().stream()
                .map(b -> new String[] { b.symbolicName(), b.version(),
                        TEXTS.get(locale, "state." + b.state()) + (b.fragment() ? " " + TEXTS.get(locale, "fragment") : "") })
                .toList();
    }

    /** Start, job, where it ran, outcome, duration, message; newest first. */
    public static List<String[]> runRows(HealthReport report, Locale locale) {
        return report.recentRuns().stream()
                .map(r -> new String[] { Formats.time(r.started()), r.job(), TEXTS.get(locale, "origin." + r.origin()),
                        Formats.outcome(r.outcome(), locale), Formats.duration(r.duration()), r.message() })
                .toList();
    }

    /** Time, bundle, message, exception; newest first. */
    public static List<String[]> errorRows(HealthReport report) {
        return report.recentErrors().stream()
                .map(e -> new String[] { Formats.time(e.time()), e.bundle(), e.message(), e.exception() }).toList();
    }
}
