package steelchain.marketing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.module.ModuleDescriptor;

/** The marketing module announces itself to the navigator as a DS service, in both languages. */
class MarketingModuleTest {

    @Test
    void registersTheMarketingModuleDescriptor() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(MarketingModuleTest.class).getBundleContext();
        ServiceTracker<ModuleDescriptor, ModuleDescriptor> tracker = new ServiceTracker<>(context, ModuleDescriptor.class, null);
        tracker.open();
        try {
            tracker.waitForService(10_000);
            ModuleDescriptor module = tracker.getTracked().values().stream().filter(m -> m.id().equals("marketing"))
                    .findFirst().orElseThrow(() -> new AssertionError("no marketing module descriptor"));
            assertEquals("Marketing and demand", module.name(Locale.ENGLISH));
            assertEquals("需求挖掘与市场营销", module.name(Locale.SIMPLIFIED_CHINESE));
            assertEquals(context.getBundle().getVersion().toString(), module.version());
        } finally {
            tracker.close();
        }
    }
}
