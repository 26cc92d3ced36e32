package steelchain.masterdata.edit;

import java.util.List;
import java.util.Locale;

import steelchain.core.model.ModelWords;
import steelchain.masterdata.ImportProblem.Reason;

/**
 * What is wrong with a field of an editor.
 *
 * @param field     the field
 * @param line      the 1-based line of a list field (a customer's contacts, an order's lines), 0 for a
 *                  single field
 * @param value     the field's text, empty for an empty field
 * @param reason    what is wrong
 * @param arguments details of the reason; a {@link FormField} among them is shown by its label, a
 *                  constant of the model (a product form) by its name in the user's words
 */
public record FieldProblem(FormField field, int line, String value, Reason reason, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    /**
     * E.g. "Credit limit (CNY): must not be negative (was '-5')" or "Tonnes (line 2): must be
     * greater than 0 (was '-3')": the field, the line of a list field, the reason and the value.
     */
    public String message(Locale locale) {
        String place = line == 0 ? field.label(locale)
                : EditTexts.get(locale, "problem.line." + listName(), field.label(locale), Integer.toString(line));
        String reasonText = reason.text(locale, arguments.stream().map(a -> a instanceof FormField f
                ? f.label(locale) : a instanceof Enum<?> e ? ModelWords.of(e, locale) : a).toList());
        return value.isBlank() ? EditTexts.get(locale, "problem", place, reasonText)
                : EditTexts.get(locale, "problem.value", place, reasonText, value.strip());
    }

    /** What a line of the field's list is called: the first part of the field's key ("contact", "orderLine"). */
    private String listName() {
        int dot = field.key().indexOf('.');
        return dot < 0 ? field.key() : field.key().substring(0, dot);
    }
}
