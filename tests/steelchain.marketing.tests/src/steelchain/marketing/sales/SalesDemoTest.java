package steelchain.marketing.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import steelchain.core.model.Customer;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/** The demo's sales loop over an order history: confirmations by status, deliveries, payments, and its removal. */
class SalesDemoTest {

    @Test
    void playsTheLoopOverTheOrderHistoryAndRemovesItAgain() {
        SalesFixture fixture = new SalesFixture(new BigDecimal("90000000.00"));
        LocalDate today = LocalDate.now();
        Map<OrderStatus, String> orders = Map.of(OrderStatus.OPEN, SalesFixture.unique("D"), OrderStatus.CONFIRMED,
                SalesFixture.unique("D"), OrderStatus.CANCELLED, SalesFixture.unique("D"), OrderStatus.SHIPPED,
                SalesFixture.unique("D"), OrderStatus.COMPLETED, SalesFixture.unique("D"));
        fixture.store.run(em -> {
            Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.code = :c", Customer.class)
                    .setParameter("c", fixture.customer).getSingleResult();
            SteelGrade grade = em.createQuery("SELECT g FROM SteelGrade g WHERE g.code = :c", SteelGrade.class)
                    .setParameter("c", fixture.grade).getSingleResult();
            orders.forEach((status, number) -> {
                SalesOrder order = new SalesOrder(number, customer, today.minusDays(200));
                order.addLine(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("3.00"), new BigDecimal("1500.0"),
                        new BigDecimal("55.000"), today.minusDays(170), new BigDecimal("3950.00"));
                order.setStatus(status);
                em.persist(order);
            });
        });
        SalesDemo demo = new SalesDemo();
        String summary = demo.fill(fixture.store, 42, today, Locale.ENGLISH, new NullProgressMonitor());
        assertTrue(summary.matches("\\d+ contracts, \\d+ confirmed orders, .*"), summary);

        SalesLoop loop = fixture.loop;
        Map<String, String> states = loop.records(SalesRecordType.ORDER, fixture.customer, false, today).stream()
                .collect(Collectors.toMap(SalesRecordRow::number, SalesRecordRow::state));
        assertEquals(Map.of(orders.get(OrderStatus.CONFIRMED), "CONFIRMED", orders.get(OrderStatus.CANCELLED),
                "CANCELLED", orders.get(OrderStatus.SHIPPED), "SHIPPED", orders.get(OrderStatus.COMPLETED), "SHIPPED"),
                states, "an open order waits for its contract");
        // The customer with the most orders also gets today's contract waiting for credit.
        List<SalesRecordRow> contracts = loop.records(SalesRecordType.CONTRACT, fixture.customer, false, today).stream()
                .filter(c -> !c.state().equals("CREDIT_PENDING")).toList();
        assertEquals(1, contracts.size(), "one quarter, one contract");
        assertEquals("ACTIVE", contracts.get(0).state());
        assertTrue(contracts.get(0).tonnes().compareTo(new BigDecimal("220")) >= 0, "covers the four orders' tonnes");
        assertEquals(2, loop.records(SalesRecordType.DELIVERY, fixture.customer, false, today).size());
        SalesRecordRow paid = loop.records(SalesRecordType.PAYMENT, fixture.customer, false, today).stream()
                .filter(p -> p.state().equals("PAID")).findFirst().orElseThrow();
        assertEquals(List.of("OPEN", "PAID"), loop.history(SalesRecordType.PAYMENT, paid.number()).stream()
                .map(HistoryEntry::toState).toList());
        HistoryEntry cancelled = loop.history(SalesRecordType.ORDER, orders.get(OrderStatus.CANCELLED)).get(1);
        assertEquals("CANCELLED", cancelled.toState());
        assertTrue(cancelled.reason() != null && !cancelled.reason().isBlank());
        assertTrue(loop.records(SalesRecordType.CONTRACT, null, true, today).stream()
                .anyMatch(c -> c.state().equals("CREDIT_PENDING")), "a contract waits for the credit manager");
        assertTrue(demo.fill(fixture.store, 42, today, Locale.ENGLISH, new NullProgressMonitor())
                .startsWith("0 contracts, 0 confirmed orders"), "a second run finds nothing left to add");

        demo.remove(fixture.store);
        for (SalesRecordType type : SalesRecordType.values()) {
            assertEquals(List.of(), loop.records(type, null, false, today), type + " removed");
        }
        assertEquals(0L, fixture.store.read(em -> em.createQuery("SELECT COUNT(h) FROM SalesHistory h", Long.class)
                .getSingleResult()));
    }
}
