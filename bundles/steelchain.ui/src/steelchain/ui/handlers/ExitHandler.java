package steelchain.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File &gt; Exit: closes the workbench. */
public class ExitHandler {

    @Execute
    void execute(IWorkbench workbench) {
        workbench.close();
    }
}
