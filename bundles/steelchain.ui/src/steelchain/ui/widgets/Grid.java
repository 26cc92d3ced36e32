package steelchain.ui.widgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.filterrow.config.DefaultFilterRowConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.IRowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionModel;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultRowSelectionLayerConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import steelchain.core.text.Texts;

/**
 * A read-only grid for large lists (master data of up to a million rows): a quick filter over
 * all columns, a filter row with one text per column, sorting by a click on a column header,
 * and row selection. Filtering and sorting run in the background, so the UI stays responsive
 * while a million rows are rearranged; the grid shows the previous arrangement until then.
 * <p>
 * Built on NatTable. Use it from the UI thread.
 *
 * @param <T> the type of the rows
 */
public final class Grid<T> {

    private static final Texts TEXTS = Texts.of(Grid.class);
    private static final String RIGHT_ALIGNED = "steelchain.grid.rightAligned";
    private static final int QUICK_FILTER_DELAY_MILLIS = 250;
    private static final int ROW_HEADER_WIDTH = 64;

    private final List<GridColumn<T>> columns;
    private final RowArranger<T> arranger;
    private final Locale locale = Locale.getDefault();
    private final ExecutorService arranging = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "Grid filter and sort");
        thread.setDaemon(true);
        return thread;
    });
    /** The newest arrangement asked for; older ones still running give up. */
    private final AtomicLong newestRequest = new AtomicLong();
    /** The request whose arrangement is shown. */
    private long shownRequest;
    private final List<Consumer<List<T>>> selectionListeners = new ArrayList<>();

    private final Display display;
    private final Composite control;
    private final Text quickFilter;
    private final Label rowCount;
    private final NatTable table;
    private final DataLayer bodyData;
    private final SelectionLayer selectionLayer;
    private final FilterRowHeaderComposite<Integer> filterRow;
    private final Runnable applyQuickFilter;

    private List<T> requestedRows = List.of();
    private GridQuery query = GridQuery.ALL;
    /** The rows the shown positions point into: the input as of the last finished arrangement. */
    private List<T> shownRows = List.of();
    /** Positions in {@link #shownRows} of the rows shown, top to bottom. */
    private int[] shown = new int[0];
    /** For each position in {@link #shownRows}, where it is shown, or -1; built when first needed. */
    private int[] shownAt;

    /** A grid with {@code columns} in a new composite under {@code parent}; lay out {@link #control()}. */
    public Grid(Composite parent, List<GridColumn<T>> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A grid needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.arranger = new RowArranger<>(this.columns);

        display = parent.getDisplay();
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(control);
        quickFilter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        quickFilter.setMessage(TEXTS.get(locale, "grid.quickFilter.hint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(quickFilter);
        rowCount = new Label(control, SWT.RIGHT);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(rowCount);

        ShownRows body = new ShownRows();
        bodyData = new DataLayer(body);
        ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
        for (int column = 0; column < this.columns.size(); column++) {
            bodyData.setColumnWidthByPosition(column, this.columns.get(column).width());
            if (this.columns.get(column).alignRight()) {
                labels.registerColumnOverrides(column, RIGHT_ALIGNED);
            }
        }
        bodyData.setConfigLabelAccumulator(labels);
        selectionLayer = new SelectionLayer(bodyData, false);
        // Rows are identified by their position in the input, so a selection survives sorting and filtering.
        selectionLayer.setSelectionModel(new RowSelectionModel<>(selectionLayer, body, inputPosition -> inputPosition));
        selectionLayer.addConfiguration(new DefaultRowSelectionLayerConfiguration());
        ViewportLayer viewport = new ViewportLayer(selectionLayer);

        ConfigRegistry configRegistry = new ConfigRegistry();
        IDataProvider titles = new DefaultColumnHeaderDataProvider(
                this.columns.stream().map(GridColumn::title).toArray(String[]::new));
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(titles), viewport,
                selectionLayer);
        SortHeaderLayer<Integer> sortHeader = new SortHeaderLayer<>(columnHeader, new SortByColumn());
        filterRow = new FilterRowHeaderComposite<>(new FilterByColumns(), sortHeader, titles, configRegistry);
        IDataProvider rowNumbers = new DefaultRowHeaderDataProvider(body);
        DefaultRowHeaderDataLayer rowHeaderData = new DefaultRowHeaderDataLayer(rowNumbers);
        rowHeaderData.setDefaultColumnWidth(ROW_HEADER_WIDTH);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(titles, rowNumbers)),
                rowHeader, filterRow);

        table = new NatTable(control, new GridLayer(viewport, filterRow, rowHeader, corner), false);
        table.setConfigRegistry(configRegistry);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new SingleClickSortConfiguration());
        table.addConfiguration(new DefaultFilterRowConfiguration());
        table.addConfiguration(new Alignment());
        table.configure();
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);

        RowSelectionProvider<Integer> selection = new RowSelectionProvider<>(selectionLayer, body, false);
        selection.addSelectionChangedListener(event -> {
            List<T> selected = selection();
            List.copyOf(selectionListeners).forEach(listener -> listener.accept(selected));
        });
        applyQuickFilter = () -> {
            if (!quickFilter.isDisposed()) {
                rearrange(requestedRows, query.withQuickFilter(quickFilter.getText()));
            }
        };
        quickFilter.addListener(SWT.Modify, event -> {
            // Wait for a pause in typing instead of filtering a million rows per keystroke.
            display.timerExec(-1, applyQuickFilter);
            display.timerExec(QUICK_FILTER_DELAY_MILLIS, applyQuickFilter);
        });
        control.addListener(SWT.Dispose, event -> {
            newestRequest.incrementAndGet();
            arranging.shutdownNow();
        });
        showRowCount(false);
    }

    /** The composite that holds the quick filter and the table, for layout data. */
    public Composite control() {
        return control;
    }

    /**
     * Shows {@code rows}, filtered and sorted as the grid is. The list is copied; it must not
     * contain {@code null}. The grid shows the new rows once they are arranged.
     */
    public void setInput(List<T> rows) {
        rearrange(List.copyOf(rows), query);
    }

    /** The rows last given to {@link #setInput(List)}. */
    public List<T> input() {
        return requestedRows;
    }

    /** How many rows the grid shows, after filtering. */
    public int rowCount() {
        return shown.length;
    }

    /** The row shown at {@code position} (0 is the top one). */
    public T row(int position) {
        return shownRows.get(shown[position]);
    }

    /** The selected rows, top to bottom. */
    public List<T> selection() {
        @SuppressWarnings("unchecked")
        IRowSelectionModel<Integer> model = (IRowSelectionModel<Integer>) selectionLayer.getSelectionModel();
        int[] shownPositions = model.getSelectedRowObjects().stream().mapToInt(this::shownAt).filter(at -> at >= 0)
                .sorted().toArray();
        List<T> selected = new ArrayList<>(shownPositions.length);
        for (int position : shownPositions) {
            selected.add(row(position));
        }
        return selected;
    }

    /** Selects the row shown at {@code position}, as a click on it does. */
    public void select(int position) {
        selectionLayer.selectRow(0, position, false, false);
    }

    /** Calls {@code listener} with the selected rows whenever the selection changes. */
    public void addSelectionListener(Consumer<List<T>> listener) {
        selectionListeners.add(listener);
    }

    /** Shows only rows with {@code text} in some column; the quick filter field shows it too. */
    public void setQuickFilter(String text) {
        quickFilter.setText(text);
        display.timerExec(-1, applyQuickFilter);
        applyQuickFilter.run();
    }

    /** Shows only rows with {@code text} in {@code column}; the filter row shows it too. Empty clears it. */
    public void setColumnFilter(int column, String text) {
        filterRow.getFilterRowDataLayer().getFilterRowDataProvider().setDataValue(column, 0, text);
        table.redraw();
    }

    /** Sorts by {@code column} as clicks on its header do; {@link GridQuery#UNSORTED} restores the input order. */
    public void sortBy(int column, boolean descending) {
        rearrange(requestedRows, column == GridQuery.UNSORTED ? query.unsorted() : query.sortedBy(column, descending));
        table.redraw();
    }

    /** The filters and sort order in force. */
    public GridQuery query() {
        return query;
    }

    /** Whether a filter or sort is still running in the background. */
    public boolean isArranging() {
        return newestRequest.get() != shownRequest;
    }

    NatTable table() {
        return table;
    }

    private void rearrange(List<T> rows, GridQuery newQuery) {
        requestedRows = rows;
        query = newQuery;
        long request = newestRequest.incrementAndGet();
        showRowCount(true);
        CompletableFuture.supplyAsync(() -> arranger.arrange(rows, newQuery, () -> newestRequest.get() != request),
                arranging).whenComplete((arranged, failure) -> {
                    if (!display.isDisposed()) {
                        display.asyncExec(() -> show(request, rows, arranged, failure));
                    }
                });
    }

    private void show(long request, List<T> rows, int[] arranged, Throwable failure) {
        if (control.isDisposed() || request != newestRequest.get()) {
            return;
        }
        shownRequest = request;
        if (failure != null) {
            ILog.of(Grid.class).error("Could not filter and sort the grid's rows", failure);
        } else if (arranged != null) {
            if (rows != shownRows) {
                selectionLayer.clear(false);
            }
            shownRows = rows;
            shown = arranged;
            shownAt = null;
            bodyData.fireLayerEvent(new RowStructuralRefreshEvent(bodyData));
        }
        showRowCount(false);
    }

    private int shownAt(int inputPosition) {
        if (shownAt == null) {
            shownAt = new int[shownRows.size()];
            Arrays.fill(shownAt, -1);
            for (int position = 0; position < shown.length; position++) {
                shownAt[shown[position]] = position;
            }
        }
        return inputPosition < shownAt.length ? shownAt[inputPosition] : -1;
    }

    private void showRowCount(boolean arranging) {
        if (arranging) {
            rowCount.setText(TEXTS.get(locale, "grid.arranging"));
        } else if (query.filters()) {
            rowCount.setText(TEXTS.get(locale, "grid.rows.filtered", shown.length, shownRows.size()));
        } else {
            rowCount.setText(TEXTS.get(locale, "grid.rows", shown.length));
        }
        control.layout(new Control[] { rowCount });
    }

    /** The shown rows for NatTable; a row is identified by its position in the input. */
    private final class ShownRows implements IRowDataProvider<Integer> {

        @Override
        public Object getDataValue(int column, int row) {
            return columns.get(column).text(Grid.this.row(row));
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            throw new UnsupportedOperationException("The grid is read-only");
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public int getRowCount() {
            return shown.length;
        }

        @Override
        public Integer getRowObject(int row) {
            return shown[row];
        }

        @Override
        public int indexOfRowObject(Integer inputPosition) {
            return shownAt(inputPosition);
        }
    }

    /** A click on a column header sorts by it: ascending, descending, then the input order again. */
    private final class SortByColumn implements ISortModel {

        @Override
        public List<Integer> getSortedColumnIndexes() {
            return query.sortColumn() == GridQuery.UNSORTED ? List.of() : List.of(query.sortColumn());
        }

        @Override
        public boolean isColumnIndexSorted(int column) {
            return query.sortColumn() == column;
        }

        @Override
        public SortDirectionEnum getSortDirection(int column) {
            if (!isColumnIndexSorted(column)) {
                return SortDirectionEnum.NONE;
            }
            return query.descending() ? SortDirectionEnum.DESC : SortDirectionEnum.ASC;
        }

        @Override
        public int getSortOrder(int column) {
            return isColumnIndexSorted(column) ? 0 : -1;
        }

        @SuppressWarnings("rawtypes")
        @Override
        public List<Comparator> getComparatorsForColumnIndex(int column) {
            return List.of();
        }

        @Override
        public Comparator<?> getColumnComparator(int column) {
            return null;
        }

        @Override
        public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
            sortBy(direction == SortDirectionEnum.NONE ? GridQuery.UNSORTED : column,
                    direction == SortDirectionEnum.DESC);
        }

        @Override
        public void clear() {
            sortBy(GridQuery.UNSORTED, false);
        }
    }

    /** Applies the texts typed into the filter row. */
    private final class FilterByColumns implements IFilterStrategy<Integer> {

        @Override
        public void applyFilter(Map<Integer, Object> filterIndexToObjectMap) {
            Map<Integer, String> texts = new HashMap<>();
            filterIndexToObjectMap.forEach((column, value) -> texts.put(column, value == null ? "" : value.toString()));
            rearrange(requestedRows, query.withColumnFilters(texts));
        }
    }

    /** Text left, numbers right (NatTable centres by default). */
    private static final class Alignment extends AbstractRegistryConfiguration {

        @Override
        public void configureRegistry(IConfigRegistry registry) {
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, aligned(HorizontalAlignmentEnum.LEFT),
                    DisplayMode.NORMAL, GridRegion.BODY);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, aligned(HorizontalAlignmentEnum.RIGHT),
                    DisplayMode.NORMAL, RIGHT_ALIGNED);
        }

        private static Style aligned(HorizontalAlignmentEnum alignment) {
            Style style = new Style();
            style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, alignment);
            return style;
        }
    }

}
