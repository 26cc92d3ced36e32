package steelchain.marketing.ui.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobResult;
import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.Location;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.forecast.Region;
import steelchain.marketing.pricing.PriceService;
import steelchain.marketing.ui.Widgets;
import steelchain.marketing.ui.forecast.ForecastView;
import steelchain.marketing.ui.pricing.PriceListView;
import steelchain.marketing.ui.value.CustomerValueView;

/**
 * The demand forecast, customer value and price list views on a display, with their services
 * injected from the OSGi runtime as the shell does, over three years of orders (2091 to 2093, a
 * range no other test uses) and a forecast run of the forecast-demand job.
 */
class InsightViewsTest {

    private static final BundleContext CONTEXT = FrameworkUtil.getBundle(InsightViewsTest.class).getBundleContext();
    private static Shell shell;
    private static IEclipseContext context;
    private static String grade;

    @BeforeAll
    static void ordersAndForecast() throws Exception {
        DataStore store = service(DataStore.class, "(steelchain.owners=steelchain.marketing.forecast)");
        grade = "UG" + Long.toString(System.nanoTime(), 36).toUpperCase();
        store.run(em -> {
            SteelGrade steel = new SteelGrade(grade, "GB/T 3274");
            em.persist(steel);
            List<Customer> customers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Customer customer = new Customer(grade + "C" + i, "View test customer " + i, Industry.MACHINERY);
                customer.setGrade(CustomerGrade.values()[i]);
                customer.setLocation(new Location("浙江省", "杭州市", null, null));
                em.persist(customer);
                customers.add(customer);
            }
            for (int m = 0; m < 36; m++) {
                LocalDate day = YearMonth.of(2091, 1).plusMonths(m).atDay(8);
                for (int i = 0; i < 3; i++) {
                    SalesOrder order = new SalesOrder(grade + "-" + m + "-" + i, customers.get(i), day);
                    order.addLine(ProductForm.PLATE, steel, new BigDecimal("20.00"), new BigDecimal("2000"),
                            BigDecimal.valueOf(50 + 10 * (m % 12) + 20 * i), day.plusMonths(1),
                            BigDecimal.valueOf(3900 - 150 * i));
                    order.setStatus(OrderStatus.COMPLETED);
                    em.persist(order);
                }
            }
        });
        service(PriceService.class, null).save(new PriceService.PriceListRow(null, ProductForm.PLATE, grade,
                new BigDecimal("3950"), LocalDate.of(2094, 1, 1), null));
        BatchJob job = service(BatchJob.class, "(component.name=steelchain.marketing.forecast.ForecastDemandJob)");
        Map<String, Object> options = new HashMap<>(Map.of("horizon", 6L, "method", "auto", "from",
                LocalDate.of(2091, 1, 1), "to", LocalDate.of(2093, 12, 1)));
        JobResult result = job.run(new JobArguments(options, Locale.ENGLISH), new NullProgressMonitor());
        assertTrue(result.succeeded(), result.summary()::toString);

        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(1300, 800);
        shell.open();
        context = EclipseContextFactory.getServiceContext(CONTEXT).createChild("insight views test");
    }

    @AfterAll
    static void closeShell() {
        shell.dispose();
        context.dispose();
    }

    private static <T> T open(Class<T> view) {
        for (Control child : shell.getChildren()) {
            child.dispose();
        }
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext viewContext = context.createChild(view.getSimpleName());
        viewContext.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(view, viewContext);
        shell.layout(true, true);
        return part;
    }

    @Test
    void theForecastViewShowsHistoryForecastAndBacktestError() {
        ForecastView view = open(ForecastView.class);
        view.select(ProductForm.PLATE, Region.EAST);
        Widgets.spinUntil("the plate forecast of East China is shown",
                () -> !view.isLoading() && view.table().getItemCount() == 6);
        assertTrue(view.errorLine().contains("MAPE") && view.errorLine().contains("WAPE"), view.errorLine());
        assertEquals("2094-01", view.table().getItem(0).getText(0));
        assertEquals(2, view.chart().getSeriesSet().getSeries().length, "orders and forecast");
        assertEquals(36, view.chart().getSeriesSet().getSeries("actual").getYSeries().length);

        view.select(ProductForm.REBAR, Region.NORTHWEST);
        Widgets.spinUntil("an empty series is shown", () -> !view.isLoading() && view.table().getItemCount() == 0);
        assertEquals("The latest run has no forecast for this family and region (no orders, or too short a history).",
                view.errorLine());
    }

    @Test
    void theCustomerValueViewDrawsTheParetoOfAllCustomers() {
        CustomerValueView view = open(CustomerValueView.class);
        Combo period = Widgets.of(shell, Combo.class).get(0);
        period.select(3);
        period.notifyListeners(SWT.Selection, new Event());
        Widgets.spinUntil("the customers are listed",
                () -> !view.isLoading() && view.grid().rowCount() >= 3 && !view.grid().isArranging());
        assertTrue(view.summaryLine().contains("bring 80 %"), view.summaryLine());
        assertEquals(3, view.chart().getSeriesSet().getSeries().length, "profit bars, loss bars, cumulative line");
        assertTrue(view.families().getItemCount() >= 1);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < view.grid().rowCount(); i++) {
            codes.add(view.grid().row(i).customer().customerCode());
        }
        assertTrue(codes.indexOf(grade + "C0") < codes.indexOf(grade + "C2"),
                "the customer paying the most per tonne ranks above the one paying the least");
    }

    @Test
    void thePriceListViewNamesTheWrongFieldsAndSavesAValidEntry() {
        PriceListView view = open(PriceListView.class);
        Widgets.spinUntil("the price list is shown", () -> view.grid().rowCount() >= 1 && !view.grid().isArranging());

        view.type(ProductForm.PLATE, grade, "abc", "2094-13-01", "");
        view.save();
        assertEquals("abc is not a number", view.problemOf("basePrice"));
        assertEquals("2094-13-01 is not a date (yyyy-mm-dd)", view.problemOf("validFrom"));

        view.type(ProductForm.PLATE, grade, "-5", "2095-02-01", "2095-01-01");
        view.save();
        Widgets.spinUntil("the service's checks are shown", () -> !view.problemOf("validTo").isEmpty());
        assertEquals("Base price (CNY/t): -5 is not above zero", view.problemOf("basePrice"));
        assertEquals("Valid to: 2095-01-01 is before the first day 2095-02-01", view.problemOf("validTo"));

        view.type(ProductForm.PLATE, grade, "4,080", "2093-01-01", "2093-12-31");
        view.save();
        Widgets.spinUntil("the entry is saved", () -> view.statusLine().startsWith("Saved"));
        assertEquals("", view.problemOf("basePrice"));
        assertTrue(service(PriceService.class, null).priceList().stream().anyMatch(
                r -> r.gradeCode().equals(grade) && r.basePrice().compareTo(new BigDecimal("4080")) == 0));
    }

    private static <S> S service(Class<S> type, String filter) {
        try {
            ServiceTracker<S, S> tracker = new ServiceTracker<>(CONTEXT, CONTEXT.createFilter(
                    "(&(objectClass=" + type.getName() + ")" + (filter == null ? "" : filter) + ")"), null);
            tracker.open();
            try {
                S service = tracker.waitForService(30_000);
                if (service == null) {
                    fail("no " + type.getSimpleName() + " service");
                }
                return service;
            } finally {
                tracker.close();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
