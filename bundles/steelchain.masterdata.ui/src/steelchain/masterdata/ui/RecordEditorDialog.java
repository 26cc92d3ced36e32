package steelchain.masterdata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import steelchain.core.data.DataStore;
import steelchain.masterdata.edit.EditConflict;
import steelchain.masterdata.edit.FieldProblem;
import steelchain.masterdata.edit.FormField;
import steelchain.masterdata.edit.LocationFields;
import steelchain.masterdata.edit.RecordForm;
import steelchain.masterdata.edit.Reference;

/**
 * A dialog editing one master-data record through its {@link RecordForm}: the widgets only
 * pass text to the form and show what the form finds. The first problem is the title area's
 * error message, each field with a problem carries an error decoration that tells it on
 * hover, and OK stays disabled while anything is invalid. OK saves in one transaction; a
 * conflict with someone else's change is shown and nothing is saved.
 *
 * @param <F> the form
 */
abstract class RecordEditorDialog<F extends RecordForm> extends TitleAreaDialog {

    /** Room left of a field for its decoration. */
    private static final int DECORATION_INDENT = 10;

    protected final Locale locale = Locale.getDefault();
    protected final F form;
    private final DataStore store;
    private final String kind;
    private final List<Decorated> decorated = new ArrayList<>();
    /** A new record shows no problems before the user types something. */
    private boolean touched;
    private String conflict;

    /** A decoration and the fields whose problems it shows. */
    private record Decorated(ControlDecoration decoration, List<FormField> fields) {
    }

    /**
     * @param kind the prefix of the dialog's texts: {@code editor.<kind>.title} (with the
     *             business key), {@code editor.<kind>.new} and {@code editor.<kind>.description}
     */
    RecordEditorDialog(Shell parent, DataStore store, F form, String kind) {
        super(parent);
        this.store = store;
        this.form = form;
        this.kind = kind;
        this.touched = !form.isNew();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** What the record is, e.g. "Customer C00017", or "New customer". */
    protected String title() {
        return form.isNew() ? MasterDataTexts.get(locale, "editor." + kind + ".new")
                : MasterDataTexts.get(locale, "editor." + kind + ".title", form.businessKey());
    }

    /** What the user does here, shown while there is no problem. */
    protected String description() {
        return MasterDataTexts.get(locale, "editor." + kind + ".description");
    }

    /** Creates the widgets of the fields in {@code area}. */
    protected abstract void createFields(Composite area);

    /** Saves the valid form in one transaction. */
    protected abstract void save(DataStore target, F valid);

    /** The form, for tests. */
    F form() {
        return form;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title());
        Composite fields = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        createFields(fields);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        refresh();
    }

    /**
     * A label and a text field for the business key, which is fixed once the record exists:
     * orders, plans and files refer to it.
     */
    protected Text keyText(Composite parent, FormField field) {
        Text text = text(parent, field);
        if (!form.isNew()) {
            text.setEditable(false);
            text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        }
        return text;
    }

