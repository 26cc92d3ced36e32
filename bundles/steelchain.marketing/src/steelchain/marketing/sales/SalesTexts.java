package steelchain.marketing.sales;

import java.util.Locale;

import steelchain.core.text.Texts;

/** Names of the sales loop's record types and states in both languages, for messages and views. */
public final class SalesTexts {

    private static final Texts TEXTS = Texts.of(SalesTexts.class);

    private SalesTexts() {
    }

    /** E.g. "contract HT-00001000" or "合同 HT-00001000". */
    public static String recordName(Locale locale, SalesRecordType type, String number) {
        return TEXTS.get(locale, "record", typeName(locale, type), number);
    }

    /** E.g. "contract", "合同". */
    public static String typeName(Locale locale, SalesRecordType type) {
        return TEXTS.get(locale, "type." + type.name());
    }

    /** The name of a state, e.g. "credit pending"; {@code state} is an enum constant's name. */
    public static String stateName(Locale locale, String state) {
        return state == null ? "" : TEXTS.get(locale, "state." + state);
    }

    /** E.g. "due date", "交货期". */
    public static String fieldName(Locale locale, SalesField field) {
        return TEXTS.get(locale, "field." + field.name());
    }

    public static String channelName(Locale locale, SalesChannel channel) {
        return TEXTS.get(locale, "channel." + channel.name());
    }

    public static String caseTypeName(Locale locale, ServiceCaseType type) {
        return TEXTS.get(locale, "caseType." + type.name());
    }
}
