package steelchain.marketing.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.marketing.MarketingTopics;

/** The rules of the closed sales loop on the real database: steps, credit, history, traces, the event. */
class SalesLoopTest {

    private static final String SALES = "wang.fang";
    private static final String CREDIT_MANAGER = "chen.jing";

    private final SalesFixture fixture = new SalesFixture(new BigDecimal("10000000.00"));
    private final SalesLoop loop = fixture.loop;

    private long orderCount() {
        return fixture.store.read(em -> em.createQuery("SELECT COUNT(o) FROM SalesOrder o WHERE o.customer.code = :c",
                Long.class).setParameter("c", fixture.customer).getSingleResult());
    }

    @Test
    void walksTheWholeLoopAndKeepsEveryRecordsHistory() {
        String opportunity = loop.captureOpportunity(fixture.customer, ProductForm.HOT_ROLLED_COIL, fixture.grade,
                new BigDecimal("500"), SalesChannel.PHONE, "季度需求", SALES);
        String quote = loop.quote(opportunity, LocalDate.now().plusDays(15),
                List.of(fixture.quoteLine("500", "4000.00")), SALES);
        assertEquals("QUOTED", fixture.state(SalesRecordType.OPPORTUNITY, opportunity));
        String contract = loop.acceptQuote(quote, SALES);
        assertEquals("ACTIVE", fixture.state(SalesRecordType.CONTRACT, contract), "well within the credit limit");
        String order = loop.confirmOrder(contract, fixture.order(SalesFixture.unique("SO"), "120", "80"),
                SalesChannel.PHONE, SALES);
        String delivery = loop.recordDelivery(order, new BigDecimal("199.5"), LocalDate.now(), "logistics");
        assertEquals("SHIPPED", fixture.state(SalesRecordType.ORDER, order), "199.5 of 200 t is the whole order");
        SalesRecordRow payment = loop.records(SalesRecordType.PAYMENT, fixture.customer, true, LocalDate.now()).get(0);
        assertEquals(delivery, payment.source());
        assertEquals(new BigDecimal("798000.00"), payment.valueCny(), "199.5 t at 4,000 CNY/t");
        assertEquals(LocalDate.now().plusDays(SalesLoop.PAYMENT_TERM_DAYS), payment.date());
        assertEquals(BigDecimal.ZERO.setScale(2),
                loop.credit(fixture.customer, LocalDate.now()).overdueCny().setScale(2));
        assertTrue(loop.credit(fixture.customer, LocalDate.now().plusDays(31)).overdueCny().signum() > 0,
                "unpaid after the due date");
        loop.recordPayment(payment.number(), LocalDate.now().plusDays(3), "finance");
        String serviceCase = loop.openServiceCase(order, ServiceCaseType.QUALITY, "边浪超差", SALES);
        loop.resolveServiceCase(serviceCase, "让步接收", SALES);

        List<HistoryEntry> opportunityHistory = loop.history(SalesRecordType.OPPORTUNITY, opportunity);
        assertEquals(List.of("OPEN", "QUOTED"), opportunityHistory.stream().map(HistoryEntry::toState).toList());
        assertNull(opportunityHistory.get(0).fromState(), "created");
        assertEquals(SALES, opportunityHistory.get(1).user());
        assertEquals("OPEN", opportunityHistory.get(1).fromState());
        assertEquals(List.of("OPEN", "ACCEPTED"), states(SalesRecordType.QUOTE, quote));
        assertEquals(List.of("ACTIVE"), states(SalesRecordType.CONTRACT, contract));
        assertEquals(List.of("CONFIRMED", "SHIPPED"), states(SalesRecordType.ORDER, order));
        assertEquals(List.of("SHIPPED"), states(SalesRecordType.DELIVERY, delivery));
        assertEquals(List.of("OPEN", "PAID"), states(SalesRecordType.PAYMENT, payment.number()));
        assertEquals("finance", loop.history(SalesRecordType.PAYMENT, payment.number()).get(1).user());
        assertEquals(List.of("OPEN", "RESOLVED"), states(SalesRecordType.SERVICE_CASE, serviceCase));
        assertEquals("让步接收", loop.history(SalesRecordType.SERVICE_CASE, serviceCase).get(1).reason());

        SalesOrder stored = fixture.store.read(em -> em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n",
                SalesOrder.class).setParameter("n", order).getSingleResult());
        assertEquals(OrderStatus.SHIPPED, stored.getStatus(), "the shared order follows the loop");
        assertEquals(List.of(), loop.records(SalesRecordType.SERVICE_CASE, fixture.customer, true, LocalDate.now()));
        assertEquals(1, loop.records(SalesRecordType.SERVICE_CASE, fixture.customer, false, LocalDate.now()).size());
    }

    private List<String> states(SalesRecordType type, String number) {
        return loop.history(type, number).stream().map(HistoryEntry::toState).toList();
    }

    @Test
    void noStepIsSkippedOrRepeatedAndABrokenRuleWritesNothing() {
        String opportunity = loop.captureOpportunity(fixture.customer, ProductForm.HOT_ROLLED_COIL, null,
                new BigDecimal("100"), SalesChannel.SALES_STAFF, null, SALES);
        SalesRuleException noContract = assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(null, fixture.order(SalesFixture.unique("SO"), "10"), SalesChannel.PHONE, SALES));
        assertEquals(SalesRule.CONTRACT_REQUIRED, noContract.rule());
        assertTrue(noContract.getMessage().startsWith("Rule 'order needs a contract' broken by contract -"),
                noContract.getMessage());
        assertEquals(SalesRule.UNKNOWN_RECORD, assertThrows(SalesRuleException.class,
                () -> loop.acceptQuote(opportunity, SALES)).rule(), "an opportunity is no quote");

        String quote = loop.quote(opportunity, LocalDate.now().plusDays(10), List.of(fixture.quoteLine("100", "3900")),
                SALES);
        SalesRuleException quotedTwice = assertThrows(SalesRuleException.class, () -> loop.quote(opportunity,
                LocalDate.now().plusDays(10), List.of(fixture.quoteLine("100", "3900")), SALES));
        assertEquals(SalesRule.WRONG_STATE, quotedTwice.rule());
        assertEquals("Rule 'no skipping of steps' broken by opportunity " + opportunity
                + ": it is quoted, and this step starts from open; no step of the sales loop may be skipped or repeated",
                quotedTwice.getMessage());
        assertEquals("违反规则“步骤不可跳过”（商机 " + opportunity + "）：当前状态为 已报价，此步骤要求状态为 待处理；销售流程的步骤不能跳过或重复",
                quotedTwice.message(Locale.SIMPLIFIED_CHINESE));
        String contract = loop.acceptQuote(quote, SALES);
        assertEquals(SalesRule.WRONG_STATE, assertThrows(SalesRuleException.class,
                () -> loop.acceptQuote(quote, SALES)).rule(), "a quote is accepted once");

        String order = SalesFixture.unique("SO");
        long before = orderCount();
        SalesRuleException rebar = assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(contract, new OrderDraft(order, null, LocalDate.now(), List.of(
                        fixture.orderLine("10"), new OrderDraft.Line(ProductForm.REBAR, fixture.grade,
                                new BigDecimal("16"), null, BigDecimal.TEN, LocalDate.now().plusDays(9),
                                new BigDecimal("3800")))), SalesChannel.PHONE, SALES));
        assertEquals(SalesRule.PRODUCT_NOT_ON_CONTRACT, rebar.rule());
        assertTrue(rebar.getMessage().endsWith(": line 2 (Rebar " + fixture.grade
                + ") is not a product of contract " + contract), rebar.getMessage());
        assertTrue(rebar.message(Locale.SIMPLIFIED_CHINESE).endsWith("：第 2 行（螺纹钢 " + fixture.grade
                + "）不是合同 " + contract + " 的产品"), rebar.message(Locale.SIMPLIFIED_CHINESE));
        SalesRuleException noTonnes = assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(contract, fixture.order(order, "0"), SalesChannel.PHONE, SALES));
        assertEquals(SalesRule.INVALID_VALUE, noTonnes.rule());
        assertTrue(noTonnes.getMessage().endsWith(": tonnes cannot be '0'"), noTonnes.getMessage());
        assertTrue(noTonnes.message(Locale.SIMPLIFIED_CHINESE).endsWith("：吨数 不能为“0”"),
                noTonnes.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(SalesRule.CONTRACT_TONNES_EXCEEDED, assertThrows(SalesRuleException.class,
                () -> loop.confirmOrders(contract, List.of(fixture.order(order, "60"),
                        fixture.order(SalesFixture.unique("SO"), "50")), SalesChannel.ONLINE, SALES)).rule());
        assertEquals(before, orderCount(), "neither the rejected order nor the good one before it was written");

        loop.confirmOrder(contract, fixture.order(order, "60"), SalesChannel.PHONE, SALES);
        SalesRuleException complaintFirst = assertThrows(SalesRuleException.class,
                () -> loop.openServiceCase(order, ServiceCaseType.DELIVERY, "late", SALES));
        assertEquals(SalesRule.NOT_DELIVERED, complaintFirst.rule());
        assertEquals(SalesRule.ORDER_EXISTS, assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(contract, fixture.order(order, "1"), SalesChannel.PHONE, SALES)).rule());
        assertEquals(SalesRule.DELIVERY_EXCEEDS_ORDER, assertThrows(SalesRuleException.class,
                () -> loop.recordDelivery(order, new BigDecimal("63.001"), LocalDate.now(), SALES)).rule(),
                "60 t and 5% tolerance make 63 t");
        String delivery = loop.recordDelivery(order, new BigDecimal("30"), LocalDate.now(), SALES);
        String payment = loop.records(SalesRecordType.PAYMENT, fixture.customer, false, LocalDate.now()).stream()
                .filter(p -> p.source().equals(delivery)).findFirst().orElseThrow().number();
        loop.recordPayment(payment, LocalDate.now(), SALES);
        assertEquals(SalesRule.WRONG_STATE, assertThrows(SalesRuleException.class,
                () -> loop.recordPayment(payment, LocalDate.now(), SALES)).rule(), "paid once");
    }

    @Test
    void anOrderEnteredWithoutAContractGoesNoFurther() {
        String order = SalesFixture.unique("SO");
        fixture.store.run(em -> {
            var customer = em.createQuery("SELECT c FROM Customer c WHERE c.code = :c", steelchain.core.model.Customer.class)
                    .setParameter("c", fixture.customer).getSingleResult();
            var grade = em.createQuery("SELECT g FROM SteelGrade g WHERE g.code = :c", steelchain.core.model.SteelGrade.class)
                    .setParameter("c", fixture.grade).getSingleResult();
            SalesOrder imported = new SalesOrder(order, customer, LocalDate.now());
            imported.addLine(ProductForm.HOT_ROLLED_COIL, grade, new BigDecimal("2.5"), new BigDecimal("1250"),
                    new BigDecimal("20"), LocalDate.now().plusDays(20), new BigDecimal("4000"));
            em.persist(imported);
        });
        assertEquals(SalesRule.CONTRACT_REQUIRED, assertThrows(SalesRuleException.class,
                () -> loop.recordDelivery(order, BigDecimal.TEN, LocalDate.now(), SALES)).rule());
        assertEquals(SalesRule.CONTRACT_REQUIRED, assertThrows(SalesRuleException.class,
                () -> loop.changeOrderLine(order, 1, BigDecimal.ONE, LocalDate.now().plusDays(20), "less", SALES)).rule());
        String contract = fixture.contract("50", SALES);
        loop.confirmExistingOrder(order, contract, SalesChannel.SALES_STAFF, SALES);
        assertEquals("CONFIRMED", fixture.state(SalesRecordType.ORDER, order));
        assertEquals(contract, loop.records(SalesRecordType.ORDER, fixture.customer, true, LocalDate.now()).stream()
                .filter(r -> r.number().equals(order)).findFirst().orElseThrow().source());
    }

    @Test
    void aClosedContractTakesNoFurtherOrderAndNoLongerHoldsCredit() {
        SalesFixture small = new SalesFixture(new BigDecimal("1000000.00"));
        SalesLoop loop = small.loop;
        String unused = small.contract("200", SALES);
        assertEquals(new BigDecimal("200000.00"), loop.credit(small.customer, LocalDate.now()).remainingCreditCny());
        assertEquals(SalesRule.REASON_REQUIRED, assertThrows(SalesRuleException.class,
                () -> loop.closeContract(unused, " ", SALES)).rule());

        loop.closeContract(unused, "项目取消 / project cancelled", SALES);
        assertEquals("CLOSED", small.state(SalesRecordType.CONTRACT, unused));
        HistoryEntry closing = loop.history(SalesRecordType.CONTRACT, unused).get(1);
        assertEquals("CLOSED", closing.toState());
        assertEquals("项目取消 / project cancelled", closing.reason());
        assertEquals(SALES, closing.user());
        assertEquals(new BigDecimal("1000000.00"), loop.credit(small.customer, LocalDate.now()).remainingCreditCny(),
                "a contract closed before any order holds no credit");
        assertTrue(loop.records(SalesRecordType.CONTRACT, small.customer, true, LocalDate.now()).isEmpty(),
                "not among the open contracts");

        SalesRuleException closed = assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(unused, small.order(SalesFixture.unique("SO"), "10"), SalesChannel.PHONE, SALES));
        assertEquals(SalesRule.CONTRACT_CLOSED, closed.rule());
        assertEquals("Rule 'contract still open' broken by contract " + unused
                + ": the contract is closed; confirm the order under an active contract", closed.getMessage());
        assertTrue(closed.message(Locale.SIMPLIFIED_CHINESE).contains("该合同已关闭"), closed.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals(SalesRule.WRONG_STATE, assertThrows(SalesRuleException.class,
                () -> loop.closeContract(unused, "again", SALES)).rule(), "closed once");

        // A contract with orders: closing stops new ones, the order confirmed before goes on.
        String used = small.contract("100", SALES);
        String order = SalesFixture.unique("SO");
        loop.confirmOrder(used, small.order(order, "40"), SalesChannel.PHONE, SALES);
        loop.closeContract(used, "fulfilled as agreed", SALES);
        assertEquals(SalesRule.CONTRACT_CLOSED, assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(used, small.order(SalesFixture.unique("SO"), "10"), SalesChannel.PHONE,
                        SALES)).rule());
        loop.recordDelivery(order, new BigDecimal("40"), LocalDate.now(), SALES);
        assertEquals("SHIPPED", small.state(SalesRecordType.ORDER, order));
    }

    @Test
    void aContractAboveTheRemainingCreditWaitsForAnotherPersonsApproval() {
        SalesFixture small = new SalesFixture(new BigDecimal("1000000.00"));
        SalesLoop loop = small.loop;
        String first = small.contract("200", SALES);
        assertEquals("ACTIVE", small.state(SalesRecordType.CONTRACT, first), "800,000 CNY within 1,000,000");
        assertEquals(new BigDecimal("200000.00"), loop.credit(small.customer, LocalDate.now()).remainingCreditCny());

        String second = small.contract("100", SALES);
        assertEquals("CREDIT_PENDING", small.state(SalesRecordType.CONTRACT, second),
                "400,000 CNY above the 200,000 CNY left");
        String order = SalesFixture.unique("SO");
        SalesRuleException pending = assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(second, small.order(order, "10"), SalesChannel.PHONE, SALES));
        assertEquals(SalesRule.CREDIT_APPROVAL_PENDING, pending.rule());
        assertEquals("Rule 'contract above credit needs approval' broken by contract " + second
                + ": the contract is worth 400000.00 CNY, more than the customer's remaining credit of 200000.00 CNY,"
                + " and waits for a credit approval", pending.getMessage());

        SalesRuleException self = assertThrows(SalesRuleException.class, () -> loop.approveCredit(second, SALES));
        assertEquals(SalesRule.CREDIT_DECIDED_BY_REQUESTER, self.rule());
        assertTrue(self.message(Locale.SIMPLIFIED_CHINESE).contains("wang.fang 是信用审批的申请人"),
                self.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("CREDIT_PENDING", small.state(SalesRecordType.CONTRACT, second), "nothing decided");

        loop.approveCredit(second, CREDIT_MANAGER);
        assertEquals("ACTIVE", small.state(SalesRecordType.CONTRACT, second));
        List<HistoryEntry> history = loop.history(SalesRecordType.CONTRACT, second);
        assertEquals(List.of("CREDIT_PENDING", "ACTIVE"), history.stream().map(HistoryEntry::toState).toList());
        assertEquals(CREDIT_MANAGER, history.get(1).user());
        assertEquals(SalesRule.WRONG_STATE, assertThrows(SalesRuleException.class,
                () -> loop.approveCredit(second, "someone.else")).rule(), "decided once");
        loop.confirmOrder(second, small.order(order, "10"), SalesChannel.PHONE, SALES);

        String third = small.contract("100", SALES);
        assertEquals(SalesRule.REASON_REQUIRED, assertThrows(SalesRuleException.class,
                () -> loop.rejectCredit(third, " ", CREDIT_MANAGER)).rule());
        loop.rejectCredit(third, "两笔回款逾期", CREDIT_MANAGER);
        assertEquals(SalesRule.CREDIT_REJECTED, assertThrows(SalesRuleException.class,
                () -> loop.confirmOrder(third, small.order(SalesFixture.unique("SO"), "5"), SalesChannel.PHONE, SALES))
                .rule());
        assertFalse(loop.records(SalesRecordType.CONTRACT, small.customer, true, LocalDate.now()).stream()
                .anyMatch(r -> r.number().equals(third)), "a rejected contract is not open");
    }

    @Test
    void changingOrCancellingAConfirmedOrderLeavesATrace() {
        String contract = fixture.contract("300", SALES);
        String order = loop.confirmOrder(contract, fixture.order(SalesFixture.unique("SO"), "100", "50"),
                SalesChannel.PHONE, SALES);
        LocalDate due = LocalDate.now().plusDays(30);
        assertEquals(SalesRule.REASON_REQUIRED, assertThrows(SalesRuleException.class,
                () -> loop.changeOrderLine(order, 2, new BigDecimal("70"), due, "", SALES)).rule());
        loop.changeOrderLine(order, 2, new BigDecimal("70"), due.plusDays(7), "客户追加 20 吨，交期顺延一周", "li.qiang");
        HistoryEntry change = loop.history(SalesRecordType.ORDER, order).get(1);
        assertEquals("li.qiang", change.user());
        assertEquals("CONFIRMED", change.fromState());
        assertEquals("CONFIRMED", change.toState());
        assertEquals("line 2: 50.000 t \u2192 70 t, due " + due + " \u2192 " + due.plusDays(7),
                change.change().text(Locale.ENGLISH));
        assertEquals("第 2 行：50.000 吨 \u2192 70 吨，交期 " + due + " \u2192 " + due.plusDays(7),
                change.change().text(Locale.SIMPLIFIED_CHINESE), "the same entry reads in Chinese");
        assertEquals("客户追加 20 吨，交期顺延一周", change.reason());
        SalesOrder changed = fixture.store.read(em -> {
            SalesOrder o = em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n", SalesOrder.class)
                    .setParameter("n", order).getSingleResult();
            o.getLines().size();
            return o;
        });
        assertEquals(0, new BigDecimal("170").compareTo(changed.totalTonnes()));
        assertEquals(due.plusDays(7), changed.getLines().get(1).getDueDate());
        assertEquals(SalesRule.CONTRACT_TONNES_EXCEEDED, assertThrows(SalesRuleException.class,
                () -> loop.changeOrderLine(order, 1, new BigDecimal("231"), due, "more", SALES)).rule(),
                "170 - 100 + 231 t is above the contract's 300 t");

        loop.cancelOrder(order, "客户项目暂停", "li.qiang");
        HistoryEntry cancel = loop.history(SalesRecordType.ORDER, order).get(2);
        assertEquals("CANCELLED", cancel.toState());
        assertEquals("客户项目暂停", cancel.reason());
        assertEquals("order cancelled; 170.000 t released from contract " + contract, cancel.change().text(Locale.ENGLISH));
        assertEquals(SalesRule.WRONG_STATE, assertThrows(SalesRuleException.class,
                () -> loop.recordDelivery(order, BigDecimal.ONE, LocalDate.now(), SALES)).rule());
        loop.confirmOrder(contract, fixture.order(SalesFixture.unique("SO"), "300"), SalesChannel.PHONE, SALES);
    }

    @Test
    void confirmingAnOrderPublishesItForOtherModules() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(SalesLoopTest.class).getBundleContext();
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, received::add,
                FrameworkUtil.asDictionary(Map.of(EventConstants.EVENT_TOPIC, MarketingTopics.ORDER_CONFIRMED)));
        try {
            String contract = fixture.contract("100", SALES);
            String order = SalesFixture.unique("SO");
            assertThrows(SalesRuleException.class, () -> loop.confirmOrder(contract, fixture.order(order, "101"),
                    SalesChannel.PHONE, SALES));
            loop.confirmOrder(contract, fixture.order(order, "40", "2.5"), SalesChannel.PHONE, SALES);
            Event event = received.poll(30, TimeUnit.SECONDS);
            assertTrue(event != null, "no event within 30 s");
            assertEquals(order, event.getProperty("orderNumber"), "the rejected attempt published nothing");
            assertEquals(fixture.customer, event.getProperty("customerCode"));
            assertEquals(0, new BigDecimal("42.5").compareTo((BigDecimal) event.getProperty("tonnes")));
        } finally {
            handler.unregister();
        }
    }
}
