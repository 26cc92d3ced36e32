package steelchain.masterdata.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportRequest;
import steelchain.masterdata.ImportResult;
import steelchain.masterdata.MasterDataImporter;
import steelchain.masterdata.RecordKind;
import steelchain.masterdata.csv.CsvDelimiter;
import steelchain.masterdata.csv.CsvEncoding;
import steelchain.ui.widgets.Tables;

/**
 * Imports customers, grades or orders from a CSV file: the user picks the file, checks it (every
 * row validated, nothing written, each problem listed with row, column and reason), and only a
 * file without problems can be imported, in one transaction, with progress and cancel.
 */
public class ImportWizard extends Wizard {

    private final DataStore store;
    private final OrderChangeGuard guard;
    private final RecordKind kind;
    private final Locale locale = Locale.getDefault();
    private final Page page;
    private ImportResult imported;

    /** @param guard asked about the stored orders an orders file changes; null for other kinds */
    public ImportWizard(DataStore store, RecordKind kind, OrderChangeGuard guard) {
        this.store = store;
        this.guard = guard;
        this.kind = kind;
        setWindowTitle(MasterDataTexts.get(locale, "import.title"));
        setNeedsProgressMonitor(true);
        page = new Page();
        addPage(page);
    }

    /** What the finished import did, or null when it was not run. */
    public ImportResult imported() {
        return imported;
    }

    @Override
    public boolean canFinish() {
        return page.checked != null && page.checked.accepted();
    }

    @Override
    public boolean performFinish() {
        ImportResult result = run(page.request(false));
        if (result == null) {
            return false;
        }
        imported = result;
        return result.accepted();
    }

    /** Runs the importer with progress in the wizard; null when cancelled or failed (message shown). */
    private ImportResult run(ImportRequest request) {
        AtomicReference<ImportResult> result = new AtomicReference<>();
        try {
            getContainer().run(true, true,
                    monitor -> {
                        try {
                            result.set(new MasterDataImporter(store, guard).importFile(request, monitor));
                        } catch (OperationCanceledException e) {
                            throw new InterruptedException();
                        } catch (Exception e) {
                            throw new InvocationTargetException(e);
                        }
                    });
            return result.get();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            page.setErrorMessage(MasterDataTexts.get(locale, "import.failed", cause.getMessage()));
        } catch (InterruptedException e) {
            page.setErrorMessage(MasterDataTexts.get(locale, "import.cancelled"));
        }
        return null;
    }

    /** File, format and the result of the check. */
    private final class Page extends WizardPage {

        private Text file;
        private Combo encoding;
        private Combo delimiter;
        private Label summary;
        private Tables problems;
        private ImportResult checked;

        Page() {
            super("import");
            setTitle(MasterDataTexts.get(locale, "import.page." + kind.optionName()));
            setDescription(MasterDataTexts.get(locale, "import.page.description"));
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
            new Label(area, SWT.NONE).setText(MasterDataTexts.get(locale, "import.file"));
            file = new Text(area, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
            file.addListener(SWT.Modify, e -> changed());
            Button browse = new Button(area, SWT.PUSH);
            browse.setText(MasterDataTexts.get(locale, "import.browse"));
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.tsv", "*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            encoding = combo(area, "import.encoding", "import.detect", "UTF-8", "GBK");
            delimiter = combo(area, "import.delimiter", "import.detect", MasterDataTexts.get(locale, "import.comma"),
                    MasterDataTexts.get(locale, "import.tab"));
            Button check = new Button(area, SWT.PUSH);
            check.setText(MasterDataTexts.get(locale, "import.check"));
            check.addListener(SWT.Selection, e -> check());
            summary = new Label(area, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(summary);
            problems = Tables.create(area, SWT.BORDER)
                    .column(MasterDataTexts.get(locale, "import.column.row"), 10, ImportProblem.class,
                            p -> Integer.toString(p.row()))
                    .column(MasterDataTexts.get(locale, "import.column.column"), 20, ImportProblem.class,
                            ImportProblem::column)
                    .column(MasterDataTexts.get(locale, "import.column.value"), 20, ImportProblem.class,
                            ImportProblem::value)
                    .column(MasterDataTexts.get(locale, "import.column.reason"), 50, ImportProblem.class,
                            p -> p.reason(locale));
            GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(640, 260).applyTo(problems.control());
            setControl(area);
            setPageComplete(false);
        }

        private Combo combo(Composite area, String labelKey, String firstKey, String... others) {
            new Label(area, SWT.NONE).setText(MasterDataTexts.get(locale, labelKey));
            Combo combo = new Combo(area, SWT.READ_ONLY);
            combo.add(MasterDataTexts.get(locale, firstKey));
            for (String other : others) {
                combo.add(other);
            }
            combo.select(0);
            combo.addListener(SWT.Selection, e -> changed());
            GridDataFactory.swtDefaults().span(2, 1).applyTo(combo);
            return combo;
        }

        private void changed() {
            checked = null;
            summary.setText("");
            problems.viewer().setInput(List.of());
            setErrorMessage(null);
            setPageComplete(false);
        }

        private void check() {
            changed();
            Path path = Path.of(file.getText().strip());
            if (file.getText().isBlank() || !Files.isRegularFile(path)) {
                setErrorMessage(MasterDataTexts.get(locale, "import.noFile", file.getText()));
                return;
            }
            ImportResult result = run(request(true));
            if (result == null) {
                return;
            }
            checked = result;
            summary.setText(result.accepted()
                    ? MasterDataTexts.get(locale, "import.valid", result.rows(), result.records().created(),
                            result.records().updated(), result.records().unchanged())
                    : MasterDataTexts.get(locale, "import.invalid", result.rows(), result.problemCount()));
            problems.viewer().setInput(result.problems());
            summary.getParent().layout(true, true);
            setPageComplete(result.accepted());
            getContainer().updateButtons();
        }

        ImportRequest request(boolean dryRun) {
            ImportRequest request = ImportRequest.of(kind, Path.of(file.getText().strip()));
            if (encoding.getSelectionIndex() > 0) {
                request = request.withEncoding(encoding.getSelectionIndex() == 1 ? CsvEncoding.UTF_8 : CsvEncoding.GBK);
            }
            if (delimiter.getSelectionIndex() > 0) {
                request = request.withDelimiter(delimiter.getSelectionIndex() == 1 ? CsvDelimiter.COMMA : CsvDelimiter.TAB);
            }
            return dryRun ? request.asDryRun() : request;
        }
    }
}
