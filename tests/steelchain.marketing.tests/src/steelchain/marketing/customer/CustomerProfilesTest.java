package steelchain.marketing.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.customer.CustomerProfile.MonthTotal;
import steelchain.marketing.customer.CustomerProfile.OpenLine;

/** The customer profile read from the product's database, on a customer with hand-counted orders. */
class CustomerProfilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000_000L);
    private static final String CODE = "P360-" + SUFFIX;
    private static CustomerProfiles profiles;

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CustomerProfilesTest.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            if (service == null) {
                throw new AssertionError("no " + type.getSimpleName() + " service");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    @BeforeAll
    static void storeACustomerWithOrders() throws InterruptedException {
        DataStore store = service(DataStore.class);
        store.run(em -> {
            SteelGrade grade = new SteelGrade("Q355B-" + SUFFIX, "GB/T 1591");
            em.persist(grade);
            Customer customer = new Customer(CODE, "Profile test steel structures " + SUFFIX, Industry.CONSTRUCTION);
            customer.addContact("Wang Lei", "Purchasing manager", "+86 25 8888 0001", "wang@example.com");
            em.persist(customer);
            // Two years back: before the 24-month window, but part of the lifetime.
            SalesOrder old = new SalesOrder("SO-" + SUFFIX + "-1", customer, LocalDate.of(2024, 9, 3));
            old.addLine(ProductForm.PLATE, grade, new BigDecimal("20"), new BigDecimal("2200"), new BigDecimal("100"),
                    LocalDate.of(2024, 10, 1), new BigDecimal("4000")).setStatus(OrderStatus.COMPLETED);
            em.persist(old);
            SalesOrder recent = new SalesOrder("SO-" + SUFFIX + "-2", customer, LocalDate.of(2026, 10, 15));
            recent.addLine(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("3.5"), new BigDecimal("1250"),
                    new BigDecimal("50.5"), LocalDate.of(2026, 12, 10), new BigDecimal("3800"));
            recent.addLine(ProductForm.REBAR, grade, new BigDecimal("16"), null, new BigDecimal("30"),
                    LocalDate.of(2026, 11, 30), new BigDecimal("3600")).setStatus(OrderStatus.CONFIRMED);
            recent.addLine(ProductForm.PLATE, grade, new BigDecimal("12"), new BigDecimal("2000"), new BigDecimal("999"),
                    LocalDate.of(2026, 11, 30), new BigDecimal("4100")).setStatus(OrderStatus.CANCELLED);
            em.persist(recent);
        });
        profiles = service(CustomerProfiles.class);
    }

    @Test
    void sumsTheLifetimeWithoutCancelledLines() {
        CustomerProfile profile = profiles.profile(CODE, TODAY, 24).orElseThrow();
        assertEquals("Wang Lei", profile.contacts().get(0).name());
        assertEquals(2, profile.lifetime().orders());
        assertEquals(0, new BigDecimal("180.5").compareTo(profile.lifetime().tonnes()));
        // 100 t x 4,000 + 50.5 t x 3,800 + 30 t x 3,600
        assertEquals(0, new BigDecimal("699900").compareTo(profile.lifetime().revenueCny()));
        assertEquals(new BigDecimal("3878"), profile.lifetime().averagePriceCnyPerTonne());
        assertEquals(LocalDate.of(2024, 9, 3), profile.lifetime().firstOrder());
        assertEquals(LocalDate.of(2026, 10, 15), profile.lifetime().lastOrder());
    }

    @Test
    void givesEveryMonthOfTheWindowIncludingEmptyOnes() {
        List<MonthTotal> months = profiles.profile(CODE, TODAY, 24).orElseThrow().months();
        assertEquals(24, months.size());
        assertEquals(YearMonth.of(2024, 12), months.get(0).month());
        assertEquals(YearMonth.of(2026, 11), months.get(23).month());
        MonthTotal october = months.get(22);
        assertEquals(YearMonth.of(2026, 10), october.month());
        assertEquals(0, new BigDecimal("80.5").compareTo(october.tonnes()));
        assertEquals(0, new BigDecimal("299900").compareTo(october.revenueCny()));
        assertEquals(0, months.stream().filter(m -> m != october).mapToDouble(m -> m.tonnes().doubleValue()).sum());
    }

    @Test
    void listsOpenLinesByDueDate() {
        List<OpenLine> open = profiles.profile(CODE, TODAY, 24).orElseThrow().openLines();
        assertEquals(List.of(2, 1), open.stream().map(OpenLine::lineNumber).toList(),
                "completed and cancelled lines are not open; the earliest due comes first");
        assertEquals(ProductForm.REBAR, open.get(0).form());
        assertNull(open.get(0).widthMm());
    }

    @Test
    void findsCustomersByCodeOrNameIgnoringCase() {
        assertEquals(List.of(CODE), profiles.find("p360-" + SUFFIX, 10).stream().map(h -> h.code()).toList());
        assertEquals(List.of(CODE), profiles.find("TEST STEEL STRUCTURES " + SUFFIX, 10).stream()
                .map(h -> h.code()).toList());
        assertTrue(profiles.profile("NO-SUCH-" + SUFFIX, TODAY, 24).isEmpty());
    }
}
