package steelchain.monitor.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;
import steelchain.ui.jobs.DesktopJobs;
import steelchain.ui.widgets.Tables;

/**
 * The batch jobs of the installed modules, runnable from the desktop: pick a job, fill in its
 * options (checked with the batch runner's rules), run it with progress in the status bar, and
 * read its summary here.
 */
public class JobsView {

    @Inject
    private UISynchronize sync;

    private final Locale locale = Locale.getDefault();
    private volatile List<BatchJob> jobs = List.of();
    private Tables list;
    private Composite details;
    private Label title;
    private Label description;
    private Composite fields;
    private Label problem;
    private Label commandLine;
    private Text result;
    private Button run;
    private BatchJob selected;
    private final List<Runnable> fieldReaders = new ArrayList<>();
    private JobOptionsForm form;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().create());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        list = Tables.create(sash, SWT.SINGLE)
                .column(MonitorTexts.text(locale, "column.job"), 30, BatchJob.class, BatchJob::name)
                .column(MonitorTexts.text(locale, "jobs.column.description"), 70, BatchJob.class,
                        j -> j.description(locale));
        list.viewer().addSelectionChangedListener(
                e -> select((BatchJob) ((IStructuredSelection) e.getSelection()).getFirstElement()));

        details = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 10).spacing(8, 8).applyTo(details);
        title = new Label(details, SWT.NONE);
        description = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(description);
        fields = new Composite(details, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(fields);
        problem = new Label(details, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
        run = new Button(details, SWT.PUSH);
        run.setText(MonitorTexts.text(locale, "jobs.run"));
        run.addListener(SWT.Selection, e -> runSelected());
        commandLine = new Label(details, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(commandLine);
        result = new Text(details, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(result);
        sash.setWeights(35, 65);
        select(null);
        showJobs();
    }

    @Inject
    @Optional
    void jobsChanged(@Service List<BatchJob> installed) {
        jobs = installed == null ? List.of() : List.copyOf(installed);
        if (sync != null) {
            sync.asyncExec(this::showJobs);
        }
    }

    private void showJobs() {
        if (list == null || list.viewer().getControl().isDisposed()) {
            return;
        }
        list.viewer().setInput(jobs.stream().sorted(Comparator.comparing(BatchJob::name)).toList());
        if (selected != null && !jobs.contains(selected)) {
            select(null);
        }
    }

    private void select(BatchJob job) {
        selected = job;
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        fieldReaders.clear();
        problem.setText("");
        result.setText("");
        run.setEnabled(job != null);
        if (job == null) {
            title.setText(MonitorTexts.text(locale, "jobs.choose"));
            description.setText("");
            commandLine.setText("");
        } else {
            title.setText(job.name());
            description.setText(job.description(locale));
            form = new JobOptionsForm(job);
            job.options(locale).forEach(this::addField);
            commandLine.setText(form.commandLine(locale));
        }
        details.layout(true, true);
    }

    private void addField(JobOption option) {
        Label label = new Label(fields, SWT.NONE);
        label.setText("--" + option.name() + (option.required() ? " *" : ""));
        label.setToolTipText(option.help());
        if (option.type() == OptionType.FLAG) {
            Button check = new Button(fields, SWT.CHECK);
            check.setText(option.help());
            GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
            fieldReaders.add(() -> form.set(option.name(), Boolean.toString(check.getSelection())));
            check.addListener(SWT.Selection, e -> changed());
            return;
        }
        if (option.type() == OptionType.CHOICE) {
            Combo combo = new Combo(fields, SWT.READ_ONLY);
            combo.add("");
            option.choices().forEach(combo::add);
            combo.setText(option.defaultValue() == null ? "" : option.defaultValue());
            combo.setToolTipText(option.help());
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
            fieldReaders.add(() -> form.set(option.name(), combo.getText()));
            combo.addListener(SWT.Selection, e -> changed());
            return;
        }
        Text text = new Text(fields, SWT.BORDER);
        text.setMessage(option.defaultValue() == null ? option.help() : option.defaultValue());
        text.setToolTipText(option.help());
        GridDataFactory.fillDefaults().grab(true, false).span(option.type() == OptionType.PATH ? 1 : 2, 1)
                .applyTo(text);
        fieldReaders.add(() -> form.set(option.name(), text.getText()));
        text.addListener(SWT.Modify, e -> changed());
        if (option.type() == OptionType.PATH) {
            Button browse = new Button(fields, SWT.PUSH);
            browse.setText("\u2026");
            browse.addListener(SWT.Selection, e -> {
                String file = new FileDialog(fields.getShell(), SWT.OPEN | SWT.SAVE).open();
                if (file != null) {
                    text.setText(file);
                }
            });
        }
    }

    private void changed() {
        fieldReaders.forEach(Runnable::run);
        commandLine.setText(form.commandLine(locale));
        problem.setText("");
        details.layout(true, true);
    }

    private void runSelected() {
        changed();
        BatchJob job = selected;
        JobArguments arguments;
        try {
            arguments = form.arguments(locale);
        } catch (UsageException e) {
            problem.setText(e.getMessage());
            details.layout(true, true);
            return;
        }
        result.setText(MonitorTexts.text(locale, "jobs.running", job.name()));
        DesktopJobs.schedule(job.name(), job, arguments, outcome -> sync.asyncExec(() -> {
            if (!result.isDisposed() && selected == job) {
                String headline = MonitorTexts.text(locale, outcome.succeeded() ? "jobs.succeeded" : "jobs.failed",
                        job.name());
                result.setText(headline + "\n\n" + String.join("\n", outcome.summary()));
            }
        }));
    }
}
