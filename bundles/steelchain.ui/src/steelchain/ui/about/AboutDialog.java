package steelchain.ui.about;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.text.Texts;
import steelchain.ui.Images;

/** Help &gt; About: what SteelChain is, and which of its bundles are installed in which version. */
public class AboutDialog extends Dialog {

    private static final Texts TEXTS = Texts.of(AboutDialog.class);

    private final List<InstalledBundles.Row> bundles;

    public AboutDialog(Shell parent, List<InstalledBundles.Row> bundles) {
        super(parent);
        this.bundles = bundles;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TEXTS.get(Locale.getDefault(), "about.title"));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Locale locale = Locale.getDefault();
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));

        Label logo = new Label(area, SWT.NONE);
        logo.setImage(new Images(logo).get("platform:/plugin/steelchain.ui/icons/steelchain48.png"));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(logo);
        Label title = new Label(area, SWT.NONE);
        title.setText("SteelChain");
        title.setData("org.eclipse.e4.ui.css.CssClassName", "about-title");
        Label text = new Label(area, SWT.WRAP);
        text.setText(TEXTS.get(locale, "about.text", Runtime.version().feature(), System.getProperty("os.name"),
                System.getProperty("os.arch")));
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(text);

        Composite tableBox = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(620, 260).applyTo(tableBox);
        TableColumnLayout columns = new TableColumnLayout();
        tableBox.setLayout(columns);
        TableViewer table = new TableViewer(tableBox, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(table, columns, TEXTS.get(locale, "about.column.bundle"), 35, InstalledBundles.Row::symbolicName);
        column(table, columns, TEXTS.get(locale, "about.column.name"), 35, InstalledBundles.Row::name);
        column(table, columns, TEXTS.get(locale, "about.column.version"), 20, InstalledBundles.Row::version);
        column(table, columns, TEXTS.get(locale, "about.column.state"), 10,
                r -> TEXTS.get(locale, "about.state." + r.state()));
        table.setInput(bundles);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, TEXTS.get(Locale.getDefault(), "about.close"), true);
    }

    private static void column(TableViewer table, TableColumnLayout layout, String title, int weight,
            Function<InstalledBundles.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((InstalledBundles.Row) element);
            }
        });
    }
}
