package steelchain.marketing.sales;

import java.util.Arrays;
import java.util.Locale;

import steelchain.core.model.ModelWords;
import steelchain.core.model.ProductForm;
import steelchain.core.text.Texts;

/**
 * A step of the sales loop broke a rule; nothing of the step was written. The message names the
 * rule and the record, in English ({@link #getMessage()}) or any language ({@link #message(Locale)}).
 */
public class SalesRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Texts TEXTS = Texts.of(SalesRuleException.class);

    private final SalesRule rule;
    private final SalesRecordType recordType;
    private final String recordNumber;
    private final transient Object[] details;

    /**
     * @param details the arguments of the rule's message {@code rule.<RULE>.detail}; a field, record
     *                type, product form or state is given as its enum constant and named in the
     *                message's language
     */
    public SalesRuleException(SalesRule rule, SalesRecordType recordType, String recordNumber, Object... details) {
        super(format(Locale.ENGLISH, rule, recordType, recordNumber, details));
        this.rule = rule;
        this.recordType = recordType;
        this.recordNumber = recordNumber;
        this.details = details.clone();
    }

    public SalesRule rule() {
        return rule;
    }

    public SalesRecordType recordType() {
        return recordType;
    }

    public String recordNumber() {
        return recordNumber;
    }

    /** E.g. "Rule 'order needs a contract' broken by order SO-1: ...". */
    public String message(Locale locale) {
        return format(locale, rule, recordType, recordNumber, details);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    private static String format(Locale locale, SalesRule rule, SalesRecordType type, String number, Object[] details) {
        return TEXTS.get(locale, "violation", TEXTS.get(locale, "rule." + rule.name()),
                SalesTexts.recordName(locale, type, number),
                TEXTS.get(locale, "rule." + rule.name() + ".detail",
                        Arrays.stream(details).map(detail -> inWords(detail, locale)).toArray()));
    }

    private static Object inWords(Object detail, Locale locale) {
        if (detail instanceof SalesField field) {
            return SalesTexts.fieldName(locale, field);
        }
        if (detail instanceof SalesRecordType type) {
            return SalesTexts.typeName(locale, type);
        }
        if (detail instanceof ProductForm form) {
            return ModelWords.of(form, locale);
        }
        if (detail instanceof Enum<?> state) { // the states of the loop's records and of orders
            return SalesTexts.stateName(locale, state.name());
        }
        return detail;
    }
}
