package steelchain.marketing.ui;

import java.util.Locale;

import steelchain.core.text.Texts;

/** The texts of the marketing views, in English and Chinese. */
final class MarketingTexts {

    private static final Texts TEXTS = Texts.of(MarketingTexts.class);

    private MarketingTexts() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }
}
