package steelchain.ui.widgets;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How long the grid's background work takes for a million rows: sorting by each kind of column
 * and filtering. Not a test (speed depends on the machine); run it by hand:
 *
 * <pre>
 * java -cp bundles/steelchain.ui/target/classes:tests/steelchain.ui.tests/target/classes \
 *      steelchain.ui.widgets.GridBenchmark
 * </pre>
 */
public final class GridBenchmark {

    private static final int ROWS = 1_000_000;
    private static final int RUNS = 7;

    private GridBenchmark() {
    }

    public static void main(String[] args) {
        List<SteelGrade> grades = SteelGrade.many(ROWS);
        RowArranger<SteelGrade> arranger = new RowArranger<>(SteelGrade.columns());
        Map<String, GridQuery> queries = Map.of(
                "sort by code (text)", GridQuery.ALL.sortedBy(0, false),
                "sort by name (text, many equal)", GridQuery.ALL.sortedBy(1, false),
                "sort by stock (number)", GridQuery.ALL.sortedBy(2, true),
                "sort by release (date)", GridQuery.ALL.sortedBy(3, false),
                "quick filter over all columns", GridQuery.ALL.withQuickFilter("stainless"),
                "column filter on code", GridQuery.ALL.withColumnFilters(Map.of(0, "SC-0012")),
                "quick filter, then sort by stock", GridQuery.ALL.withQuickFilter("alloy").sortedBy(2, false));
        System.out.printf("%d rows, %d processors, Java %s; median of %d runs after one warm-up%n", ROWS,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), RUNS);
        queries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(query -> {
            long millis = medianMillis(() -> arranger.arrange(grades, query.getValue(), () -> false));
            System.out.printf("%-35s %6d ms%n", query.getKey(), millis);
        });
    }

    private static long medianMillis(Supplier<int[]> work) {
        work.get();
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.get();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }
}
