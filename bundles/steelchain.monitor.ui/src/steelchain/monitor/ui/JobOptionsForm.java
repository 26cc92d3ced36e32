package steelchain.monitor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;

/**
 * The values a user typed into a job's option fields, turned into the command line the batch
 * runner would get, so that the desktop checks them with exactly the same rules and messages.
 */
public final class JobOptionsForm {

    private final BatchJob job;
    private final Map<String, String> values = new LinkedHashMap<>();

    public JobOptionsForm(BatchJob job) {
        this.job = job;
    }

    /** Sets the text of a field; blank means "not given". For a flag, "true" means given. */
    public void set(String option, String value) {
        values.put(option, value);
    }

    /** The equivalent {@code --option value} tokens, in the job's option order. */
    public List<String> tokens(Locale locale) {
        List<String> tokens = new ArrayList<>();
        for (JobOption option : job.options(locale)) {
            String value = values.get(option.name());
            if (value == null || value.isBlank()) {
                continue;
            }
            if (option.type() == OptionType.FLAG) {
                if (Boolean.parseBoolean(value)) {
                    tokens.add("--" + option.name());
                }
            } else {
                tokens.add("--" + option.name());
                tokens.add(value.strip());
            }
        }
        return tokens;
    }

    /** The checked arguments, or a UsageException naming the field and what is valid. */
    public JobArguments arguments(Locale locale) throws UsageException {
        return JobArgumentParser.parse(job, tokens(locale), locale);
    }

    /** The command line an operator would type for the same run. */
    public String commandLine(Locale locale) {
        return String.join(" ", List.of("./steelchain", "batch", job.name())) + tokens(locale).stream()
                .map(t -> t.contains(" ") ? " '" + t + "'" : " " + t).reduce("", String::concat);
    }
}
