package steelchain.marketing.ui.sales;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import steelchain.core.text.Texts;
import steelchain.marketing.sales.SalesTexts;
import steelchain.marketing.sales.ServiceCaseType;

/** A customer's complaint: its type and what the customer says; OK once there is a description. */
final class ComplaintDialog extends Dialog {

    private static final Texts TEXTS = Texts.of(ComplaintDialog.class);

    private final Locale locale;
    private ServiceCaseType type = ServiceCaseType.QUALITY;
    private String description = "";

    ComplaintDialog(Shell parent, Locale locale) {
        super(parent);
        this.locale = locale;
    }

    ServiceCaseType type() {
        return type;
    }

    String description() {
        return description;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TEXTS.get(locale, "complaint.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(TEXTS.get(locale, "complaint.type"));
        Combo types = new Combo(area, SWT.READ_ONLY);
        for (ServiceCaseType value : ServiceCaseType.values()) {
            types.add(SalesTexts.caseTypeName(locale, value));
        }
        types.select(0);
        types.addListener(SWT.Selection, e -> type = ServiceCaseType.values()[types.getSelectionIndex()]);
        new Label(area, SWT.NONE).setText(TEXTS.get(locale, "complaint.description"));
        Text text = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 80).applyTo(text);
        text.addListener(SWT.Modify, e -> {
            description = text.getText().strip();
            getButton(IDialogConstants.OK_ID).setEnabled(!description.isEmpty());
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }
}
