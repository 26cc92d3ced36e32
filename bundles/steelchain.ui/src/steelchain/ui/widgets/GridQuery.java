package steelchain.ui.widgets;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which rows a {@link Grid} shows and in which order: those containing the quick filter text in
 * any column and each column filter text in its column (ignoring case), sorted by one column.
 *
 * @param quickFilter   text that some column must contain; empty for none
 * @param columnFilters per column index, text that the column must contain
 * @param sortColumn    index of the column to sort by, or {@link #UNSORTED} for the input order
 * @param descending    whether the sort is from largest to smallest
 */
public record GridQuery(String quickFilter, Map<Integer, String> columnFilters, int sortColumn, boolean descending) {

    public static final int UNSORTED = -1;

    /** Every row, in the input order. */
    public static final GridQuery ALL = new GridQuery("", Map.of(), UNSORTED, false);

    public GridQuery {
        quickFilter = Objects.requireNonNull(quickFilter, "quickFilter").strip();
        TreeMap<Integer, String> filters = new TreeMap<>();
        columnFilters.forEach((column, text) -> {
            if (text != null && !text.isBlank()) {
                filters.put(column, text.strip());
            }
        });
        columnFilters = Map.copyOf(filters);
        if (sortColumn < UNSORTED) {
            throw new IllegalArgumentException("No column " + sortColumn);
        }
        descending = descending && sortColumn != UNSORTED;
    }

    public GridQuery withQuickFilter(String text) {
        return new GridQuery(text, columnFilters, sortColumn, descending);
    }

    public GridQuery withColumnFilters(Map<Integer, String> filters) {
        return new GridQuery(quickFilter, filters, sortColumn, descending);
    }

    public GridQuery sortedBy(int column, boolean fromLargest) {
        return new GridQuery(quickFilter, columnFilters, column, fromLargest);
    }

    public GridQuery unsorted() {
        return new GridQuery(quickFilter, columnFilters, UNSORTED, false);
    }

    public boolean filters() {
        return !quickFilter.isEmpty() || !columnFilters.isEmpty();
    }
}
