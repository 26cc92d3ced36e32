package steelchain.marketing.ui.sales;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import steelchain.core.model.ProductForm;

/**
 * A quote line or a phone order of one line: a field per value, each checked as it is typed
 * ({@link LineForm}); the first problem is shown with its field's name and OK waits until there is none.
 */
final class LineDialog extends TitleAreaDialog {

    private final LineForm form;
    private final String title;
    private final String message;
    private final Map<LineForm.Field, Control> fields = new EnumMap<>(LineForm.Field.class);

    LineDialog(Shell parent, LineForm form, String title, String message) {
        super(parent);
        this.form = form;
        this.title = title;
        this.message = message;
    }

    LineForm form() {
        return form;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        for (LineForm.Field field : LineForm.Field.values()) {
            if (!form.has(field)) {
                continue;
            }
            new Label(body, SWT.NONE).setText(form.label(field));
            Control control;
            if (field == LineForm.Field.FORM) {
                Combo combo = new Combo(body, SWT.READ_ONLY);
                for (ProductForm value : ProductForm.values()) {
                    combo.add(value.name());
                }
                combo.addListener(SWT.Selection, e -> changed(field, combo.getText()));
                control = combo;
            } else {
                Text text = new Text(body, SWT.BORDER);
                text.setText(form.get(field));
                text.addListener(SWT.Modify, e -> changed(field, text.getText()));
                control = text;
            }
            GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(control);
            fields.put(field, control);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        check();
    }

    private void changed(LineForm.Field field, String value) {
        form.set(field, value);
        check();
    }

    private void check() {
        Map<LineForm.Field, String> problems = form.problems();
        setErrorMessage(problems.isEmpty() ? null : problems.values().iterator().next());
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problems.isEmpty());
        }
    }
}
