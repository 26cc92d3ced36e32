package steelchain.ui.progress;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import steelchain.core.text.Texts;
import steelchain.ui.progress.JobTracker.Progress;

/** The words of the progress area, apart from the widgets so that they can be tested. */
public final class ProgressText {

    private static final Texts TEXTS = Texts.of(ProgressText.class);

    private ProgressText() {
    }

    /** {@code Ready}, or the first running job with its task and percentage, and how many more run. */
    public static String describe(List<Progress> running, Locale locale) {
        if (running.isEmpty()) {
            return TEXTS.get(locale, "progress.idle");
        }
        Progress first = running.get(0);
        StringBuilder text = new StringBuilder(first.name());
        if (!first.task().isEmpty() && !first.task().equals(first.name())) {
            text.append(" \u2013 ").append(first.task());
        }
        if (first.percent() != Progress.UNKNOWN) {
            text.append(" (").append(first.percent()).append("%)");
        }
        if (running.size() > 1) {
            text.append("  ").append(TEXTS.get(locale, "progress.more", running.size() - 1));
        }
        return text.toString();
    }

    /** Every running job, one per line. */
    public static String tooltip(List<Progress> running, Locale locale) {
        if (running.isEmpty()) {
            return TEXTS.get(locale, "progress.idle.tooltip");
        }
        return running.stream().map(p -> describe(List.of(p), locale)).collect(Collectors.joining("\n"));
    }
}
