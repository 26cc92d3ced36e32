package steelchain.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;
import steelchain.ui.about.AboutDialog;
import steelchain.ui.about.InstalledBundles;

/** Help &gt; About SteelChain. */
public class AboutHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        new AboutDialog(shell, InstalledBundles.steelChain(FrameworkUtil.getBundle(AboutHandler.class).getBundleContext()))
                .open();
    }
}
