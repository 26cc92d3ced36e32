package steelchain.marketing.ui;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Display;

/** The UISynchronize a workbench would give a view, on a bare display, for views created in tests. */
public final class DisplaySynchronize extends UISynchronize {

    private final Display display;

    public DisplaySynchronize(Display display) {
        this.display = display;
    }

    @Override
    public void syncExec(Runnable runnable) {
        display.syncExec(runnable);
    }

    @Override
    public void asyncExec(Runnable runnable) {
        display.asyncExec(runnable);
    }

    @Override
    protected boolean isUIThread(Thread thread) {
        return display.getThread() == thread;
    }

    @Override
    protected void showBusyWhile(Runnable runnable) {
        runnable.run();
    }

    @Override
    protected boolean dispatchEvents() {
        return display.readAndDispatch();
    }
}
