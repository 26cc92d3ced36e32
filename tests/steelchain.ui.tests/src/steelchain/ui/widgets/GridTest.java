package steelchain.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grid with a million rows in a real shell on a display: it paints, sorts on header clicks,
 * filters and reports the selection. Needs a display: Xvfb in CI.
 */
class GridTest {

    private static final int ROWS = 1_000_000;
    /** NatTable positions: the row header is column 0; the column header row 0, the filter row 1. */
    private static final int FIRST_BODY_COLUMN = 1;
    private static final int FIRST_BODY_ROW = 2;
    private static final int CODE = 0;
    private static final int NAME = 1;
    private static final int STOCK = 2;

    private static List<SteelGrade> grades;
    private static Display display;
    private static Shell shell;
    private static Grid<SteelGrade> grid;

    @BeforeAll
    static void showAMillionRows() {
        grades = SteelGrade.many(ROWS);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
        grid = new Grid<>(shell, SteelGrade.columns());
        grid.setInput(grades);
        shell.open();
        waitUntilArranged();
    }

    @AfterAll
    static void closeShell() {
        shell.dispose();
        spin();
    }

    @BeforeEach
    void showEverythingInInputOrder() {
        grid.setQuickFilter("");
        for (int column = 0; column < SteelGrade.columns().size(); column++) {
            grid.setColumnFilter(column, "");
        }
        grid.sortBy(GridQuery.UNSORTED, false);
        waitUntilArranged();
    }

    @Test
    void aMillionRowsArePaintedCellByCell() {
        NatTable table = grid.table();
        assertEquals(ROWS, grid.rowCount());
        assertTrue(table.getRowCount() > FIRST_BODY_ROW + 10, () -> "visible rows: " + table.getRowCount());
        assertEquals("SC-0000000", table.getDataValueByPosition(FIRST_BODY_COLUMN + CODE, FIRST_BODY_ROW));
        assertEquals(String.format(Locale.US, "%,.1f", grades.get(1).stockTonnes()),
                table.getDataValueByPosition(FIRST_BODY_COLUMN + STOCK, FIRST_BODY_ROW + 1));
        assertEquals(1, table.getDataValueByPosition(0, FIRST_BODY_ROW), "rows are numbered");

        // Text is painted, not just the grid lines (which is all a failing cell painter leaves).
        int headerHeight = table.getStartYOfRowPosition(FIRST_BODY_ROW);
        long darkPixels = darkPixelsBelow(table, headerHeight);
        assertTrue(darkPixels > 500, () -> "dark (text) pixels in the body: " + darkPixels);
    }

    @Test
    void clickingTheStockHeaderSortsByNumberThenDescending() {
        clickHeader(STOCK);
        waitUntilArranged();
        assertEquals(smallestBy(Comparator.comparing(SteelGrade::stockTonnes)), grid.row(0));
        assertTrue(grid.row(0).stockTonnes() <= grid.row(1).stockTonnes());

        clickHeader(STOCK);
        waitUntilArranged();
        assertEquals(smallestBy(Comparator.comparing(SteelGrade::stockTonnes).reversed()), grid.row(0));
        assertEquals(new GridQuery("", Map.of(), STOCK, true), grid.query());
    }

    @Test
    void clickingTheNameHeaderSortsAlphabeticallyKeepingTheInputOrderOfEqualNames() {
        clickHeader(NAME);
        waitUntilArranged();
        Comparator<SteelGrade> byName = Comparator.comparing(SteelGrade::name, String.CASE_INSENSITIVE_ORDER);
        SteelGrade first = smallestBy(byName);
        assertEquals(first, grid.row(0));
        // Equal names are a thousand apart in the input and stay in that order.
        assertEquals(first.name(), grid.row(1).name());
        assertTrue(grid.row(0).code().compareTo(grid.row(1).code()) < 0);
        assertEquals(grid.row(0).name(), table().getDataValueByPosition(FIRST_BODY_COLUMN + NAME, FIRST_BODY_ROW));
    }

    @Test
    void filtersReduceTheRowsToTheMatchingOnes() {
        grid.setColumnFilter(CODE, "SC-0012");
        waitUntilArranged();
        assertEquals(1000, grid.rowCount(), "codes SC-0012000 to SC-0012999");
        assertEquals("SC-0012000", grid.row(0).code());

        grid.setColumnFilter(CODE, "");
        grid.setQuickFilter("STAINLESS");
        waitUntilArranged();
        long stainless = grades.stream().filter(g -> g.name().toLowerCase(Locale.ROOT).contains("stainless")).count();
        assertEquals(stainless, grid.rowCount());
        assertTrue(IntStream.range(0, 50).allMatch(i -> grid.row(i).name().toLowerCase(Locale.ROOT).contains("stainless")));
    }

    @Test
    void theSelectionIsTheRowObjectShownThereAndFollowsSorting() {
        List<List<SteelGrade>> reported = new ArrayList<>();
        grid.addSelectionListener(reported::add);
        grid.setQuickFilter("316L");
        waitUntilArranged();
        SteelGrade third = grid.row(2);

        grid.select(2);
        spin();
        assertEquals(List.of(third), grid.selection());
        assertEquals(List.of(third), reported.get(reported.size() - 1));

        grid.sortBy(STOCK, true);
        waitUntilArranged();
        assertEquals(List.of(third), grid.selection(), "the same row stays selected after sorting");
    }

    private static NatTable table() {
        return grid.table();
    }

    private static SteelGrade smallestBy(Comparator<SteelGrade> order) {
        return grades.stream().min(order).orElseThrow();
    }

    /** A left click in the middle of the column's header cell, as a user makes it. */
    private static void clickHeader(int column) {
        NatTable table = table();
        int position = FIRST_BODY_COLUMN + column;
        int x = table.getStartXOfColumnPosition(position) + table.getColumnWidthByPosition(position) / 2;
        int y = table.getRowHeightByPosition(0) / 2;
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event event = new Event();
            event.button = 1;
            event.x = x;
            event.y = y;
            event.count = 1;
            table.notifyListeners(type, event);
        }
        spin();
    }

    private static long darkPixelsBelow(NatTable table, int top) {
        Image image = new Image(display, table.getSize().x, table.getSize().y);
        try {
            GC gc = new GC(table);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageData data = image.getImageData();
            long dark = 0;
            for (int y = top; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    if (rgb.red + rgb.green + rgb.blue < 3 * 100) {
                        dark++;
                    }
                }
            }
            return dark;
        } finally {
            image.dispose();
        }
    }

    /**
     * Lets the UI work until the grid has shown its newest arrangement. No time limit: the test
     * runtime's timeout guards against a hang, and speed is measured by GridBenchmark instead.
     */
    private static void waitUntilArranged() {
        spinUntil(() -> !grid.isArranging());
        spin();
    }

    private static void spinUntil(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    private static void spin() {
        while (display.readAndDispatch()) {
            // Work off all pending UI events, painting included.
        }
    }
}
