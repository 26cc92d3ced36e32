package steelchain.marketing.pricing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import steelchain.core.model.ModelWords;
import steelchain.core.text.Texts;

/** A price that cannot be given or a price list change that is refused, with a message in the user's language. */
public class PricingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Texts TEXTS = Texts.of(PricingException.class);

    private final String key;
    private final transient Object[] arguments;
    private final transient List<PriceListProblem> problems;

    /** @param arguments enum values among them (a product form) are written in the user's words */
    public PricingException(String key, Object... arguments) {
        super(TEXTS.get(Locale.ENGLISH, key, inWords(arguments, Locale.ENGLISH)));
        this.key = key;
        this.arguments = arguments;
        this.problems = List.of();
    }

    /** A price list row refused for {@code problems} (at least one). */
    public PricingException(List<PriceListProblem> problems) {
        super(problems.get(0).message(Locale.ENGLISH));
        this.key = null;
        this.arguments = new Object[0];
        this.problems = List.copyOf(problems);
    }

    /** The problems of a refused price list row; empty for other failures. */
    public List<PriceListProblem> problems() {
        return problems;
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return key == null ? problems.get(0).message(locale) : TEXTS.get(locale, key, inWords(arguments, locale));
    }

    private static Object[] inWords(Object[] arguments, Locale locale) {
        return Arrays.stream(arguments).map(a -> a instanceof Enum<?> value ? ModelWords.of(value, locale) : a).toArray();
    }
}
