package steelchain.marketing.segmentation;

import java.util.Locale;

import steelchain.core.text.Texts;

/** The customer segments in the sales department's words, each with the strategy it recommends. */
public enum Segment {
    TOP_STABLE,
    HIGH_VALUE_GROWING,
    MID_VALUE_STABLE,
    MID_VALUE_LOST,
    LOW_VALUE_SEASONAL,
    LOW_VALUE_LOST,
    LOW_VALUE_RETURNED;

    private static final Texts TEXTS = Texts.of(Segment.class);

    public String label(Locale locale) {
        return TEXTS.get(locale, "segment." + name());
    }

    /** What sales should do with customers of this segment. */
    public String strategy(Locale locale) {
        return TEXTS.get(locale, "strategy." + name());
    }
}
