package steelchain.marketing.ui.sales;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import steelchain.core.model.ModelWords;
import steelchain.core.model.ProductForm;

/**
 * A quote line or a phone order of one line: a field per value, each checked as it is typed
 * ({@link LineForm}); the first problem is shown with its field's name and OK waits until there is none.
 * A quote line also shows the price list's price, the margin and what the customer paid before.
 */
final class LineDialog extends TitleAreaDialog {

    private final LineForm form;
    private final String title;
    private final String message;
    private final Map<LineForm.Field, Control> fields = new EnumMap<>(LineForm.Field.class);
    private final QuotePricing pricing;
    private Label advice;

    /** @param pricing the price list's advice shown under the fields, or null without a price service */
    LineDialog(Shell parent, LineForm form, String title, String message, QuotePricing pricing) {
        super(parent);
        this.form = form;
        this.title = title;
        this.message = message;
        this.pricing = pricing;
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
                    combo.add(ModelWords.of(value, Locale.getDefault()));
                    if (value.name().equals(form.get(field))) {
                        combo.select(combo.getItemCount() - 1);
                    }
                }
                combo.addListener(SWT.Selection,
                        e -> changed(field, ProductForm.values()[combo.getSelectionIndex()].name()));
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
        if (pricing != null) {
            Group group = new Group(body, SWT.NONE);
            group.setText(form.text("pricing.title"));
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
            advice = new Label(group, SWT.WRAP);
            // Room for the three lines of advice (price, margin, history), which change as the user types.
            GridDataFactory.fillDefaults().grab(true, false).hint(380, convertHeightInCharsToPixels(4)).applyTo(advice);
            Button useListPrice = new Button(group, SWT.PUSH);
            useListPrice.setText(form.text("pricing.useSuggested"));
            GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(useListPrice);
            useListPrice.addListener(SWT.Selection, e -> {
                BigDecimal suggested = pricing.suggestedPrice(form);
                if (suggested != null && fields.get(LineForm.Field.PRICE) instanceof Text price) {
                    price.setText(suggested.toPlainString());
                }
            });
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
        if (advice != null) {
            advice.setText(String.join("\n", pricing.advice(form)));
            advice.getParent().getParent().layout(true, true);
        }
        Map<LineForm.Field, String> problems = form.problems();
        setErrorMessage(problems.isEmpty() ? null : problems.values().iterator().next());
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problems.isEmpty());
        }
    }
}
