package steelchain.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import steelchain.core.data.DatabaseStatus;
import steelchain.core.event.JobRun;
import steelchain.core.text.Texts;
import steelchain.monitor.HealthReport.Problem;

/** How the monitor writes sizes, durations, times, outcomes and problems for people. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Texts TEXTS = Texts.of(Formats.class);

    private Formats() {
    }

    /** {@code 512 B}, {@code 3.4 KB}, {@code 12.0 MB}, {@code 1.5 GB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = { "KB", "MB", "GB", "TB" };
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** {@code 0.42 s}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 2 h 03 min}. */
    public static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = duration.toSeconds();
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }

    /** Local date and time to the second. */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** How a job run ended, in the user's language. */
    public static String outcome(JobRun.Outcome outcome, Locale locale) {
        return TEXTS.get(locale, "outcome." + outcome.name());
    }

    /** A problem of the health report as one sentence in the user's language. */
    public static String problem(Problem problem, Locale locale) {
        return TEXTS.get(locale, "problem." + problem.kind().name(), problem.subject());
    }

    /** Which database is in use, where, how big, or why it does not answer. */
    public static String database(Optional<DatabaseStatus.Snapshot> database, Locale locale) {
        return database.map(d -> d.connected()
                ? TEXTS.get(locale, "database.connected", d.mode(), d.location(),
                        d.sizeBytes() < 0 ? "-" : bytes(d.sizeBytes()))
                : TEXTS.get(locale, "database.down", d.mode(), d.location(), d.problem()))
                .orElse(TEXTS.get(locale, "database.none"));
    }
}
