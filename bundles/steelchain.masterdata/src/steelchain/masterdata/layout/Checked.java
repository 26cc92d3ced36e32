package steelchain.masterdata.layout;

import java.util.Arrays;
import java.util.List;

import steelchain.masterdata.ImportProblem.Reason;

/**
 * What a field rule made of a text: the value, or the reason the text is not a valid value.
 * An empty text that may be empty is valid with a null value.
 *
 * @param value     the value read; null when empty or invalid
 * @param reason    what is wrong, or null when valid
 * @param arguments details of the reason, as the reason's text shows them
 */
public record Checked<T>(T value, Reason reason, List<String> arguments) {

    public Checked {
        arguments = List.copyOf(arguments);
    }

    public static <T> Checked<T> valid(T value) {
        return new Checked<>(value, null, List.of());
    }

    public static <T> Checked<T> problem(Reason reason, Object... arguments) {
        return new Checked<>(null, reason, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public boolean isValid() {
        return reason == null;
    }
}
