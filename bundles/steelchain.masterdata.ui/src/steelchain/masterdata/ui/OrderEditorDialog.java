package steelchain.masterdata.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.masterdata.edit.FormField;
import steelchain.masterdata.edit.OrderEditing;
import steelchain.masterdata.edit.OrderForm;
import steelchain.masterdata.ui.LinesTable.LineColumn;

/**
 * Edits an order and its lines: number, customer, order date and status, and per line product
 * form, grade, size, tonnes, due date, price and status. Lines are added after the last; a
 * saved line is cancelled by its status, not removed. An order another module has taken over
 * (confirmed in the sales loop) is shown read-only with that module's reason.
 */
final class OrderEditorDialog extends RecordEditorDialog<OrderForm> {

    private final OrderChangeGuard guard;
    private Label customerName;
    private LinesTable lines;

    /** @param guard the guards of the modules that may take orders over, asked again on saving */
    OrderEditorDialog(Shell parent, DataStore store, OrderForm form, OrderChangeGuard guard) {
        super(parent, store, form, "order");
        this.guard = guard;
    }

    @Override
    protected void createFields(Composite area) {
        boolean readOnly = form.refusal().isPresent();
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, OrderForm.NUMBER);
        Combo status = choice(fields, OrderForm.STATUS, name -> MasterDataTexts.of(OrderStatus.valueOf(name), locale));
        Text customer = text(fields, OrderForm.CUSTOMER);
        Text date = text(fields, OrderForm.DATE);
        date.setToolTipText(MasterDataTexts.get(locale, "editor.date.hint"));
        new Label(fields, SWT.NONE);
        customerName = new Label(fields, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).indent(10, 0).applyTo(customerName);
        if (readOnly) {
            shownOnly(customer);
            shownOnly(date);
            status.setEnabled(false);
        }
        createLines(area);
        if (readOnly) {
            lines.setReadOnly();
        }
    }

    /** A field of an order another module guards: its text can be read and copied, not changed. */
    private static void shownOnly(Text text) {
        text.setEditable(false);
        text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
    }

    private void createLines(Composite area) {
        List<LineColumn> columns = List.of(LineColumn.shownOnly(OrderForm.LINE_NUMBER, 45),
                LineColumn.choice(OrderForm.FORM, 130, name -> MasterDataTexts.of(ProductForm.valueOf(name), locale)),
                LineColumn.text(OrderForm.GRADE, 90), LineColumn.text(OrderForm.THICKNESS, 105),
                LineColumn.text(OrderForm.WIDTH, 90), LineColumn.text(OrderForm.TONNES, 90),
                LineColumn.text(OrderForm.DUE_DATE, 100), LineColumn.text(OrderForm.PRICE, 100),
                LineColumn.choice(OrderForm.LINE_STATUS, 110,
                        name -> MasterDataTexts.of(OrderStatus.valueOf(name), locale)));
        lines = new LinesTable(area, locale, MasterDataTexts.get(locale, "editor.order.lines"),
                MasterDataTexts.get(locale, "editor.order.line.add"),
                MasterDataTexts.get(locale, "editor.order.line.remove"), columns, new LinesTable.Lines() {
                    @Override
                    public int size() {
                        return form.lines().size();
                    }

                    @Override
                    public String get(int line, FormField field) {
                        return field.equals(OrderForm.LINE_NUMBER) ? Integer.toString(form.lines().get(line).number())
                                : form.lines().get(line).get(field);
                    }

                    @Override
                    public void set(int line, FormField field, String text) {
                        form.setLine(line, field, text);
                    }

                    @Override
                    public int add() {
                        return form.addLine();
                    }

                    @Override
                    public boolean canRemove(int line) {
                        return form.canRemoveLine(line);
                    }

                    @Override
                    public void remove(int line) {
                        form.removeLine(line);
                    }
                }, this::touched);
        lines.table().setToolTipText(MasterDataTexts.get(locale, "editor.order.lines.hint"));
        List<FormField> lineFields = new ArrayList<>(OrderForm.LINE_FIELDS);
        lineFields.add(OrderForm.LINES);
        decorate(lines.table(), lineFields);
    }

    /** The lines table, for tests. */
    LinesTable lines() {
        return lines;
    }

    @Override
    protected void refresh() {
        super.refresh();
        if (customerName != null && !customerName.isDisposed()) {
            String name = form.customerName();
            customerName.setText(name == null ? "" : name);
        }
        form.refusal().ifPresent(refusal -> {
            // Whatever the order's values, it is not this editor's to change.
            setErrorMessage(null);
            setMessage(refusal, IMessageProvider.WARNING);
            Button ok = getButton(IDialogConstants.OK_ID);
            if (ok != null) {
                ok.setEnabled(false);
            }
        });
    }

    @Override
    protected void okPressed() {
        if (form.refusal().isEmpty()) {
            super.okPressed();
        }
    }

    @Override
    protected void save(DataStore target, OrderForm valid) {
        OrderEditing.save(target, valid, guard, locale);
    }
}
