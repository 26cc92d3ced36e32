package steelchain.masterdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import steelchain.core.data.OrderChangeGuard;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.edit.OrderEditing;
import steelchain.masterdata.edit.OrderForm;

/**
 * The order editor on a display against the product's database: lines are typed in the table,
 * a bad value names its field and line and disables OK, a good order is saved; an order another
 * module guards opens read-only with that module's reason.
 */
class OrderEditorDialogTest extends EditorDialogTest {

    private static final OrderChangeGuard NO_GUARD = (em, number, locale) -> Optional.empty();

    private String customer;
    private String grade;

    @BeforeEach
    void customerAndGrade() {
        customer = unique("K");
        grade = unique("Q");
        store.run(em -> {
            em.persist(new Customer(customer, "Shougang Auto Parts", Industry.AUTOMOTIVE));
            em.persist(new SteelGrade(grade, "GB/T 700"));
        });
    }


    @Test
    void linesAreTypedInTheTableABadOneIsNamedWithItsLineAGoodOrderIsSaved() {
        String number = unique("SO-");
        OrderEditorDialog dialog = new OrderEditorDialog(shell, store, OrderEditing.newOrder(store), NO_GUARD);
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        assertEquals("New order", window.shell().getText());
        assertNull(dialog.getErrorMessage(), "a new order shows no problems before anything is typed");
        assertFalse(window.ok().isEnabled());
        assertEquals(LocalDate.now().toString(), ((Text) window.field("Order date")).getText());

        window.type("Order number", number);
        window.type("Customer code", customer);
        assertTrue(EditorWindow.widgets(window.shell(), Label.class).stream()
                .anyMatch(l -> l.getText().equals("Shougang Auto Parts")),
                "the customer's name is shown under the code");
        chooseInCell(dialog, 0, 1, "Plate");
        typeInCell(dialog, 0, 2, grade);
        typeInCell(dialog, 0, 3, "16");
        typeInCell(dialog, 0, 4, "2200");
        typeInCell(dialog, 0, 5, "-3");
        typeInCell(dialog, 0, 6, LocalDate.now().plusDays(30).toString());
        typeInCell(dialog, 0, 7, "4350");

        assertEquals("Tonnes (line 1): must be greater than 0 (was '-3')", dialog.getErrorMessage());
        assertFalse(window.ok().isEnabled());
        assertEquals("Plate", dialog.lines().table().getItem(0).getText(1), "the product form in the user's words");

        typeInCell(dialog, 0, 5, "35.5");
        assertNull(dialog.getErrorMessage(), () -> dialog.form().problems().toString());
        assertTrue(window.ok().isEnabled());
        window.pressOk();

        assertEquals(Window.OK, dialog.getReturnCode());
        assertTrue(window.shell().isDisposed(), "the dialog closes after saving");
        OrderForm saved = OrderEditing.order(store, number, NO_GUARD, Locale.ENGLISH);
        assertEquals(customer, saved.get(OrderForm.CUSTOMER));
        assertEquals(List.of("PLATE " + grade + " 16 2200 35.5"), saved.lines().stream()
                .map(l -> l.get(OrderForm.FORM) + " " + l.get(OrderForm.GRADE) + " " + l.get(OrderForm.THICKNESS) + " "
                        + l.get(OrderForm.WIDTH) + " " + l.get(OrderForm.TONNES))
                .toList());
    }

    @Test
    void onlyANewLineCanBeRemovedAStoredOneIsCancelledByItsStatus() {
        String number = storedOrder();
        OrderEditorDialog dialog = new OrderEditorDialog(shell, store,
                OrderEditing.order(store, number, NO_GUARD, Locale.ENGLISH), NO_GUARD);
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        assertEquals("Order " + number, window.shell().getText());
        assertFalse(((Text) window.field("Order number")).getEditable(), "the number of an order is fixed");
        Button add = button(window, "Add line");
        Button remove = button(window, "Remove new line");

        select(dialog, 0);
        assertFalse(remove.isEnabled(), "a stored line is not removed");
        add.notifyListeners(SWT.Selection, new Event());
        dialog.lines().viewer().cancelEditing();
        assertEquals("2", dialog.lines().table().getItem(1).getText(0), "numbered after the last");
        assertFalse(window.ok().isEnabled(), "the new line is empty");
        select(dialog, 1);
        assertTrue(remove.isEnabled());
        remove.notifyListeners(SWT.Selection, new Event());
        assertEquals(1, dialog.lines().table().getItemCount());
        assertTrue(window.ok().isEnabled());

        chooseInCell(dialog, 0, 8, "Cancelled");
        window.pressOk();
        assertEquals(Window.OK, dialog.getReturnCode());
        assertEquals("CANCELLED", OrderEditing.order(store, number, NO_GUARD, Locale.ENGLISH).lines().get(0)
                .get(OrderForm.LINE_STATUS));
    }

