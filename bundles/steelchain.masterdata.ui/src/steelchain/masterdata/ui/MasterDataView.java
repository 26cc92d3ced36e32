package steelchain.masterdata.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.masterdata.RecordKind;
import steelchain.ui.widgets.Grid;
import steelchain.ui.widgets.GridColumn;

/**
 * A master-data list: rows read from the database in the background into a {@link Grid}
 * (sorting and filtering of up to a million rows), reloaded on request or when the database
 * service changes.
 *
 * @param <R> the row type: a small record projected by the query, not an entity
 */
public abstract class MasterDataView<R> {

    protected final Locale locale = Locale.getDefault();

    @Inject
    private UISynchronize sync;

    private volatile DataStore store;
    private Grid<R> grid;
    private Label status;
    private Job load;

    /** The columns of the grid. */
    protected abstract List<GridColumn<R>> columns();

    /** The columns of a place: province, city, latitude and longitude. */
    protected List<GridColumn<R>> placeColumns(Function<R, String> province, Function<R, String> city,
            Function<R, Double> latitude, Function<R, Double> longitude) {
        return List.of(GridColumn.<R>text(MasterDataTexts.get(locale, "column.province"), province).width(90),
                GridColumn.<R>text(MasterDataTexts.get(locale, "column.city"), city).width(90),
                GridColumn.<R>number(MasterDataTexts.get(locale, "column.latitude"), latitude, "0.0000", locale)
                        .width(90),
                GridColumn.<R>number(MasterDataTexts.get(locale, "column.longitude"), longitude, "0.0000", locale)
                        .width(90));
    }

    /** Reads the rows in one read-only transaction. */
    protected abstract List<R> query(EntityManager em);

    /** What the rows are, e.g. "customers", for the status text. */
    protected abstract String rowsName();

    /**
     * The editor of {@code row}, or of a new record when {@code row} is null; null when the
     * row's record no longer exists. Reads the record on the calling thread: one record by
     * its unique key.
     */
    protected abstract RecordEditorDialog<?> editor(Shell shell, DataStore current, R row);

    /** What the import asks about stored records a file changes; null when no module guards them. */
    protected OrderChangeGuard importGuard() {
        return null;
    }

    /** The kind of CSV file that imports these rows, or null when they cannot be imported. */
    protected RecordKind importKind() {
        return null;
    }

    @PostConstruct
    void create(Composite parent) {
        int buttons = 3 + (importKind() == null ? 0 : 1);
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).numColumns(1 + buttons).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        Button create = new Button(parent, SWT.PUSH);
        create.setText(MasterDataTexts.get(locale, "new.button"));
        create.addListener(SWT.Selection, e -> openEditor(parent.getShell(), null));
        Button edit = new Button(parent, SWT.PUSH);
        edit.setText(MasterDataTexts.get(locale, "edit.button"));
        edit.setEnabled(false);
        edit.addListener(SWT.Selection, e -> editSelected(parent.getShell()));
        if (importKind() != null) {
            Button importFile = new Button(parent, SWT.PUSH);
            importFile.setText(MasterDataTexts.get(locale, "import.button"));
            importFile.addListener(SWT.Selection, e -> openImport(parent.getShell()));
        }
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(MasterDataTexts.get(locale, "refresh"));
        refresh.addListener(SWT.Selection, e -> reload());
        grid = new Grid<>(parent, columns());
        GridDataFactory.fillDefaults().grab(true, true).span(1 + buttons, 1).applyTo(grid.control());
        grid.addSelectionListener(selected -> edit.setEnabled(selected.size() == 1));
        onDoubleClickedRow(() -> editSelected(parent.getShell()));
        load = new Job(MasterDataTexts.get(locale, "loading", rowsName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                DataStore current = store;
                if (current == null) {
                    sync.asyncExec(() -> show(null, MasterDataTexts.get(locale, "noDatabase")));
                    return Status.OK_STATUS;
                }
                try {
                    List<R> rows = current.read(MasterDataView.this::query);
                    sync.asyncExec(() -> show(rows, MasterDataTexts.get(locale, "loaded", rows.size(), rowsName())));
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    sync.asyncExec(() -> show(null, MasterDataTexts.get(locale, "loadFailed", e.getMessage())));
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        reload();
    }

    @PreDestroy
    void dispose() {
        if (load != null) {
            load.cancel();
        }
    }

    @Inject
    @Optional
    void storeChanged(@Service DataStore current) {
        store = current;
        if (sync != null) {
            sync.asyncExec(this::reload);
        }
    }

    /** Reads the rows again in the background. */
    public void reload() {
        if (load != null && !status.isDisposed()) {
            status.setText(MasterDataTexts.get(locale, "loading", rowsName()));
            load.schedule();
        }
    }

    private void openImport(Shell shell) {
        DataStore current = store;
        if (current == null) {
            status.setText(MasterDataTexts.get(locale, "noDatabase"));
            return;
        }
        if (new WizardDialog(shell, new ImportWizard(current, importKind(), importGuard())).open() == Window.OK) {
            reload();
        }
    }

    /**
     * Calls {@code action} on a double click in the grid's body; the first click of it has
     * selected the row. The grid offers no such event, so this listens on its NatTable.
     */
    private void onDoubleClickedRow(Runnable action) {
        for (Control child : grid.control().getChildren()) {
            if (child instanceof NatTable table) {
                table.addListener(SWT.MouseDoubleClick, e -> {
                    // No labels where there is no cell: below the last row, or before rows are loaded.
                    LabelStack region = table.getRegionLabelsByXY(e.x, e.y);
                    if (region != null && region.hasLabel(GridRegion.BODY)) {
                        action.run();
                    }
                });
            }
        }
    }

    private void editSelected(Shell shell) {
        List<R> selected = grid.selection();
        if (selected.size() == 1) {
            openEditor(shell, selected.get(0));
        }
    }

    /** Opens the editor of {@code row}, or of a new record for null, and reads the rows again after a save. */
    void openEditor(Shell shell, R row) {
        DataStore current = store;
        if (current == null) {
            status.setText(MasterDataTexts.get(locale, "noDatabase"));
            return;
        }
        RecordEditorDialog<?> dialog;
        try {
            dialog = editor(shell, current, row);
        } catch (RuntimeException e) {
            status.setText(MasterDataTexts.get(locale, "loadFailed", String.valueOf(e.getMessage())));
            return;
        }
        if (dialog == null) {
            status.setText(MasterDataTexts.get(locale, "editor.gone"));
            reload();
            return;
        }
        if (dialog.open() == Window.OK) {
            reload();
        }
    }

    /** The grid, for subclasses and tests. */
    public Grid<R> grid() {
        return grid;
    }

    private void show(List<R> rows, String message) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(message);
        grid.setInput(rows == null ? List.of() : rows);
    }
}
