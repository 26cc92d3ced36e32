package steelchain.monitor.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.event.Topics;
import steelchain.monitor.HealthReport;
import steelchain.monitor.HealthService;
import steelchain.ui.widgets.Tables;

/**
 * The Monitor view: whether the platform is healthy, what is installed, where the data lives,
 * and the latest job runs and log errors. It checks again when asked and after every job run.
 */
public class MonitorView {

    private static final int RECENT = 50;

    @Inject
    private UISynchronize sync;

    @Inject
    @Optional
    @Service
    private HealthService health;

    private final Locale locale = Locale.getDefault();
    private Label headline;
    private Label overview;
    private CTabFolder tabs;
    private TableViewer bundles;
    private TableViewer runs;
    private TableViewer errors;
    private Job check;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(12, 10).spacing(8, 8).numColumns(2).applyTo(parent);

        headline = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(headline);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(MonitorTexts.text(locale, "refresh"));
        refresh.addListener(SWT.Selection, e -> refresh());
        GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(refresh);

        overview = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(overview);

        tabs = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(tabs);
        bundles = table("column.bundle", 50, "column.version", 25, "column.state", 25);
        runs = table("column.started", 18, "column.job", 16, "column.origin", 12, "column.outcome", 10,
                "column.duration", 10, "column.message", 34);
        errors = table("column.time", 16, "column.bundle", 20, "column.message", 40, "column.exception", 24);
        tabs.setSelection(0);

        check = new Job(MonitorTexts.text(locale, "checking")) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                HealthService service = health;
                if (service == null) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    HealthReport report = service.check(RECENT, RECENT);
                    sync.asyncExec(() -> show(report));
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    sync.asyncExec(() -> showFailure(e));
                    return Status.error(MonitorTexts.text(locale, "checkFailed", e.getMessage()), e);
                }
            }
        };
        // A system job: the check is not itself a job run worth recording (and would refresh forever).
        check.setSystem(true);
        refresh();
    }

    @PreDestroy
    void dispose() {
        check.cancel();
    }

    /** Any job run, from this client or a batch run, changes what the view shows. */
    @Inject
    @Optional
    void jobFinished(@UIEventTopic(Topics.JOB_FINISHED) Event event) {
        refresh();
    }

    /** Checks health again in the background. */
    public void refresh() {
        if (check != null) {
            check.schedule();
        }
    }

    void show(HealthReport report) {
        if (headline.isDisposed()) {
            return;
        }
        headline.setText(MonitorTexts.headline(report, locale));
        headline.setForeground(headline.getDisplay()
                .getSystemColor(report.healthy() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        overview.setText(MonitorTexts.overview(report, locale));
        fill(0, bundles, "tab.bundles", MonitorTexts.bundleRows(report, locale));
        fill(1, runs, "tab.runs", MonitorTexts.runRows(report, locale));
        fill(2, errors, "tab.errors", MonitorTexts.errorRows(report));
        headline.getParent().layout(true, true);
    }

    private void showFailure(RuntimeException e) {
        if (!headline.isDisposed()) {
            headline.setText(MonitorTexts.text(locale, "checkFailed", e.getMessage()));
            headline.setForeground(headline.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }

    private void fill(int tab, TableViewer table, String titleKey, List<String[]> rows) {
        tabs.getItem(tab).setText(MonitorTexts.text(locale, titleKey, rows.size()));
        table.setInput(rows);
    }

    /** A table tab with the given column titles (message keys) and relative widths. */
    private TableViewer table(Object... columnsAndWeights) {
        Tables table = Tables.create(tabs, SWT.NONE);
        for (int i = 0; i < columnsAndWeights.length; i += 2) {
            int index = i / 2;
            table.column(MonitorTexts.text(locale, (String) columnsAndWeights[i]), (Integer) columnsAndWeights[i + 1],
                    String[].class, row -> row[index]);
        }
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setControl(table.control());
        return table.viewer();
    }
}
