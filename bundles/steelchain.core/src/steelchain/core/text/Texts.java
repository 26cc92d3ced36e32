package steelchain.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing texts of one bundle, read from {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Simplified Chinese) next to an anchor class.
 * <p>
 * Unlike a plain {@link ResourceBundle#getBundle(String)}, a requested locale never falls
 * back to the JVM's default locale: asking for English on a Chinese desktop gives English.
 */
public final class Texts {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private Texts(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** Texts in {@code <package of anchor>/messages*.properties}, loaded by the anchor's bundle. */
    public static Texts of(Class<?> anchor) {
        return new Texts(anchor.getPackageName() + ".messages", anchor.getClassLoader());
    }

    /**
     * The text for {@code key} in {@code locale}. Every text is a {@link MessageFormat} pattern,
     * so a literal apostrophe is written twice.
     */
    public String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, locale, loader, NO_DEFAULT_LOCALE_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text '" + key + "' in " + baseName, e);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
