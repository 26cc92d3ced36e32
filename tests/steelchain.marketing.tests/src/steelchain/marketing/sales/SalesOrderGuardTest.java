package steelchain.marketing.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.OrderChangeGuard;
import steelchain.core.model.Customer;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/**
 * The sales loop's veto on changing its orders elsewhere, as the OSGi service other modules'
 * editors ask: an order confirmed under a contract is refused with the contract named, an order
 * the loop does not know is not.
 */
class SalesOrderGuardTest {

    private static final String SALES = "wang.fang";

    private final SalesFixture fixture = new SalesFixture(new BigDecimal("10000000.00"));
    private final OrderChangeGuard guard = guard();

    @Test
    void aConfirmedOrderIsRefusedNamingItsContractInBothLanguages() {
        String contract = fixture.contract("200", SALES);
        String order = fixture.loop.confirmOrder(contract, fixture.order(SalesFixture.unique("SO"), "120"),
                SalesChannel.PHONE, SALES);

        assertEquals(Optional.of("Order " + order + " is confirmed under contract " + contract
                + "; change it in the Sales pipeline, which keeps the trace."), refusal(order, Locale.ENGLISH));
        assertEquals(Optional.of("订单 " + order + " 已按合同 " + contract + " 确认；请在“销售管道”中修改，那里会留下修改记录。"),
                refusal(order, Locale.SIMPLIFIED_CHINESE));

        fixture.loop.cancelOrder(order, "客户项目暂停", SALES);
        String cancelled = refusal(order, Locale.ENGLISH).orElseThrow();
        assertEquals("Order " + order + " under contract " + contract + " is cancelled in the Sales pipeline, "
                + "which keeps its trace; it cannot be changed here.", cancelled);
    }

    @Test
    void anOrderWithoutAContractOrUnknownIsNotTheLoopsToGuard() {
        String order = SalesFixture.unique("SO");
        fixture.store.run(em -> {
            Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.code = :c", Customer.class)
                    .setParameter("c", fixture.customer).getSingleResult();
            SteelGrade grade = em.createQuery("SELECT g FROM SteelGrade g WHERE g.code = :c", SteelGrade.class)
                    .setParameter("c", fixture.grade).getSingleResult();
            SalesOrder imported = new SalesOrder(order, customer, LocalDate.now());
            imported.addLine(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("2.5"), new BigDecimal("1250"),
                    new BigDecimal("20"), LocalDate.now().plusDays(20), new BigDecimal("4000"));
            em.persist(imported);
        });
        assertEquals(Optional.empty(), refusal(order, Locale.ENGLISH), "an imported order is master data's");
        assertEquals(Optional.empty(), refusal(order + "-NONE", Locale.ENGLISH));

        fixture.loop.confirmExistingOrder(order, fixture.contract("50", SALES), SalesChannel.SALES_STAFF, SALES);
        assertTrue(refusal(order, Locale.ENGLISH).orElseThrow().contains("is confirmed under contract"),
                "once confirmed, the loop keeps it");
    }

    private Optional<String> refusal(String order, Locale locale) {
        return fixture.store.read(em -> guard.refusal(em, order, locale));
    }

    /** The guard as other modules find it: an OrderChangeGuard service made by the sales loop's component. */
    private static OrderChangeGuard guard() {
        BundleContext context = FrameworkUtil.getBundle(SalesOrderGuardTest.class).getBundleContext();
        try {
            ServiceTracker<OrderChangeGuard, OrderChangeGuard> tracker = new ServiceTracker<>(context,
                    context.createFilter("(&(objectClass=" + OrderChangeGuard.class.getName()
                            + ")(component.name=" + SalesOrderGuard.class.getName() + "))"),
                    null);
            tracker.open();
            OrderChangeGuard found = tracker.waitForService(20_000);
            assertTrue(found != null, "no OrderChangeGuard service of the sales loop");
            return found;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
