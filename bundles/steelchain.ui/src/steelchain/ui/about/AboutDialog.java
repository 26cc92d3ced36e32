package steelchain.ui.about;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.text.Texts;
import steelchain.ui.Images;
import steelchain.ui.about.InstalledBundles.Row;
import steelchain.ui.widgets.Tables;

/** Help &gt; About: what SteelChain is, and which of its bundles are installed in which version. */
public class AboutDialog extends Dialog {

    private static final Texts TEXTS = Texts.of(AboutDialog.class);

    private final List<Row> bundles;

    public AboutDialog(Shell parent, List<Row> bundles) {
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

        Tables table = Tables.create(area, SWT.BORDER)
                .column(TEXTS.get(locale, "about.column.bundle"), 35, Row.class, Row::symbolicName)
                .column(TEXTS.get(locale, "about.column.name"), 35, Row.class, Row::name)
                .column(TEXTS.get(locale, "about.column.version"), 20, Row.class, Row::version)
                .column(TEXTS.get(locale, "about.column.state"), 10, Row.class,
                        r -> TEXTS.get(locale, "about.state." + r.state()));
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(620, 260).applyTo(table.control());
        table.viewer().setInput(bundles);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, TEXTS.get(Locale.getDefault(), "about.close"), true);
    }
}
