package steelchain.masterdata.ui;

import java.util.List;
import java.util.Locale;

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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
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

    /** Reads the rows in one read-only transaction. */
    protected abstract List<R> query(EntityManager em);

    /** What the rows are, e.g. "customers", for the status text. */
    protected abstract String rowsName();

    /** The kind of CSV file that imports these rows, or null when they cannot be imported. */
    protected RecordKind importKind() {
        return null;
    }

    @PostConstruct
    void create(Composite parent) {
        int buttons = importKind() == null ? 1 : 2;
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).numColumns(1 + buttons).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
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
        if (new WizardDialog(shell, new ImportWizard(current, importKind())).open() == Window.OK) {
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
