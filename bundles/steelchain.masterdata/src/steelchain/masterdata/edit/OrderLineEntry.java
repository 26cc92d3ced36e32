package steelchain.masterdata.edit;

import java.util.HashMap;
import java.util.Map;

/**
 * One line in the order editor: its number and the texts of the {@link OrderForm#LINE_FIELDS}
 * as typed; empty, never null, for a field not filled.
 *
 * @param id      the line's database id, or null for a line added in the editor
 * @param version the line's version when it was read; 0 for a new line
 * @param number  the line number; a stored line keeps its own, new lines follow the last one
 */
public record OrderLineEntry(Long id, long version, int number, Map<FormField, String> texts) {

    public OrderLineEntry {
        texts = Map.copyOf(texts);
    }

    /** Whether the line is in the database; such a line is cancelled by its status, never removed. */
    public boolean isStored() {
        return id != null;
    }

    /** The text of one of the {@link OrderForm#LINE_FIELDS}. */
    public String get(FormField field) {
        if (!OrderForm.LINE_FIELDS.contains(field)) {
            throw new IllegalArgumentException("Not an order line field: " + field.key());
        }
        return texts.getOrDefault(field, "");
    }

    /** This line with {@code field} set to {@code text}. */
    OrderLineEntry with(FormField field, String text) {
        get(field);
        Map<FormField, String> changed = new HashMap<>(texts);
        changed.put(field, text == null ? "" : text);
        return new OrderLineEntry(id, version, number, changed);
    }

    /** This line under another number: new lines close up when one of them is removed. */
    OrderLineEntry numbered(int newNumber) {
        return new OrderLineEntry(id, version, newNumber, texts);
    }
}
