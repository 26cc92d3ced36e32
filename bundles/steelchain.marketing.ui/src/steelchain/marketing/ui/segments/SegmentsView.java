package steelchain.marketing.ui.segments;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.UsageException;
import steelchain.core.text.Texts;
import steelchain.marketing.segmentation.CustomerSegments;
import steelchain.marketing.segmentation.Segment;
import steelchain.marketing.segmentation.SegmentTable;
import steelchain.ui.jobs.DesktopJobs;
import steelchain.ui.widgets.Grid;
import steelchain.ui.widgets.GridColumn;
import steelchain.ui.widgets.Tables;

/**
 * The latest segmentation run: its segments with size, revenue share, median R, F, M and
 * strategy; the customers of the selected segment in a grid; a button that segments the
 * customers again from the database, in the background.
 */
public class SegmentsView {

    private static final Texts TEXTS = Texts.of(SegmentsView.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale = Locale.getDefault();

    @Inject
    private UISynchronize sync;

    private volatile CustomerSegments segments;
    private Label status;
    private Button run;
    private Tables table;
    private Grid<CustomerSegments.Entry> customers;
    private Label customersTitle;
    private volatile CustomerSegments.Run shown;
    private Job load;
    private Job loadCustomers;
    private volatile Segment selected;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).numColumns(2).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        run = new Button(parent, SWT.PUSH);
        run.setText(text("run"));
        run.setToolTipText(text("run.tooltip"));
        run.addListener(SWT.Selection, e -> runSegmentation());

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(sash);
        table = Tables.create(sash, SWT.SINGLE)
                .column(text("column.segment"), 26, SegmentTable.Row.class, r -> r.segment().label(locale))
                .column(text("column.customers"), 10, SegmentTable.Row.class, r -> text("format.count", r.customers()))
                .column(text("column.revenueShare"), 12, SegmentTable.Row.class,
                        r -> text("format.share", r.revenueShare()))
                .column(text("column.recency"), 12, SegmentTable.Row.class,
                        r -> text("format.median", r.medianRecencyDays()))
                .column(text("column.frequency"), 10, SegmentTable.Row.class,
                        r -> text("format.median", r.medianFrequency()))
                .column(text("column.monetary"), 15, SegmentTable.Row.class,
                        r -> text("format.money", r.medianMonetaryCny()))
                .column(text("column.strategy"), 40, SegmentTable.Row.class, r -> r.segment().strategy(locale));
        table.viewer().addSelectionChangedListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            selected = row == null ? null : ((SegmentTable.Row) row).segment();
            showCustomers();
        });

        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(lower);
        customersTitle = new Label(lower, SWT.NONE);
        customersTitle.setText(text("customers.none"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(customersTitle);
        customers = new Grid<>(lower, List.of(
                GridColumn.<CustomerSegments.Entry>text(text("column.code"), CustomerSegments.Entry::customerCode)
                        .width(100),
                GridColumn.<CustomerSegments.Entry>text(text("column.customerName"),
                        e -> e.customerName() == null ? "" : e.customerName()).width(220),
                GridColumn.<CustomerSegments.Entry>number(text("column.recency"),
                        CustomerSegments.Entry::recencyDays, "#,##0", locale).width(110),
                GridColumn.<CustomerSegments.Entry>number(text("column.frequency"),
                        CustomerSegments.Entry::frequency, "#,##0", locale).width(110),
                GridColumn.<CustomerSegments.Entry>number(text("column.monetaryCny"),
                        CustomerSegments.Entry::monetaryCny, "#,##0", locale).width(150),
                GridColumn.<CustomerSegments.Entry>number(text("column.rScore"),
                        CustomerSegments.Entry::recencyScore, "0", locale).width(70),
                GridColumn.<CustomerSegments.Entry>number(text("column.fScore"),
                        CustomerSegments.Entry::frequencyScore, "0", locale).width(70),
                GridColumn.<CustomerSegments.Entry>number(text("column.mScore"),
                        CustomerSegments.Entry::monetaryScore, "0", locale).width(70)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(customers.control());
        sash.setWeights(45, 55);

        load = Job.create(text("loading"), (IJobFunction) this::loadLatest);
        load.setSystem(true);
        loadCustomers = Job.create(text("loading"), (IJobFunction) this::loadSelectedCustomers);
        loadCustomers.setSystem(true);
        reload();
    }

    @PreDestroy
    void dispose() {
        load.cancel();
        loadCustomers.cancel();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void segmentsChanged(@Service CustomerSegments current) {
        segments = current;
        if (sync != null) {
            sync.asyncExec(this::reload);
        }
    }

    /** Reads the latest run again in the background. */
    public void reload() {
        if (load != null && !status.isDisposed()) {
            status.setText(text("loading"));
            load.schedule();
        }
    }

    private IStatus loadLatest(IProgressMonitor monitor) {
        CustomerSegments current = segments;
        if (current == null) {
            sync.asyncExec(() -> showRun(Optional.empty(), text("noDatabase")));
            return Status.OK_STATUS;
        }
        try {
            Optional<CustomerSegments.Run> latest = current.latestRun();
            sync.asyncExec(() -> showRun(latest, latest.map(this::describe).orElse(text("noRun"))));
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            sync.asyncExec(() -> showRun(Optional.empty(), text("loadFailed", reasonOf(e))));
            return Status.error(reasonOf(e), e);
        }
    }

    private String describe(CustomerSegments.Run run) {
        String window = run.windowFrom() == null ? text("window.upTo", run.windowTo().toString())
                : text("window.fromTo", run.windowFrom().toString(), run.windowTo().toString());
        return text("run.description", run.runCode(), TIME.format(run.startedAt()), window,
                run.referenceDate().toString(), run.customers(), run.clusters(), run.silhouette());
    }

    private void showRun(Optional<CustomerSegments.Run> run, String message) {
        if (status.isDisposed()) {
            return;
        }
        status.setText(message);
        status.getParent().layout(true);
        shown = run.orElse(null);
        table.viewer().setInput(run.map(CustomerSegments.Run::segments).orElse(List.of()));
        if (table.viewer().getTable().getItemCount() > 0) {
            table.viewer().getTable().select(0);
            selected = ((SegmentTable.Row) table.viewer().getElementAt(0)).segment();
        } else {
            selected = null;
        }
        showCustomers();
    }

    private void showCustomers() {
        if (selected == null || shown == null) {
            customersTitle.setText(text("customers.none"));
            customers.setInput(List.of());
            return;
        }
        customersTitle.setText(text("customers.loading", selected.label(locale)));
        loadCustomers.cancel();
        loadCustomers.schedule();
    }

    private IStatus loadSelectedCustomers(IProgressMonitor monitor) {
        CustomerSegments current = segments;
        CustomerSegments.Run run = shown;
        Segment segment = selected;
        if (current == null || run == null || segment == null) {
            return Status.OK_STATUS;
        }
        try {
            List<CustomerSegments.Entry> entries = current.customers(run.runCode(), segment);
            sync.asyncExec(() -> {
                if (!customersTitle.isDisposed() && segment == selected) {
                    customersTitle.setText(text("customers.title", segment.label(locale), entries.size()));
                    customers.setInput(entries);
                }
            });
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            sync.asyncExec(() -> {
                if (!customersTitle.isDisposed()) {
                    customersTitle.setText(text("loadFailed", reasonOf(e)));
                }
            });
            return Status.error(reasonOf(e), e);
        }
    }

    /** Runs {@code segment-customers} on the database as a desktop job and shows the new run when it is done. */
    private void runSegmentation() {
        BatchJob job = segmentationJob();
        if (job == null) {
            status.setText(text("noJob"));
            return;
        }
        try {
            run.setEnabled(false);
            status.setText(text("running"));
            DesktopJobs.schedule(text("run.title"), job, JobArgumentParser.parse(job, List.of(), locale),
                    result -> sync.asyncExec(() -> finished(result)));
        } catch (UsageException e) {
            run.setEnabled(true);
            status.setText(e.getMessage());
        }
    }

    private void finished(JobResult result) {
        if (status.isDisposed()) {
            return;
        }
        run.setEnabled(true);
        if (result.succeeded()) {
            reload();
        } else {
            status.setText(text("runFailed", String.join("\n", result.summary())));
            status.getParent().layout(true);
        }
    }

    private static BatchJob segmentationJob() {
        BundleContext context = FrameworkUtil.getBundle(SegmentsView.class).getBundleContext();
        try {
            for (ServiceReference<BatchJob> reference : context.getServiceReferences(BatchJob.class, null)) {
                BatchJob job = context.getService(reference);
                if (job != null && CustomerSegments.JOB.equals(job.name())) {
                    return job;
                }
                if (job != null) {
                    context.ungetService(reference);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** The segment table, for tests. */
    Tables table() {
        return table;
    }

    /** The customers of the selected segment, for tests. */
    Grid<CustomerSegments.Entry> customers() {
        return customers;
    }

    /** The button that runs a new segmentation, for tests. */
    Button runButton() {
        return run;
    }

    /** The status line, for tests. */
    Label status() {
        return status;
    }

    private String text(String key, Object... arguments) {
        return TEXTS.get(locale, key, arguments);
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }
}