    @Test
    void anOrderAnotherModuleGuardsOpensReadOnlyWithItsReason() {
        String number = storedOrder();
        String reason = "Order " + number + " is confirmed under contract HT-1; change it in the Sales pipeline.";
        OrderChangeGuard sales = (em, n, locale) -> n.equals(number) ? Optional.of(reason) : Optional.empty();
        OrderEditorDialog dialog = new OrderEditorDialog(shell, store,
                OrderEditing.order(store, number, sales, Locale.ENGLISH), sales);
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());

        assertEquals(reason, dialog.getMessage());
        assertNull(dialog.getErrorMessage());
        assertFalse(window.ok().isEnabled());
        assertFalse(((Text) window.field("Customer code")).getEditable());
        assertFalse(((Text) window.field("Order date")).getEditable());
        assertFalse(((Combo) window.field("Order status")).isEnabled());
        assertFalse(button(window, "Add line").isEnabled());
        dialog.lines().viewer().editElement(0, 5);
        assertFalse(dialog.lines().viewer().isCellEditorActive(), "no cell of a guarded order is edited");

        window.pressOk();
        assertFalse(window.shell().isDisposed(), "OK does nothing");
        dialog.close();
    }

    @Test
    void anOrderTakenOverWhileTheEditorIsOpenIsNotSavedAndTheEditorSaysWhy() {
        String number = storedOrder();
        String reason = "Order " + number + " is confirmed under contract HT-2; change it in the Sales pipeline.";
        AtomicBoolean confirmed = new AtomicBoolean();
        OrderChangeGuard sales = (em, n, locale) -> confirmed.get() ? Optional.of(reason) : Optional.empty();
        OrderEditorDialog dialog = new OrderEditorDialog(shell, store,
                OrderEditing.order(store, number, sales, Locale.ENGLISH), sales);
        dialog.setBlockOnOpen(false);
        dialog.open();
        EditorWindow window = new EditorWindow(dialog.getShell());
        chooseInCell(dialog, 0, 8, "Cancelled");
        assertTrue(window.ok().isEnabled(), "not guarded when opened");

        confirmed.set(true); // the sales loop confirms the order meanwhile
        window.pressOk();
        assertFalse(window.shell().isDisposed(), "the editor stays open");
        assertEquals(number + " was taken over by another module since you opened it; nothing was saved. " + reason,
                dialog.getErrorMessage());
        assertEquals("OPEN", OrderEditing.order(store, number, NO_GUARD, Locale.ENGLISH).lines().get(0)
                .get(OrderForm.LINE_STATUS));
        dialog.close();
    }

    /** An order of one line of 50 t of hot-rolled coil. */
    private String storedOrder() {
        String number = unique("SO-");
        OrderForm form = OrderEditing.newOrder(store);
        form.set(OrderForm.NUMBER, number);
        form.set(OrderForm.CUSTOMER, customer);
        form.setLine(0, OrderForm.FORM, "HOT_ROLLED_COIL");
        form.setLine(0, OrderForm.GRADE, grade);
        form.setLine(0, OrderForm.THICKNESS, "2.75");
        form.setLine(0, OrderForm.WIDTH, "1250");
        form.setLine(0, OrderForm.TONNES, "50");
        form.setLine(0, OrderForm.DUE_DATE, LocalDate.now().plusDays(20).toString());
        form.setLine(0, OrderForm.PRICE, "4000");
        OrderEditing.save(store, form, NO_GUARD, Locale.ENGLISH);
        return number;
    }

    /** Clicks into a text cell, types and presses Enter, as a user does. */
    private static void typeInCell(OrderEditorDialog dialog, int line, int column, String text) {
        dialog.lines().viewer().editElement(line, column);
        Text editor = EditorWindow.widgets(dialog.lines().table(), Text.class).stream().filter(Control::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("no text editor in column " + column));
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
    }

    /** Opens the list of a choice cell and picks {@code shown}. */
    private static void chooseInCell(OrderEditorDialog dialog, int line, int column, String shown) {
        dialog.lines().viewer().editElement(line, column);
        CCombo editor = EditorWindow.widgets(dialog.lines().table(), CCombo.class).stream().filter(Control::isVisible)
                .findFirst().orElseThrow(() -> new AssertionError("no choice editor in column " + column));
        editor.select(editor.indexOf(shown));
        editor.notifyListeners(SWT.DefaultSelection, new Event());
    }

    private static void select(OrderEditorDialog dialog, int line) {
        dialog.lines().viewer().setSelection(new StructuredSelection(line));
    }

    private static Button button(EditorWindow window, String text) {
        return EditorWindow.widgets(window.shell(), Button.class).stream().filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }
}
