package steelchain.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Filtering and sorting of grid rows, without a display. */
class RowArrangerTest {

    private static final int CODE = 0;
    private static final int NAME = 1;
    private static final int STOCK = 2;
    private static final int RELEASED = 3;

    private final RowArranger<SteelGrade> arranger = new RowArranger<>(SteelGrade.columns());

    private final List<SteelGrade> grades = List.of(
            new SteelGrade("A", "beta", 10.0, LocalDate.of(2020, 5, 1)),
            new SteelGrade("B", "Alpha", 9.5, LocalDate.of(2019, 12, 31)),
            new SteelGrade("C", "alpha", 100.0, null),
            new SteelGrade("D", "Gamma", null, LocalDate.of(2021, 1, 1)),
            new SteelGrade("E", "beta", 9.5, LocalDate.of(2020, 5, 1)));

    private int[] arrange(GridQuery query) {
        return arranger.arrange(grades, query, () -> false);
    }

    @Test
    void withoutFiltersOrSortEveryRowStaysInInputOrder() {
        assertArrayEquals(new int[] { 0, 1, 2, 3, 4 }, arrange(GridQuery.ALL));
    }

    @Test
    void numbersSortByValueNotByText() {
        // As text, "100.0" would come before "9.5".
        assertArrayEquals(new int[] { 1, 4, 0, 2, 3 }, arrange(GridQuery.ALL.sortedBy(STOCK, false)));
    }

    @Test
    void descendingKeepsEqualValuesInInputOrderAndEmptyValuesLast() {
        assertArrayEquals(new int[] { 2, 0, 1, 4, 3 }, arrange(GridQuery.ALL.sortedBy(STOCK, true)));
    }

    @Test
    void textsSortIgnoringCaseAndStably() {
        assertArrayEquals(new int[] { 1, 2, 0, 4, 3 }, arrange(GridQuery.ALL.sortedBy(NAME, false)));
    }

    @Test
    void datesSortInTimeOrder() {
        assertArrayEquals(new int[] { 1, 0, 4, 3, 2 }, arrange(GridQuery.ALL.sortedBy(RELEASED, false)));
    }

    @Test
    void theQuickFilterMatchesTheShownTextOfAnyColumnIgnoringCase() {
        assertArrayEquals(new int[] { 1, 2 }, arrange(GridQuery.ALL.withQuickFilter("ALPH")));
        assertArrayEquals(new int[] { 0, 4 }, arrange(GridQuery.ALL.withQuickFilter("2020-05")));
        // Numbers are matched as shown: "100.0" with its grouping and decimals.
        assertArrayEquals(new int[] { 2 }, arrange(GridQuery.ALL.withQuickFilter("100.0")));
    }

    @Test
    void columnFiltersMustAllMatchTheirOwnColumn() {
        assertArrayEquals(new int[] { 0, 4 }, arrange(GridQuery.ALL.withColumnFilters(Map.of(NAME, "beta"))));
        assertArrayEquals(new int[] { 4 },
                arrange(GridQuery.ALL.withColumnFilters(Map.of(NAME, "beta", STOCK, "9.5"))));
        assertArrayEquals(new int[0], arrange(GridQuery.ALL.withColumnFilters(Map.of(CODE, "beta"))));
        assertArrayEquals(new int[] { 0, 1, 2, 3, 4 },
                arrange(GridQuery.ALL.withColumnFilters(Map.of(NAME, "  "))), "a blank filter filters nothing");
    }

    @Test
    void filteringAndSortingCombine() {
        GridQuery query = GridQuery.ALL.withQuickFilter("a").sortedBy(STOCK, true);
        assertArrayEquals(new int[] { 2, 0, 1, 4, 3 }, arrange(query));
        assertArrayEquals(new int[] { 0, 4 }, arrange(query.withColumnFilters(Map.of(NAME, "bet"))));
    }

    @Test
    void aCancelledArrangementGivesNothing() {
        assertNull(arranger.arrange(grades, GridQuery.ALL.withQuickFilter("a"), () -> true));
    }

    @Test
    void unknownColumnsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> arrange(GridQuery.ALL.sortedBy(4, false)));
        assertThrows(IllegalArgumentException.class, () -> arrange(GridQuery.ALL.withColumnFilters(Map.of(7, "x"))));
    }

    @Test
    void wholeAndDecimalNumbersCompareExactly() {
        RowArranger<Number> numbers = new RowArranger<>(
                List.of(GridColumn.number("Value", (Number n) -> n, "0.##", Locale.US)));
        List<Number> values = List.of(new BigDecimal("0.30"), 2L, 1, 0.1, Long.MAX_VALUE, Long.MAX_VALUE - 1);
        assertArrayEquals(new int[] { 3, 0, 2, 1, 5, 4 },
                numbers.arrange(values, GridQuery.ALL.sortedBy(0, false), () -> false));
    }

    @Test
    void aMillionRowsSortLikeAStableSortAndFilterLikeAScan() {
        List<SteelGrade> many = SteelGrade.many(1_000_000);
        RowArranger<SteelGrade> manyArranger = new RowArranger<>(SteelGrade.columns());

        int[] byStock = manyArranger.arrange(many, GridQuery.ALL.sortedBy(STOCK, false), () -> false);
        Integer[] expected = IntStream.range(0, many.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(expected, Comparator.comparing((Integer i) -> many.get(i).stockTonnes()));
        assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), byStock);

        int[] stainless = manyArranger.arrange(many, GridQuery.ALL.withQuickFilter("STAINLESS"), () -> false);
        int[] scanned = IntStream.range(0, many.size())
                .filter(i -> many.get(i).name().toLowerCase(Locale.ROOT).contains("stainless")).toArray();
        assertArrayEquals(scanned, stainless);
        assertEquals(285_714, stainless.length, "two of the seven names are stainless");
        assertTrue(IntStream.range(1, stainless.length).allMatch(i -> stainless[i - 1] < stainless[i]),
                "filtered rows keep the input order");
    }
}
