package steelchain.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import steelchain.core.batch.JobArgumentParser;

class TextsTest {

    private final Locale defaultLocale = Locale.getDefault();
    private final Texts texts = Texts.of(JobArgumentParser.class);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void englishIsNotReplacedByTheDefaultLocale() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("whole number", texts.get(Locale.ENGLISH, "type.INTEGER"));
        assertEquals("整数", texts.get(Locale.SIMPLIFIED_CHINESE, "type.INTEGER"));
    }

    @Test
    void otherChineseVariantsAndUnknownLanguagesFallBack() {
        assertEquals("整数", texts.get(Locale.TRADITIONAL_CHINESE, "type.INTEGER"));
        assertEquals("whole number", texts.get(Locale.GERMAN, "type.INTEGER"));
    }

    @Test
    void fillsArgumentsAndNamesAMissingKey() {
        assertEquals("Option --x is given more than once.", texts.get(Locale.ENGLISH, "usage.repeatedOption", "x"));
        assertThrows(IllegalArgumentException.class, () -> texts.get(Locale.ENGLISH, "no.such.key"));
    }
}
