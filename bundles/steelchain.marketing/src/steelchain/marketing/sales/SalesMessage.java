package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import steelchain.core.model.ModelWords;
import steelchain.core.model.ProductForm;
import steelchain.core.text.Texts;

/**
 * A text of the sales loop that each user reads in their own language: a message key and its
 * arguments. Codes, numbers and dates are shown as they are; a product form, channel,
 * complaint type or state is shown in the reader's words. The history keeps a message as its
 * key and {@linkplain #encodedArguments() encoded arguments}, so that what was written in one
 * language is read in the other.
 */
public final class SalesMessage {

    private static final Texts TEXTS = Texts.of(SalesMessage.class);
    /** Between two encoded arguments: the ASCII unit separator, which no user text contains. */
    private static final String SEPARATOR = "\u001f";
    /** Before an encoded word: the enum's simple class name, a dot and the constant's name follow. */
    private static final char WORD = '\u0002';
    /** The enums whose constants a message may name, by simple class name, with their words. */
    private static final Map<String, Function<String, Function<Locale, String>>> WORDS = Map.of(
            ProductForm.class.getSimpleName(), name -> locale -> ModelWords.of(ProductForm.valueOf(name), locale),
            SalesChannel.class.getSimpleName(),
            name -> locale -> SalesTexts.channelName(locale, SalesChannel.valueOf(name)),
            ServiceCaseType.class.getSimpleName(),
            name -> locale -> SalesTexts.caseTypeName(locale, ServiceCaseType.valueOf(name)),
            "State", name -> locale -> SalesTexts.stateName(locale, name));

    private final String key;
    private final List<String> arguments;
    private final String plain;

    private SalesMessage(String key, List<String> arguments, String plain) {
        this.key = key;
        this.arguments = List.copyOf(arguments);
        this.plain = plain;
    }

    /**
     * The message {@code key} of this class's texts with {@code arguments}: enum constants of
     * the product form, channel, complaint type and the records' states become words, numbers
     * are written plainly ({@code 25.000}), anything else by its {@code toString}.
     */
    static SalesMessage of(String key, Object... arguments) {
        return new SalesMessage(key, Arrays.stream(arguments).map(SalesMessage::encode).toList(), null);
    }

    /** A text read the same in every language: one a user typed, or a history entry written before messages. */
    public static SalesMessage plain(String text) {
        return new SalesMessage(null, List.of(), text);
    }

    /** The message a history entry keeps; a null key is a plain {@code text}. */
    static SalesMessage stored(String key, String encodedArguments, String text) {
        if (key == null) {
            return plain(text);
        }
        List<String> arguments = encodedArguments == null || encodedArguments.isEmpty() ? List.of()
                : List.of(encodedArguments.split(SEPARATOR, -1));
        return new SalesMessage(key, arguments, null);
    }

    /** The message in {@code locale}; empty for an empty plain text. */
    public String text(Locale locale) {
        if (key == null) {
            return Objects.requireNonNullElse(plain, "");
        }
        return TEXTS.get(locale, key, arguments.stream().map(a -> decode(a, locale)).toArray());
    }

    /** The key, or null for a plain text. */
    String key() {
        return key;
    }

    /** The arguments as one string for the database. */
    String encodedArguments() {
        return String.join(SEPARATOR, arguments);
    }

    /** The text of a plain message, null for a keyed one. */
    String plainText() {
        return plain;
    }

    private static String encode(Object argument) {
        if (argument instanceof Enum<?> constant) {
            String type = constant.getDeclaringClass().getSimpleName();
            if (!WORDS.containsKey(type)) {
                throw new IllegalArgumentException("No words for " + constant.getDeclaringClass().getName());
            }
            return WORD + type + "." + constant.name();
        }
        String text = argument instanceof BigDecimal number ? number.toPlainString() : String.valueOf(argument);
        return text.replace(SEPARATOR, " ");
    }

    private static String decode(String argument, Locale locale) {
        if (argument.isEmpty() || argument.charAt(0) != WORD) {
            return argument;
        }
        int dot = argument.indexOf('.');
        return WORDS.get(argument.substring(1, dot)).apply(argument.substring(dot + 1)).apply(locale);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SalesMessage m && Objects.equals(key, m.key) && arguments.equals(m.arguments)
                && Objects.equals(plain, m.plain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments, plain);
    }
}
