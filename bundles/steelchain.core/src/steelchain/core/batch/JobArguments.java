package steelchain.core.batch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The validated option values of one job run, typed as their {@link JobOption}s declare.
 * Absent optional options without a default have no value.
 */
public final class JobArguments {

    private final Map<String, Object> values;
    private final Locale locale;

    public JobArguments(Map<String, Object> values, Locale locale) {
        this.values = Map.copyOf(values);
        this.locale = locale;
    }

    /** The language the job should report in. */
    public Locale locale() {
        return locale;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String text(String name) {
        return value(name, String.class);
    }

    public long integer(String name) {
        return value(name, Long.class);
    }

    public BigDecimal decimal(String name) {
        return value(name, BigDecimal.class);
    }

    /** A flag is {@code true} when given, {@code false} otherwise. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    public Path path(String name) {
        return value(name, Path.class);
    }

    public LocalDate date(String name) {
        return value(name, LocalDate.class);
    }

    /** The value of an optional option, if it was given or has a default. */
    public <T> Optional<T> optional(String name, Class<T> type) {
        return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    private <T> T value(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("Option --" + name + " has no value; check has(\"" + name + "\") first");
        }
        return type.cast(value);
    }
}
