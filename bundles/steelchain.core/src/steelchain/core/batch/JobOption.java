package steelchain.core.batch;

import java.util.List;
import java.util.Objects;

/**
 * One option of a batch job, written {@code --name value} (or {@code --name} for a flag).
 *
 * @param name         option name without dashes
 * @param type         kind of value
 * @param help         one line of help in the user's language
 * @param required     whether the job refuses to run without it
 * @param defaultValue value used when the option is absent, or {@code null}
 * @param choices      allowed values for {@link OptionType#CHOICE}, empty otherwise
 */
public record JobOption(String name, OptionType type, String help, boolean required, String defaultValue,
        List<String> choices) {

    public JobOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(help, "help");
        choices = List.copyOf(choices);
        if (type == OptionType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("Option --" + name + " is a choice but lists no choices");
        }
    }

    /** An optional option without a default. */
    public static JobOption of(String name, OptionType type, String help) {
        return new JobOption(name, type, help, false, null, List.of());
    }

    /** An option that must be one of {@code choices}. */
    public static JobOption choice(String name, String help, String... choices) {
        return new JobOption(name, OptionType.CHOICE, help, false, null, List.of(choices));
    }

    /** This option, made mandatory. */
    public JobOption asRequired() {
        return new JobOption(name, type, help, true, defaultValue, choices);
    }

    /** This option, with a value used when it is not given. */
    public JobOption withDefault(String value) {
        return new JobOption(name, type, help, required, value, choices);
    }
}
