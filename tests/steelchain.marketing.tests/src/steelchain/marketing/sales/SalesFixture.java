package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;

/**
 * The services of the sales loop in the OSGi runtime, on the test workspace's database, and a
 * customer and grade of each test's own (unique codes), so tests do not see each other's data.
 */
public final class SalesFixture {

    public final DataStore store;
    public final SalesLoop loop;
    public final String customer;
    public final String grade;

    public SalesFixture(BigDecimal creditLimitCny) {
        BundleContext context = FrameworkUtil.getBundle(SalesFixture.class).getBundleContext();
        store = service(context, DataStore.class, "(steelchain.owners=" + SalesModel.OWNER + ")");
        loop = service(context, SalesLoop.class, null);
        customer = unique("C");
        grade = unique("Q355B-");
        store.run(em -> {
            Customer c = new Customer(customer, "江苏华建钢构有限公司", Industry.CONSTRUCTION);
            c.setCreditLimit(creditLimitCny);
            em.persist(c);
            em.persist(new SteelGrade(grade, "GB/T 1591-2018"));
        });
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static <T> T service(BundleContext context, Class<T> type, String filter) {
        try {
            String full = "(&(objectClass=" + type.getName() + ")" + (filter == null ? "" : filter) + ")";
            ServiceTracker<T, T> tracker = new ServiceTracker<>(context, context.createFilter(full), null);
            tracker.open();
            T service = tracker.waitForService(20_000);
            if (service == null) {
                throw new AssertionError("no service " + full);
            }
            return service;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A hot rolled coil line of the fixture's grade. */
    public QuoteLineDraft quoteLine(String tonnes, String price) {
        return new QuoteLineDraft(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("2.50"), new BigDecimal("1250.0"),
                new BigDecimal(tonnes), new BigDecimal(price));
    }

    public OrderDraft.Line orderLine(String tonnes) {
        return new OrderDraft.Line(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("2.50"), new BigDecimal("1250.0"),
                new BigDecimal(tonnes), LocalDate.now().plusDays(30), new BigDecimal("4000.00"));
    }

    public OrderDraft order(String number, String... tonnes) {
        return new OrderDraft(number, customer, LocalDate.now(), List.of(tonnes).stream().map(this::orderLine).toList());
    }

    /** Opportunity, quote and accepted contract of {@code tonnes} at 4,000 CNY/t, by {@code user}. */
    public String contract(String tonnes, String user) {
        String opportunity = loop.captureOpportunity(customer, ProductForm.HOT_ROLLED_COIL, grade,
                new BigDecimal(tonnes), SalesChannel.SALES_STAFF, null, user);
        String quote = loop.quote(opportunity, LocalDate.now().plusDays(30), List.of(quoteLine(tonnes, "4000.00")), user);
        return loop.acceptQuote(quote, user);
    }

    public String state(SalesRecordType type, String number) {
        return loop.records(type, customer, false, LocalDate.now()).stream().filter(r -> r.number().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + number)).state();
    }
}
