package steelchain.core.model;

import java.util.Locale;

import steelchain.core.text.Texts;

/**
 * The users' words, in English and Chinese, for the enum values of the shared model
 * (industries, product forms, order states, work centre and material types), so that every
 * module names them alike.
 */
public final class ModelWords {

    private static final Texts TEXTS = Texts.of(ModelWords.class);

    private ModelWords() {
    }

    /** The word for {@code value}, e.g. "Hot-rolled coil" or "热轧卷"; empty for null. */
    public static String of(Enum<?> value, Locale locale) {
        return value == null ? "" : TEXTS.get(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
