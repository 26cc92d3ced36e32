package steelchain.marketing.pricing;

import java.util.Locale;

import steelchain.core.text.Texts;

/**
 * Why a price list row cannot be saved, tied to the field that is wrong.
 *
 * @param field     the field: {@code form}, {@code grade}, {@code basePrice}, {@code validFrom} or {@code validTo}
 * @param key       the text key of the message in this package's messages
 * @param arguments the message's arguments
 */
public record PriceListProblem(String field, String key, Object... arguments) {

    private static final Texts TEXTS = Texts.of(PriceListProblem.class);

    /** The message in the user's language, naming the field. */
    public String message(Locale locale) {
        return TEXTS.get(locale, "field." + field) + ": " + TEXTS.get(locale, key, arguments);
    }
}
