package steelchain.masterdata.edit;

import java.util.Locale;

import steelchain.core.text.Texts;

/** The texts of the editors' model: field names and messages, in English and Chinese. */
final class EditTexts {

    private static final Texts TEXTS = Texts.of(EditTexts.class);

    private EditTexts() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }
}
