package steelchain.masterdata.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;

/** An open editor dialog as a test sees it: its fields by their labels and its OK button. */
record EditorWindow(Shell shell) {

    /** Types {@code text} into the field labelled {@code name}. */
    void type(String name, String text) {
        ((Text) field(name)).setText(text);
    }

    /** Chooses the entry {@code item} of the combo labelled {@code name}, as a user's click does. */
    void choose(String name, String item) {
        Combo combo = (Combo) field(name);
        int index = combo.indexOf(item);
        if (index < 0) {
            throw new AssertionError("no entry '" + item + "' in " + name + ": " + List.of(combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** The control after the label {@code name + ":"}. */
    Control field(String name) {
        for (Label label : widgets(shell, Label.class)) {
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

    Button ok() {
        return widgets(shell, Button.class).stream()
                .filter(b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).findFirst().orElseThrow();
    }

    void pressOk() {
        ok().notifyListeners(SWT.Selection, new Event());
    }

    static <T extends Control> List<T> widgets(Control root, Class<T> type) {
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

    /** The product's database service. */
    static DataStore store() throws InterruptedException {
        ServiceTracker<DataStore, DataStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(EditorWindow.class).getBundleContext(), DataStore.class, null);
        tracker.open();
        try {
            return tracker.waitForService(20_000);
        } finally {
            tracker.close();
        }
    }
}
