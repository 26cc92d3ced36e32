package steelchain.core.batch;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import steelchain.core.text.Texts;

/**
 * Turns {@code --name value} tokens into typed {@link JobArguments} for one job, or explains
 * in the user's language what is wrong and what would be valid.
 */
public final class JobArgumentParser {

    private static final Texts TEXTS = Texts.of(JobArgumentParser.class);

    private JobArgumentParser() {
    }

    public static JobArguments parse(BatchJob job, List<String> tokens, Locale locale) throws UsageException {
        Map<String, JobOption> options = new LinkedHashMap<>();
        for (JobOption option : job.options(locale)) {
            options.put(option.name(), option);
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("--") || token.length() == 2) {
                throw new UsageException(TEXTS.get(locale, "usage.notAnOption", token, job.name()));
            }
            String name = token.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            JobOption option = options.get(name);
            if (option == null) {
                throw new UsageException(TEXTS.get(locale, "usage.unknownOption", name, job.name(), validNames(options)));
            }
            if (values.containsKey(name)) {
                throw new UsageException(TEXTS.get(locale, "usage.repeatedOption", name));
            }
            if (option.type() == OptionType.FLAG) {
                if (inlineValue != null) {
                    throw new UsageException(TEXTS.get(locale, "usage.flagTakesNoValue", name));
                }
                values.put(name, Boolean.TRUE);
                continue;
            }
            String raw = inlineValue;
            if (raw == null) {
                if (i + 1 >= tokens.size() || tokens.get(i + 1).startsWith("--")) {
                    throw new UsageException(TEXTS.get(locale, "usage.missingValue", name, typeName(option, locale)));
                }
                raw = tokens.get(++i);
            }
            values.put(name, convert(option, raw, locale));
        }
        for (JobOption option : options.values()) {
            if (values.containsKey(option.name())) {
                continue;
            }
            if (option.defaultValue() != null) {
                values.put(option.name(), convert(option, option.defaultValue(), locale));
            } else if (option.required()) {
                throw new UsageException(TEXTS.get(locale, "usage.missingOption", option.name(), job.name(),
                        typeName(option, locale)));
            }
        }
        return new JobArguments(values, locale);
    }

    /** The kind of value an option takes, as shown in help and error messages. */
    public static String typeName(JobOption option, Locale locale) {
        if (option.type() == OptionType.CHOICE) {
            return String.join("|", option.choices());
        }
        return TEXTS.get(locale, "type." + option.type().name());
    }

    private static Object convert(JobOption option, String raw, Locale locale) throws UsageException {
        try {
            return switch (option.type()) {
                case TEXT -> raw;
                case INTEGER -> Long.valueOf(raw.trim());
                case DECIMAL -> new BigDecimal(raw.trim());
                case PATH -> Path.of(raw);
                case DATE -> LocalDate.parse(raw.trim());
                case FLAG -> Boolean.TRUE;
                case CHOICE -> {
                    if (!option.choices().contains(raw)) {
                        throw new UsageException(TEXTS.get(locale, "usage.badChoice", option.name(), raw,
                                String.join(", ", option.choices())));
                    }
                    yield raw;
                }
            };
        } catch (NumberFormatException | DateTimeParseException | InvalidPathException e) {
            throw new UsageException(TEXTS.get(locale, "usage.badValue", option.name(), raw, typeName(option, locale)));
        }
    }

    private static String validNames(Map<String, JobOption> options) {
        if (options.isEmpty()) {
            return "-";
        }
        return options.keySet().stream().map(n -> "--" + n).collect(Collectors.joining(", "));
    }
}
