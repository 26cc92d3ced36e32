package steelchain.marketing.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** What the view tests of this fragment do with widgets: find them, and wait for the UI. */
public final class Widgets {

    private Widgets() {
    }

    /** {@code root} and every control below it that is a {@code type}, depth first. */
    public static <T extends Control> List<T> of(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(of(child, type));
            }
        }
        return found;
    }

    /** Works off the pending UI events. */
    public static void spin() {
        Display display = Display.getDefault();
        while (display.readAndDispatch()) {
            // dispatch what is queued
        }
    }

    /** Runs the event loop until {@code condition} holds; gives up after a few thousand rounds. */
    public static void spinUntil(String what, BooleanSupplier condition) {
        for (int i = 0; i < 5000; i++) {
            spin();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("Gave up waiting until " + what);
    }
}
