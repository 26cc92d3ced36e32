package steelchain.ui.widgets;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Read-only tables of rows with text columns sized by weight, as views and dialogs use them
 * for lists of a few hundred rows (large data sets belong in {@link Grid}).
 */
public final class Tables {

    private final TableViewer viewer;
    private final TableColumnLayout layout = new TableColumnLayout();

    private Tables(Composite parent, int style) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(layout);
        viewer = new TableViewer(box, style | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    /** A new table in its own composite under {@code parent}; lay out {@link #control()}. */
    public static Tables create(Composite parent, int style) {
        return new Tables(parent, style);
    }

    /** Adds a column titled {@code title}, {@code weight} parts wide, showing {@code text} of each row. */
    public <T> Tables column(String title, int weight, Class<T> rowType, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }
        });
        return this;
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The composite that holds the table, for layout data and tab items. */
    public Composite control() {
        return viewer.getTable().getParent();
    }
}
