package steelchain.masterdata.edit;

import java.util.List;
import java.util.Locale;

import steelchain.masterdata.ImportProblem.Reason;

/**
 * What is wrong with a field of an editor.
 *
 * @param field     the field
 * @param line      the 1-based line of a list field (a customer's contacts), 0 for a single field
 * @param value     the field's text, empty for an empty field
 * @param reason    what is wrong
 * @param arguments details of the reason; a {@link FormField} among them is shown by its label
 */
public record FieldProblem(FormField field, int line, String value, Reason reason, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    /** E.g. "Credit limit (CNY): must not be negative (was '-5')": the field, the reason and the value. */
    public String message(Locale locale) {
        String place = line == 0 ? field.label(locale)
                : EditTexts.get(locale, "problem.line", field.label(locale), Integer.toString(line));
        String reasonText = reason.text(locale,
                arguments.stream().map(a -> a instanceof FormField f ? f.label(locale) : a).toList());
        return value.isBlank() ? EditTexts.get(locale, "problem", place, reasonText)
                : EditTexts.get(locale, "problem.value", place, reasonText, value.strip());
    }
}
