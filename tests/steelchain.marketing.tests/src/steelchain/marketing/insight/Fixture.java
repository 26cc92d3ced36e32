package steelchain.marketing.insight;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.Location;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/**
 * Test data in the product's database, kept apart from other tests' by unique codes and by order
 * dates in a far-off year range of each test's own.
 */
public final class Fixture {

    private Fixture() {
    }

    /** A service of this runtime, waiting for it to come up. */
    public static <S> S service(Class<S> type, String filter) {
        BundleContext context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        try {
            Filter f = context.createFilter("(&(objectClass=" + type.getName() + ")" + (filter == null ? "" : filter)
                    + ")");
            ServiceTracker<S, S> tracker = new ServiceTracker<>(context, f, null);
            tracker.open();
            try {
                S service = tracker.waitForService(30_000);
                if (service == null) {
                    throw new AssertionError("no " + type.getSimpleName() + " service " + filter);
                }
                return service;
            } finally {
                tracker.close();
            }
        } catch (InvalidSyntaxException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The database with the tables of {@code owner}. */
    public static DataStore store(String owner) {
        return service(DataStore.class, "(steelchain.owners=" + owner + ")");
    }

    /** A code no other test uses. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    public static Customer customer(EntityManager em, String code, CustomerGrade grade, String province) {
        Customer customer = new Customer(code, "Test customer " + code, Industry.TRADING);
        customer.setGrade(grade);
        customer.setLocation(new Location(province, null, null, null));
        em.persist(customer);
        return customer;
    }

    public static SteelGrade grade(EntityManager em, String code) {
        SteelGrade grade = new SteelGrade(code, "GB/T 700");
        em.persist(grade);
        return grade;
    }

    /** An order of one line. */
    public static SalesOrder order(EntityManager em, Customer customer, LocalDate date, ProductForm form,
            SteelGrade grade, String tonnes, String price, OrderStatus status) {
        SalesOrder order = new SalesOrder(unique("O"), customer, date);
        order.addLine(form, grade, new BigDecimal("3.00"), form.isRound() ? null : new BigDecimal("1250"),
                new BigDecimal(tonnes), date.plusMonths(1), new BigDecimal(price));
        order.setStatus(status);
        em.persist(order);
        return order;
    }
}
