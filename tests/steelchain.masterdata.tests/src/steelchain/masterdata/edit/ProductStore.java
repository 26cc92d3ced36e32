package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;

/** The product's DataStore service for tests that save forms, and codes no other test uses. */
final class ProductStore {

    private ProductStore() {
    }

    static DataStore find() throws InterruptedException {
        ServiceTracker<DataStore, DataStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ProductStore.class).getBundleContext(), DataStore.class, null);
        tracker.open();
        try {
            DataStore store = tracker.waitForService(20_000);
            assertTrue(store != null, "no DataStore service");
            return store;
        } finally {
            tracker.close();
        }
    }

    static String uniqueCode(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
