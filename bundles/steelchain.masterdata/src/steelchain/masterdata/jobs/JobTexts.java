package steelchain.masterdata.jobs;

import java.time.Duration;
import java.util.Locale;

import steelchain.core.text.Texts;
import steelchain.masterdata.Counts;
import steelchain.masterdata.csv.CsvDialect;
import steelchain.masterdata.csv.CsvEncoding;

/** Phrases both jobs use in their summaries. */
final class JobTexts {

    static final Texts TEXTS = Texts.of(JobTexts.class);

    private JobTexts() {
    }

    /** {@code UTF-8 with BOM, comma}. */
    static String dialect(CsvDialect dialect, Locale locale) {
        return TEXTS.get(locale, "dialect", encoding(dialect.encoding(), dialect.byteOrderMark(), locale),
                TEXTS.get(locale, "delimiter." + dialect.delimiter().name()));
    }

    static String encoding(CsvEncoding encoding, boolean byteOrderMark, Locale locale) {
        return TEXTS.get(locale, "encoding." + encoding.name() + (byteOrderMark ? ".bom" : ""));
    }

    /** {@code Orders: 3 created, 1 updated, 0 unchanged.}, or what a dry run would do. */
    static String counts(String what, Counts counts, boolean dryRun, Locale locale) {
        return TEXTS.get(locale, dryRun ? "counts.dryRun" : "counts.done", TEXTS.get(locale, "counts." + what),
                counts.created(), counts.updated(), counts.unchanged());
    }

    /** {@code 42.1 s}. */
    static String seconds(Duration duration, Locale locale) {
        return TEXTS.get(locale, "seconds", String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0));
    }

    /** Records per second, for the operator to see the throughput. */
    static long rate(long records, Duration duration) {
        return records * 1000 / Math.max(1, duration.toMillis());
    }
}
