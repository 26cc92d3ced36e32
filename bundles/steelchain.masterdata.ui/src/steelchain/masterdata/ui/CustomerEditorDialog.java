package steelchain.masterdata.ui;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import steelchain.core.data.DataStore;
import steelchain.core.model.Industry;
import steelchain.masterdata.edit.CustomerForm;
import steelchain.masterdata.edit.FormField;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.masterdata.ui.LinesTable.LineColumn;

/** Edits a customer: code, name, industry, region, credit limit, grade and contacts. */
final class CustomerEditorDialog extends RecordEditorDialog<CustomerForm> {

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
        List<LineColumn> columns = CustomerForm.CONTACT_FIELDS.stream()
                .map(field -> LineColumn.text(field, field.equals(CustomerForm.CONTACT_EMAIL) ? 180 : 120)).toList();
        LinesTable contacts = new LinesTable(area, locale, MasterDataTexts.get(locale, "editor.contacts"),
                MasterDataTexts.get(locale, "editor.contact.add"), MasterDataTexts.get(locale, "editor.contact.remove"),
                columns, new LinesTable.Lines() {
                    @Override
                    public int size() {
                        return form.contacts().size();
                    }

                    @Override
                    public String get(int line, FormField field) {
                        return form.contacts().get(line).get(field);
                    }

                    @Override
                    public void set(int line, FormField field, String text) {
                        form.setContact(line, field, text);
                    }

                    @Override
                    public int add() {
                        form.addContact();
                        return form.contacts().size() - 1;
                    }

                    @Override
                    public boolean canRemove(int line) {
                        return true;
                    }

                    @Override
                    public void remove(int line) {
                        form.removeContact(line);
                    }
                }, this::touched);
        decorate(contacts.table(), CustomerForm.CONTACT_FIELDS);
    }

    @Override
    protected void save(DataStore target, CustomerForm valid) {
        MasterDataEditing.save(target, valid);
    }
}
