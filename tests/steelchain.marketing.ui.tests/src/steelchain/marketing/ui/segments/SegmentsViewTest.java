package steelchain.marketing.ui.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.segmentation.CustomerSegments;
import steelchain.marketing.segmentation.SegmentationModel;
import steelchain.marketing.ui.DisplaySynchronize;

/**
 * The Segments view on a display, injected as the shell injects a part, against the product's
 * database: the button segments the customers in the background, the view then shows the new
 * run's segments and the customers of the selected one.
 */
class SegmentsViewTest {

    private final BundleContext bundleContext = FrameworkUtil.getBundle(SegmentsViewTest.class).getBundleContext();
    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private SegmentsView view;

    @BeforeEach
    void openShell() {
        Locale.setDefault(Locale.ENGLISH);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        context = EclipseContextFactory.getServiceContext(bundleContext).createChild();
        context.set(Composite.class, shell);
        context.set(UISynchronize.class, new DisplaySynchronize(display));
    }

    @AfterEach
    void closeShell() {
        context.dispose();
        shell.dispose();
    }

    @Test
    void runsASegmentationAndShowsItsSegmentsAndCustomers() throws Exception {
        String prefix = insertCustomers();
        view = ContextInjectionFactory.make(SegmentsView.class, context);
        shell.open();
        spinUntil("the view has loaded", () -> !view.status().getText().startsWith("Loading"));

        view.runButton().notifyListeners(SWT.Selection, new Event());
        spinUntil("the new run is shown", () -> view.status().getText().startsWith("Run SEG-")
                && view.table().viewer().getTable().getItemCount() > 0 && view.runButton().isEnabled());
        Table table = view.table().viewer().getTable();
        assertTrue(table.getItemCount() >= 2, "segments: " + table.getItemCount());
        assertEquals("Segment", table.getColumn(0).getText());
        assertTrue(table.getItem(0).getText(6).length() > 20, "a strategy: " + table.getItem(0).getText(6));

        spinUntil("the first segment's customers are listed", () -> view.customers().rowCount() > 0);
        ServiceTracker<CustomerSegments, CustomerSegments> tracker = new ServiceTracker<>(bundleContext,
                CustomerSegments.class, null);
        tracker.open();
        CustomerSegments segments = tracker.waitForService(10_000);
        tracker.close();
        CustomerSegments.Run latest = segments.latestRun().orElseThrow();
        assertTrue(view.status().getText().contains(latest.runCode()), view.status().getText());
        int listed = 0;
        for (int row = 0; row < table.getItemCount(); row++) {
            int position = row;
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new Event());
            int expected = latest.segments().get(row).customers();
            spinUntil("segment " + row + " lists its customers", () -> view.customers().rowCount() == expected
                    && view.customers().row(0).segment() == latest.segments().get(position).segment());
            listed += view.customers().rowCount();
        }
        assertEquals(latest.customers(), listed);
        assertTrue(segments.currentSegment(prefix + "-0").isPresent());
    }

    /** Two dozen customers ordering until recently or stopping a year ago, big and small. */
    private String insertCustomers() throws InterruptedException {
        ServiceTracker<DataStore, DataStore> stores;
        try {
            stores = new ServiceTracker<>(bundleContext, bundleContext.createFilter("(&(objectClass="
                    + DataStore.class.getName() + ")(steelchain.owners=" + SegmentationModel.OWNER + "))"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        stores.open();
        DataStore store = stores.waitForService(20_000);
        if (store == null) {
            fail("no data store with the segmentation's tables");
        }
        String prefix = "UI" + Long.toString(System.nanoTime(), 36).toUpperCase();
        LocalDate today = LocalDate.now();
        store.run(em -> {
            SteelGrade grade = new SteelGrade(prefix + "-Q345B", "GB/T 1591-2018");
            em.persist(grade);
            int number = 0;
            for (int c = 0; c < 24; c++) {
                Customer customer = new Customer(prefix + "-" + c, "界面测试客户 " + c, Industry.MACHINERY);
                customer.setCreditLimit(new BigDecimal("2000000.00"));
                em.persist(customer);
                boolean big = c % 3 == 0;
                boolean stopped = c % 3 == 2;
                for (int o = 0; o < (big ? 10 + c : 2 + c % 4); o++) {
                    LocalDate day = today.minusDays((stopped ? 300 + 7L * c : 3 + c) + 25L * o);
                    SalesOrder order = new SalesOrder(prefix + "-SO" + number++, customer, day);
                    order.addLine(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("3.00"), new BigDecimal("1250.0"),
                            new BigDecimal(big ? "80.000" : "6.000"), day.plusDays(20), new BigDecimal("4300.00"));
                    em.persist(order);
                }
            }
        });
        stores.close();
        return prefix;
    }

    private void spinUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what + "; status: " + statusText());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private String statusText() {
        return view == null || view.status().isDisposed() ? "" : view.status().getText();
    }
}