    /** A label and a text field for {@code field} in a two-column grid; the field's text goes to the form. */
    protected Text text(Composite parent, FormField field) {
        label(parent, field);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(form.get(field));
        GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).hint(160, SWT.DEFAULT)
                .applyTo(text);
        text.addListener(SWT.Modify, e -> changed(field, text.getText()));
        decorate(text, List.of(field));
        return text;
    }

    /** A number field without a label of its own (in a table of fields); the label is its tooltip. */
    protected Text numberText(Composite parent, FormField field) {
        Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
        text.setText(form.get(field));
        text.setToolTipText(field.label(locale));
        GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).hint(60, SWT.DEFAULT)
                .applyTo(text);
        text.addListener(SWT.Modify, e -> changed(field, text.getText()));
        decorate(text, List.of(field));
        return text;
    }

    /**
     * A label and a read-only combo for a choice field; the user sees {@code shown} of each
     * choice and the form gets the choice's name.
     */
    protected Combo choice(Composite parent, FormField field, Function<String, String> shown) {
        label(parent, field);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<String> choices = field.column().choices();
        choices.forEach(name -> combo.add(shown.apply(name)));
        combo.select(choices.indexOf(form.get(field)));
        GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).applyTo(combo);
        combo.addListener(SWT.Selection, e -> changed(field,
                combo.getSelectionIndex() < 0 ? "" : choices.get(combo.getSelectionIndex())));
        decorate(combo, List.of(field));
        return combo;
    }

    /**
     * A label and a read-only combo choosing a record that {@code field} names by its code;
     * {@code none} is the first entry when the field may stay empty, null when it may not.
     */
    protected Combo reference(Composite parent, FormField field, List<Reference> known, String none) {
        label(parent, field);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        List<String> codes = new ArrayList<>();
        if (none != null) {
            combo.add(none);
            codes.add("");
        }
        for (Reference reference : known) {
            combo.add(reference.label());
            codes.add(reference.code());
        }
        combo.select(codes.indexOf(form.get(field)));
        combo.setVisibleItemCount(Math.min(codes.size(), 20));
        GridDataFactory.fillDefaults().grab(true, false).indent(DECORATION_INDENT, 0).applyTo(combo);
        combo.addListener(SWT.Selection, e -> changed(field,
                combo.getSelectionIndex() < 0 ? "" : codes.get(combo.getSelectionIndex())));
        decorate(combo, List.of(field));
        return combo;
    }

    /** Province, city and the coordinates of a place, in a grid of four columns. */
    protected void location(Composite parent) {
        text(parent, LocationFields.PROVINCE);
        text(parent, LocationFields.CITY);
        text(parent, LocationFields.LATITUDE).setToolTipText(MasterDataTexts.get(locale, "editor.latitude.hint"));
        text(parent, LocationFields.LONGITUDE).setToolTipText(MasterDataTexts.get(locale, "editor.longitude.hint"));
    }

    protected Label label(Composite parent, FormField field) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(MasterDataTexts.get(locale, "editor.label", field.label(locale)));
        return label;
    }

    /** Shows the first problem of {@code fields} on {@code control}. */
    protected void decorate(Control control, List<FormField> fields) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        Image error = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage();
        decoration.setImage(error);
        decoration.hide();
        decorated.add(new Decorated(decoration, List.copyOf(fields)));
    }

    /** A composite with a grid of {@code columns}, filling its parent's width. */
    protected static Composite grid(Composite parent, int columns) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).spacing(8, 6).applyTo(composite);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
        return composite;
    }

    /** Passes a field's new text to the form. */
    protected void changed(FormField field, String text) {
        if (!text.equals(form.get(field))) {
            form.set(field, text);
            touched();
        }
    }

    /** Shows what the form finds after a change made outside {@link #changed}. */
    protected void touched() {
        touched = true;
        refresh();
    }

    /** Shows the form's problems: decorations, title message, OK button. */
    protected void refresh() {
        for (Decorated each : decorated) {
            FieldProblem problem = touched ? form.problems().stream().filter(p -> each.fields().contains(p.field()))
                    .findFirst().orElse(null) : null;
            if (problem == null) {
                each.decoration().hide();
            } else {
                each.decoration().setDescriptionText(problem.message(locale));
                each.decoration().show();
            }
        }
        if (conflict != null) {
            setErrorMessage(conflict);
        } else if (touched && !form.isValid()) {
            setErrorMessage(form.problems().get(0).message(locale));
        } else {
            setErrorMessage(null);
            setMessage(description());
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(form.isValid() && conflict == null);
        }
    }

    @Override
    protected void okPressed() {
        if (!form.isValid()) {
            return;
        }
        try {
            save(store, form);
        } catch (EditConflict e) {
            // Trying again cannot help: the user reopens the record to see the other change.
            conflict = e.message(locale);
            refresh();
            return;
        } catch (RuntimeException e) {
            setErrorMessage(MasterDataTexts.get(locale, "editor.saveFailed", String.valueOf(e.getMessage())));
            return;
        }
        super.okPressed();
    }
}
