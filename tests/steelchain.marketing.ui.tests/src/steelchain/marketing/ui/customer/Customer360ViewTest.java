package steelchain.marketing.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.customer.CustomerProfiles;
import steelchain.marketing.ui.DisplaySynchronize;
import steelchain.marketing.ui.Widgets;

/** The customer 360 view on a display with the product's database: find a customer, pick it, read its page. */
class Customer360ViewTest {

    private static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000_000L);

    @Test
    void findsACustomerAndShowsItsPage() throws Exception {
        String code = "V360-" + SUFFIX;
        service(DataStore.class).run(em -> {
            SteelGrade grade = new SteelGrade("DC01-" + SUFFIX, "EN 10130");
            em.persist(grade);
            Customer customer = new Customer(code, "View test appliances " + SUFFIX, Industry.APPLIANCES);
            customer.addContact("Li Na", "Buyer", "+86 512 6666 0002", "li@example.com");
            em.persist(customer);
            SalesOrder order = new SalesOrder("SOV-" + SUFFIX, customer, LocalDate.now().withDayOfMonth(1));
            order.addLine(ProductForm.COLD_ROLLED_COIL, grade, new BigDecimal("0.8"), new BigDecimal("1250"),
                    new BigDecimal("25"), LocalDate.now().plusMonths(1), new BigDecimal("4600"));
            em.persist(order);
        });

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 900);
        IEclipseContext context = EclipseContextFactory.create("customer 360 test");
        context.set(Composite.class, shell);
        context.set(UISynchronize.class, new DisplaySynchronize(display));
        try {
            Customer360View view = ContextInjectionFactory.make(Customer360View.class, context);
            view.profilesChanged(service(CustomerProfiles.class));
            shell.open();

            Widgets.of(shell, Text.class).get(0).setText(code.toLowerCase());
            Table hits = Widgets.of(shell, Table.class).get(0);
            spinUntil(display, () -> hits.getItemCount() == 1 && hits.getItem(0).getText(0).equals(code));
            assertEquals("View test appliances " + SUFFIX, hits.getItem(0).getText(1));

            view.hitsViewer().setSelection(new StructuredSelection(view.hitsViewer().getElementAt(0)), true);
            spinUntil(display, () -> labels(shell).contains(code + "  View test appliances " + SUFFIX));
            List<String> labels = labels(shell);
            assertTrue(labels.contains("Appliances"), labels::toString);
            assertTrue(labels.contains("25 t"), labels::toString);
            assertTrue(labels.contains("115,000 CNY"), labels::toString);
            assertEquals(1, Widgets.of(shell, Chart.class).size(), "the trend chart");
            List<Table> tables = Widgets.of(shell, Table.class);
            assertEquals("Li Na", tables.get(1).getItem(0).getText(0), "contacts");
            assertEquals("SOV-" + SUFFIX + "/1", tables.get(2).getItem(0).getText(0), "open order lines");
            assertEquals("0.8 × 1,250", tables.get(2).getItem(0).getText(3));
        } finally {
            shell.dispose();
            context.dispose();
        }
    }

    private static List<String> labels(Shell shell) {
        return Widgets.of(shell, Label.class).stream().map(Label::getText).toList();
    }

    private static void spinUntil(Display display, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            while (display.readAndDispatch()) {
                // drain the event queue
            }
            Thread.sleep(25);
        }
        assertTrue(condition.getAsBoolean(), "waited 10 s in vain");
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(Customer360ViewTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            return tracker.waitForService(20_000);
        } finally {
            tracker.close();
        }
    }
}
