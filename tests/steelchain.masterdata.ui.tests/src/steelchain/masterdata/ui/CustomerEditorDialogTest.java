package steelchain.masterdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.masterdata.edit.CustomerForm;
import steelchain.masterdata.edit.MasterDataEditing;

/**
 * The customer editor on a display against the product's database: a bad value disables OK and
 * is named in the title area; a good one is saved; a stale editor is refused.
 */
class CustomerEditorDialogTest {

    private Locale before;
    private Shell shell;
    private DataStore store;

    @BeforeEach
    void open() throws InterruptedException {
        // The dialog's texts follow the default locale; these checks are written in English.
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        shell = new Shell(Display.getDefault());
        store = store();
    }

    @AfterEach
    void close() {
        shell.dispose();
        Locale.setDefault(before);
    }

    @Test
    void aBadCreditLimitDisablesOkAndIsNamedAGoodOneIsSaved() {
        String code = "D" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        CustomerEditorDialog dialog = new CustomerEditorDialog(shell, store, MasterDataEditing.newCustomer(store));
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell window = dialog.getShell();
        assertEquals("New customer", window.getText());
        assertNull(dialog.getErrorMessage(), "a new customer shows no problems before anything is typed");
        assertFalse(ok(window).isEnabled());

        type(field(window, "Customer code"), code);
        type(field(window, "Name"), "Tianjin Pipe Works");
        Combo industry = (Combo) field(window, "Industry");
        industry.select(industry.indexOf("Energy"));
        industry.notifyListeners(SWT.Selection, new Event());
        type(field(window, "City"), "Tianjin");
        type(field(window, "Credit limit (CNY)"), "abc");

        assertFalse(ok(window).isEnabled(), "OK must be disabled while the credit limit is invalid");
        assertEquals("Credit limit (CNY): not a number; write digits with a decimal point, e.g. 1234.5 (was 'abc')",
                dialog.getErrorMessage());

        type(field(window, "Credit limit (CNY)"), "3000000");
        assertNull(dialog.getErrorMessage());
        assertTrue(ok(window).isEnabled());
        ok(window).notifyListeners(SWT.Selection, new Event());

        assertEquals(Window.OK, dialog.getReturnCode());
        assertTrue(window.isDisposed(), "the dialog closes after saving");
        Customer saved = store.read(em -> em.createQuery("select c from Customer c where c.code = :c", Customer.class)
                .setParameter("c", code).getSingleResult());
        assertEquals("Tianjin Pipe Works", saved.getName());
        assertEquals("Tianjin", saved.getLocation().getCity());
        assertEquals(0, new BigDecimal("3000000").compareTo(saved.getCreditLimit()));
    }

    @Test
    void anEditorOpenedBeforeSomeoneElsesSaveSaysSoAndSavesNothing() {
        String code = "D" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        CustomerForm created = MasterDataEditing.newCustomer(store);
        created.set(CustomerForm.CODE, code);
        created.set(CustomerForm.NAME, "Handan Wire");
        created.set(CustomerForm.INDUSTRY, "CONSTRUCTION");
        MasterDataEditing.save(store, created);

        CustomerEditorDialog dialog = new CustomerEditorDialog(shell, store, MasterDataEditing.customer(store, code));
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell window = dialog.getShell();
        assertEquals("Customer " + code, window.getText());
        assertFalse(((Text) field(window, "Customer code")).getEditable(), "the code of a customer is fixed");

        CustomerForm theirs = MasterDataEditing.customer(store, code);
        theirs.set(CustomerForm.NAME, "Handan Wire and Cable");
        MasterDataEditing.save(store, theirs);

        type(field(window, "Name"), "Handan Steel Wire");
        ok(window).notifyListeners(SWT.Selection, new Event());
        assertFalse(window.isDisposed(), "the dialog stays open");
        assertEquals(code + " was changed by someone else since you opened it; nothing was saved. "
                + "Reopen it to see their change.", dialog.getErrorMessage());
        assertFalse(ok(window).isEnabled());
        dialog.close();
        assertEquals("Handan Wire and Cable", store.read(em -> em.createQuery(
                "select c.name from Customer c where c.code = :c", String.class).setParameter("c", code)
                .getSingleResult()));
    }

    private static void type(Control field, String text) {
        ((Text) field).setText(text);
    }

    /** The control after the label {@code name + ":"}. */
    private static Control field(Shell window, String name) {
        for (Label label : widgets(window, Label.class)) {
            if (label.getText().equals(name + ":")) {
                Control[] siblings = label.getParent().getChildren();
                for (int i = 0; i < siblings.length - 1; i++) {
                    if (siblings[i] == label) {
                        return siblings[i + 1];
                    }
                }
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static Button ok(Shell window) {
        return widgets(window, Button.class).stream()
                .filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).findFirst().orElseThrow();
    }

    private static DataStore store() throws InterruptedException {
        ServiceTracker<DataStore, DataStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(CustomerEditorDialogTest.class).getBundleContext(), DataStore.class, null);
        tracker.open();
        try {
            return tracker.waitForService(20_000);
        } finally {
            tracker.close();
        }
    }

    private static <T extends Control> List<T> widgets(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(widgets(child, type));
            }
        }
        return found;
    }
}
