package steelchain.marketing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import steelchain.core.batch.BatchJob;
import steelchain.core.module.ModuleDescriptor;

/**
 * The marketing module is bundles a plant's IT may leave out: in the real shell, stopping them
 * takes away the module, its views (an open one included) and its batch jobs; starting them
 * brings everything back. Needs a display: Xvfb in CI.
 */
class MarketingRemovalTest {

    private static final String CUSTOMER_360 = "steelchain.marketing.ui.part.customer360";
    private static final Set<String> MARKETING_JOBS = Set.of("segment-customers", "forecast-demand", "import-orders");

    /** The system bundle's context: this fragment's own goes invalid when its host is stopped. */
    private final BundleContext context = FrameworkUtil.getBundle(MarketingRemovalTest.class).getBundleContext()
            .getBundle(Constants.SYSTEM_BUNDLE_ID).getBundleContext();
    private final Display display = Display.getDefault();

    @Test
    void stoppingTheMarketingBundlesRemovesItsViewsAndJobs() throws Exception {
        Bundle ui = FrameworkUtil.getBundle(MarketingModule.class);
        Bundle shell = List.of(context.getBundles()).stream().filter(b -> "steelchain.ui".equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
        Bundle headless = List.of(context.getBundles()).stream()
                .filter(b -> "steelchain.marketing".equals(b.getSymbolicName())).findFirst().orElseThrow();
        E4Workbench workbench = new E4Application().createE4Workbench(new TestApplicationContext(shell,
                "-applicationXMI", "steelchain.ui/Application.e4xmi", "-persistState", "false", "-clearPersistedState"),
                display);
        try {
            MApplication application = workbench.getApplication();
            MWindow window = application.getChildren().get(0);
            workbench.createAndRunUI(window);
            EPartService parts = window.getContext().get(EPartService.class);
            spinUntil("the marketing views are in the model", () -> !marketingViews(application).isEmpty());
            assertTrue(marketingViews(application).contains(CUSTOMER_360), marketingViews(application)::toString);
            parts.showPart(CUSTOMER_360, PartState.ACTIVATE);
            assertNotNull(parts.findPart(CUSTOMER_360));
            assertTrue(jobNames().containsAll(MARKETING_JOBS), jobNames()::toString);
            assertTrue(moduleIds().contains("marketing"));

            ui.stop();
            headless.stop();
            try {
                spinUntil("the marketing views are gone", () -> marketingViews(application).isEmpty());
                assertNull(parts.findPart(CUSTOMER_360), "the open Customer 360 view is closed");
                assertEquals(Set.of(), intersection(jobNames(), MARKETING_JOBS));
                assertTrue(!moduleIds().contains("marketing"));
            } finally {
                headless.start();
                ui.start();
            }
            spinUntil("the marketing views are back", () -> marketingViews(application).contains(CUSTOMER_360));
            assertTrue(jobNames().containsAll(MARKETING_JOBS), jobNames()::toString);
        } finally {
            workbench.close();
            while (display.readAndDispatch()) {
                // let the closing windows go
            }
        }
    }

    private static List<String> marketingViews(MApplication application) {
        return application.getDescriptors().stream().filter(d -> "marketing".equals(d.getCategory()))
                .map(MPartDescriptor::getElementId).toList();
    }

    private Set<String> jobNames() throws InvalidSyntaxException {
        Set<String> names = new TreeSet<>();
        for (ServiceReference<BatchJob> reference : context.getServiceReferences(BatchJob.class, null)) {
            BatchJob job = context.getService(reference);
            if (job != null) {
                names.add(job.name());
                context.ungetService(reference);
            }
        }
        return names;
    }

    private List<String> moduleIds() throws InvalidSyntaxException {
        List<String> ids = new ArrayList<>();
        for (ServiceReference<ModuleDescriptor> reference : context.getServiceReferences(ModuleDescriptor.class, null)) {
            ModuleDescriptor module = context.getService(reference);
            if (module != null) {
                ids.add(module.id());
                context.ungetService(reference);
            }
        }
        return ids;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    private void spinUntil(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            while (display.readAndDispatch()) {
                // work off pending UI events
            }
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("Waited in vain until " + what);
    }
}
