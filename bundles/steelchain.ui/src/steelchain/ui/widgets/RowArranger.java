package steelchain.ui.widgets;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Filters and sorts the rows of a grid after a {@link GridQuery}, without any widget, so that
 * the grid can do it in the background and tests can check it without a display. Filters match
 * what a cell shows (its formatted text); sorting is by value and stable, so rows with equal
 * values keep their input order.
 *
 * @param <T> the type of the rows
 */
final class RowArranger<T> {

    /** Longs up to 2^53 in size convert to double without loss. */
    private static final long MAX_EXACT_LONG = 1L << 53;

    private final List<GridColumn<T>> columns;

    RowArranger(List<GridColumn<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * The positions in {@code rows} of the rows that {@code query} lets through, in its order;
     * {@code null} when {@code cancelled} turned true on the way.
     */
    int[] arrange(List<T> rows, GridQuery query, BooleanSupplier cancelled) {
        for (int column : query.columnFilters().keySet()) {
            checkColumn(column);
        }
        if (query.sortColumn() != GridQuery.UNSORTED) {
            checkColumn(query.sortColumn());
        }
        int[] passing = filter(rows, query, cancelled);
        if (passing == null || cancelled.getAsBoolean()) {
            return null;
        }
        return query.sortColumn() == GridQuery.UNSORTED ? passing : sort(rows, passing, query);
    }

    private int[] filter(List<T> rows, GridQuery query, BooleanSupplier cancelled) {
        IntStream positions = IntStream.range(0, rows.size());
        if (!query.filters()) {
            return positions.toArray();
        }
        // Parallel, yet in input order: toArray keeps the encounter order of the stream.
        int[] passing = positions.parallel()
                .filter(position -> !cancelled.getAsBoolean() && matches(rows.get(position), query))
                .toArray();
        return cancelled.getAsBoolean() ? null : passing;
    }

    private boolean matches(T row, GridQuery query) {
        for (Map.Entry<Integer, String> filter : query.columnFilters().entrySet()) {
            if (!containsIgnoringCase(columns.get(filter.getKey()).text(row), filter.getValue())) {
                return false;
            }
        }
        String quick = query.quickFilter();
        if (quick.isEmpty()) {
            return true;
        }
        for (GridColumn<T> column : columns) {
            if (containsIgnoringCase(column.text(row), quick)) {
                return true;
            }
        }
        return false;
    }

    private int[] sort(List<T> rows, int[] passing, GridQuery query) {
        GridColumn<T> column = columns.get(query.sortColumn());
        Object[] values = new Object[passing.length];
        IntStream.range(0, passing.length).parallel().forEach(i -> values[i] = column.sortKey(rows.get(passing[i])));
        // Rows without a value come last in either direction, in input order.
        int[] withValue = IntStream.range(0, values.length).filter(i -> values[i] != null).toArray();
        int[] withoutValue = IntStream.range(0, values.length).filter(i -> values[i] == null).toArray();
        IndexSort.IndexOrder ascending = ascendingOrder(column, values);
        IndexSort.sort(withValue, query.descending() ? (a, b) -> ascending.compare(b, a) : ascending);
        int[] sorted = new int[passing.length];
        for (int i = 0; i < withValue.length; i++) {
            sorted[i] = passing[withValue[i]];
        }
        for (int i = 0; i < withoutValue.length; i++) {
            sorted[withValue.length + i] = passing[withoutValue[i]];
        }
        return sorted;
    }

    /** Compares values at two indices: as plain doubles where every number is one exactly, else by the column. */
    private static IndexSort.IndexOrder ascendingOrder(GridColumn<?> column, Object[] values) {
        if (column.numeric()) {
            double[] numbers = new double[values.length];
            boolean exact = true;
            for (int i = 0; i < values.length && exact; i++) {
                if (values[i] != null) {
                    exact = isExactDouble((Number) values[i]);
                    numbers[i] = ((Number) values[i]).doubleValue();
                }
            }
            if (exact) {
                return (a, b) -> Double.compare(numbers[a], numbers[b]);
            }
        }
        Comparator<Object> order = column.order();
        return (a, b) -> order.compare(values[a], values[b]);
    }

    private static boolean isExactDouble(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return true;
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return Math.abs(number.longValue()) <= MAX_EXACT_LONG;
        }
        return false;
    }

    private void checkColumn(int column) {
        if (column < 0 || column >= columns.size()) {
            throw new IllegalArgumentException("No column " + column + " among " + columns.size());
        }
    }

    static boolean containsIgnoringCase(String text, String part) {
        int length = part.length();
        for (int start = 0, last = text.length() - length; start <= last; start++) {
            if (text.regionMatches(true, start, part, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
