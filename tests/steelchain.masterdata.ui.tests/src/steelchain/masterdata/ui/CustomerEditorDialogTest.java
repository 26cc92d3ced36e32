package steelchain.masterdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import steelchain.core.model.Customer;
import steelchain.masterdata.edit.CustomerForm;
import steelchain.masterdata.edit.MasterDataEditing;

/**
 * The customer editor on a display against the product's database: a bad value disables OK and
 * is named in the title area; a good one is saved; a stale editor is refused.
 */
class CustomerEditorDialogTest extends EditorDialogTest {


    @Test
    void aBadCreditLimitDisablesOkAndIsNamedAGoodOneIsSaved() {
        String code = unique("D");
        CustomerEditorDialog dialog = new CustomerEditorDialog(shell, store, MasterDataEditing.newCustomer(store));
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        assertEquals("New customer", window.shell().getText());
        assertNull(dialog.getErrorMessage(), "a new customer shows no problems before anything is typed");
        assertFalse(window.ok().isEnabled());

        window.type("Customer code", code);
        window.type("Name", "Tianjin Pipe Works");
        window.choose("Industry", "Energy");
        window.type("City", "Tianjin");
        window.type("Credit limit (CNY)", "abc");

        assertFalse(window.ok().isEnabled(), "OK must be disabled while the credit limit is invalid");
        assertEquals("Credit limit (CNY): not a number; write digits with a decimal point, e.g. 1234.5 (was 'abc')",
                dialog.getErrorMessage());

        window.type("Credit limit (CNY)", "3000000");
        assertNull(dialog.getErrorMessage());
        assertTrue(window.ok().isEnabled());
        window.pressOk();

        assertEquals(Window.OK, dialog.getReturnCode());
        assertTrue(window.shell().isDisposed(), "the dialog closes after saving");
        Customer saved = store.read(em -> em.createQuery("select c from Customer c where c.code = :c", Customer.class)
                .setParameter("c", code).getSingleResult());
        assertEquals("Tianjin Pipe Works", saved.getName());
        assertEquals("Tianjin", saved.getLocation().getCity());
        assertEquals(0, new BigDecimal("3000000").compareTo(saved.getCreditLimit()));
    }

    @Test
    void anEditorOpenedBeforeSomeoneElsesSaveSaysSoAndSavesNothing() {
        String code = unique("D");
        CustomerForm created = MasterDataEditing.newCustomer(store);
        created.set(CustomerForm.CODE, code);
        created.set(CustomerForm.NAME, "Handan Wire");
        created.set(CustomerForm.INDUSTRY, "CONSTRUCTION");
        MasterDataEditing.save(store, created);

        CustomerEditorDialog dialog = new CustomerEditorDialog(shell, store, MasterDataEditing.customer(store, code));
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        assertEquals("Customer " + code, window.shell().getText());
        assertFalse(((Text) window.field("Customer code")).getEditable(), "the code of a customer is fixed");

        CustomerForm theirs = MasterDataEditing.customer(store, code);
        theirs.set(CustomerForm.NAME, "Handan Wire and Cable");
        MasterDataEditing.save(store, theirs);

        window.type("Name", "Handan Steel Wire");
        window.pressOk();
        assertFalse(window.shell().isDisposed(), "the dialog stays open");
        assertEquals(code + " was changed by someone else since you opened it; nothing was saved. "
                + "Reopen it to see their change.", dialog.getErrorMessage());
        assertFalse(window.ok().isEnabled());
        dialog.close();
        assertEquals("Handan Wire and Cable", store.read(em -> em.createQuery(
                "select c.name from Customer c where c.code = :c", String.class).setParameter("c", code)
                .getSingleResult()));
    }
}
