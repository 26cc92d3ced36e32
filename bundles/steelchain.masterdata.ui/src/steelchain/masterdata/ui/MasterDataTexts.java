package steelchain.masterdata.ui;

import java.util.Locale;

import steelchain.core.text.Texts;

/** The texts of the master data views, in English and Chinese. */
final class MasterDataTexts {

    private static final Texts TEXTS = Texts.of(MasterDataTexts.class);

    private MasterDataTexts() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    /** The user's word for an enum value of the model, e.g. Industry.AUTOMOTIVE. */
    static String of(Enum<?> value, Locale locale) {
        return value == null ? "" : TEXTS.get(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
