package steelchain.masterdata.ui;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.data.DataStore;
import steelchain.core.model.Industry;
import steelchain.masterdata.edit.CustomerForm;
import steelchain.masterdata.edit.FormField;
import steelchain.masterdata.edit.MasterDataEditing;

/** Edits a customer: code, name, industry, region, credit limit, grade and contacts. */
final class CustomerEditorDialog extends RecordEditorDialog<CustomerForm> {

    private TableViewer contacts;

    CustomerEditorDialog(Shell parent, DataStore store, CustomerForm form) {
        super(parent, store, form, "customer");
    }

    @Override
    protected void createFields(Composite area) {
        GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 10).applyTo(area);
        Composite fields = grid(area, 4);
        keyText(fields, CustomerForm.CODE);
        text(fields, CustomerForm.NAME);
        choice(fields, CustomerForm.INDUSTRY, name -> MasterDataTexts.of(Industry.valueOf(name), locale));
        choice(fields, CustomerForm.GRADE, name -> name);
        text(fields, CustomerForm.PROVINCE);
        text(fields, CustomerForm.CITY);
        text(fields, CustomerForm.CREDIT_LIMIT).setToolTipText(MasterDataTexts.get(locale, "editor.creditLimit.hint"));
        createContacts(area);
    }

    private void createContacts(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText(MasterDataTexts.get(locale, "editor.contacts"));
        GridLayoutFactory.fillDefaults().margins(8, 8).numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        contacts = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        contacts.getTable().setHeaderVisible(true);
        contacts.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).indent(10, 0).hint(560, 120).applyTo(contacts.getTable());
        for (FormField field : CustomerForm.CONTACT_FIELDS) {
            TableViewerColumn column = new TableViewerColumn(contacts, SWT.NONE);
            column.getColumn().setText(field.label(locale));
            column.getColumn().setWidth(field.equals(CustomerForm.CONTACT_EMAIL) ? 180 : 120);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object line) {
                    return form.contacts().get((Integer) line).get(field);
                }
            });
            column.setEditingSupport(new ContactEditing(field));
        }
        // One click on a cell edits it, Tab moves to the next cell: as in a spreadsheet.
        TableViewerEditor.create(contacts, new ColumnViewerEditorActivationStrategy(contacts),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        contacts.setContentProvider(ArrayContentProvider.getInstance());
        decorate(contacts.getTable(), CustomerForm.CONTACT_FIELDS);

        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(MasterDataTexts.get(locale, "editor.contact.add"));
        GridDataFactory.fillDefaults().applyTo(add);
        add.addListener(SWT.Selection, e -> {
            form.addContact();
            showContacts();
            touched();
            contacts.editElement(form.contacts().size() - 1, 0);
        });
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(MasterDataTexts.get(locale, "editor.contact.remove"));
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.setEnabled(false);
        contacts.addSelectionChangedListener(e -> remove.setEnabled(!e.getSelection().isEmpty()));
        remove.addListener(SWT.Selection, e -> {
            int index = contacts.getTable().getSelectionIndex();
            if (index >= 0) {
                form.removeContact(index);
                showContacts();
                touched();
            }
        });
        showContacts();
    }

    private void showContacts() {
        List<Integer> lines = IntStream.range(0, form.contacts().size()).boxed().toList();
        contacts.setInput(lines);
    }

    @Override
    protected void save(DataStore target, CustomerForm valid) {
        MasterDataEditing.save(target, valid);
    }

    /** Edits one column of the contacts in place; the text goes to the form as typed. */
    private final class ContactEditing extends EditingSupport {

        private final FormField field;
        private final TextCellEditor editor;

        ContactEditing(FormField field) {
            super(contacts);
            this.field = field;
            this.editor = new TextCellEditor(contacts.getTable());
        }

        @Override
        protected CellEditor getCellEditor(Object line) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object line) {
            return true;
        }

        @Override
        protected Object getValue(Object line) {
            return form.contacts().get((Integer) line).get(field);
        }

        @Override
        protected void setValue(Object line, Object value) {
            form.setContact((Integer) line, field, (String) value);
            contacts.update(line, null);
            touched();
        }
    }
}
