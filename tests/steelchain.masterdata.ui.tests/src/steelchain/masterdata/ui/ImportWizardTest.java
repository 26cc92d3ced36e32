package steelchain.masterdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.data.DataStore;
import steelchain.masterdata.RecordKind;

/** The import wizard on a display, against the product's database: check, refuse, import. */
class ImportWizardTest {

    @TempDir
    Path folder;

    @Test
    void aFileWithProblemsIsListedAndRefusedAValidOneIsImported() throws Exception {
        DataStore store = EditorWindow.store();
        String code = "W" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Path file = folder.resolve("customers.csv");
        Files.writeString(file, "code,name,industry,province,city,credit_limit_cny,grade\n"
                + code + ",Wizard steel trading,TRADING,Jiangsu,Nanjing,1000000,B\n"
                + code + "X,Bad row,FARMING,Jiangsu,Nanjing,-5,B\n", StandardCharsets.UTF_8);

        Shell shell = new Shell(Display.getDefault());
        ImportWizard wizard = new ImportWizard(store, RecordKind.CUSTOMERS, null);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            EditorWindow.widgets(dialog.getShell(), Text.class).get(0).setText(file.toString());
            Button check = EditorWindow.widgets(dialog.getShell(), Button.class).stream()
                    .filter(b -> b.getText().equals("Check file")).findFirst().orElseThrow();
            check.notifyListeners(SWT.Selection, new Event());
            Table problems = EditorWindow.widgets(dialog.getShell(), Table.class).get(0);
            assertEquals(2, problems.getItemCount());
            assertEquals("industry", problems.getItem(0).getText(1));
            assertEquals("credit_limit_cny", problems.getItem(1).getText(1));
            assertFalse(wizard.canFinish(), "a file with problems cannot be imported");

            Files.writeString(file, "code,name,industry,province,city,credit_limit_cny,grade\n"
                    + code + ",Wizard steel trading,TRADING,Jiangsu,Nanjing,1000000,B\n", StandardCharsets.UTF_8);
            check.notifyListeners(SWT.Selection, new Event());
            assertEquals(0, problems.getItemCount());
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
            assertEquals(1, wizard.imported().records().created());
        } finally {
            dialog.close();
            shell.dispose();
        }
        assertEquals(1L, store.read(em -> em.createQuery("select count(c) from Customer c where c.code = :c", Long.class)
                .setParameter("c", code).getSingleResult()));
    }
}
