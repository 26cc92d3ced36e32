package steelchain.ui.addons;

import java.util.function.Predicate;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Removes what a bundle contributed to the application model when the bundle is stopped or
 * uninstalled at runtime: its open parts, part descriptors, commands, handlers and menu,
 * tool bar and trim contributions. e4 itself removes only a fragment's UI elements, so
 * without this a removed module would leave views behind in the navigator.
 */
public class ContributionCleanup {

    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private UISynchronize sync;

    private BundleContext context;
    private final BundleListener listener = event -> {
        if (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNINSTALLED) {
            String symbolicName = event.getBundle().getSymbolicName();
            sync.asyncExec(() -> removeContributionsOf(symbolicName));
        }
    };

    @PostConstruct
    void start() {
        Bundle bundle = FrameworkUtil.getBundle(ContributionCleanup.class);
        context = bundle.getBundleContext();
        context.addBundleListener(listener);
    }

    @PreDestroy
    void stop() {
        context.removeBundleListener(listener);
    }

    /** Removes every model element that bundle {@code symbolicName} contributed. */
    public void removeContributionsOf(String symbolicName) {
        String classPrefix = "bundleclass://" + symbolicName + "/";
        EPartService parts = application.getContext().get(EPartService.class);
        for (MPart part : models.findElements(application, null, MPart.class)) {
            String contribution = part.getContributionURI();
            if (contribution != null && contribution.startsWith(classPrefix)) {
                parts.hidePart(part, true);
            }
        }
        Predicate<MApplicationElement> contributed = element -> isFrom(element, symbolicName, classPrefix);
        application.getDescriptors().removeIf(contributed);
        application.getHandlers().removeIf(contributed);
        application.getCommands().removeIf(contributed);
        application.getMenuContributions().removeIf(contributed);
        application.getToolBarContributions().removeIf(contributed);
        application.getTrimContributions().removeIf(contributed);
    }

    private static boolean isFrom(MApplicationElement element, String symbolicName, String classPrefix) {
        String contributor = element.getContributorURI();
        if (contributor != null && (contributor.equals("platform:/plugin/" + symbolicName)
                || contributor.equals("platform:/fragment/" + symbolicName))) {
            return true;
        }
        String contribution = element instanceof MContribution c ? c.getContributionURI() : null;
        return contribution != null && contribution.startsWith(classPrefix);
    }
}
