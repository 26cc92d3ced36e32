package steelchain.marketing.ui.insight;

import java.util.Locale;

import steelchain.core.text.Texts;

/** Names the insight views share: product forms, regions, forecast methods, loyalty tiers, common words. */
public final class InsightTexts {

    private static final Texts TEXTS = Texts.of(InsightTexts.class);

    private InsightTexts() {
    }

    /** A text of this package. */
    public static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    /** The user's word for an enum constant, e.g. "Hot-rolled coil" for {@code ProductForm.HOT_ROLLED_COIL}. */
    public static String of(Enum<?> value, Locale locale) {
        return value == null ? "" : TEXTS.get(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A ratio as a percentage with one decimal, or "n/a" when undefined. */
    public static String percent(double ratio, Locale locale) {
        return Double.isNaN(ratio) ? TEXTS.get(locale, "notAvailable") : TEXTS.get(locale, "percent", ratio * 100);
    }
}
