package steelchain.masterdata.ui;

import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import steelchain.core.data.DataStore;

/**
 * What a test of an editor dialog needs: a parent shell, the product's database, and English
 * texts (the dialogs follow the default locale; the checks are written in English).
 */
abstract class EditorDialogTest {

    protected Shell shell;
    protected DataStore store;
    private Locale before;

    @BeforeEach
    void openShell() throws InterruptedException {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        shell = new Shell(Display.getDefault());
        store = EditorWindow.store();
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
        Locale.setDefault(before);
    }

    /** A code no other test uses. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
