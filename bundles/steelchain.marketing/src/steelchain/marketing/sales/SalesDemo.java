package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

import jakarta.persistence.EntityManager;

import steelchain.core.data.DataStore;
import steelchain.core.demo.DemoContribution;
import steelchain.core.model.Customer;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.SalesOrder;
import steelchain.core.text.Texts;

/**
 * The sales loop of the demo company over the last {@value #MONTHS} months of its order history:
 * per customer and quarter an opportunity, a quote and a contract covering that quarter's orders;
 * a confirmation for every order past OPEN (cancelled ones with their reason); deliveries and
 * payments for shipped and completed orders, some paid late and some overdue; a few complaints;
 * a few open opportunities and quotes; and one contract above its customer's credit waiting for
 * approval. Dates and history follow the orders' own dates. Older orders stay outside the loop,
 * as in a plant that brought in the sales module a year ago.
 */
@Component(service = DemoContribution.class)
public class SalesDemo implements DemoContribution {

    static final int MONTHS = 12;
    private static final int CUSTOMERS_PER_TRANSACTION = 50;
    private static final String[] SALES_STAFF = { "wang.fang", "li.qiang", "zhang.min", "liu.yang" };
    private static final String CREDIT_MANAGER = "chen.jing";
    private static final String[][] COMPLAINTS = {
            { "QUALITY", "卷板边部浪形超差，客户要求复检" },
            { "QUALITY", "屈服强度复验低于标准下限" },
            { "DELIVERY", "到货晚于约定交期 5 天，影响客户排产" },
            { "DELIVERY", "车板捆带断裂，两卷外圈损伤" },
            { "BILLING", "发票单价与合同单价不一致" } };
    private static final Texts TEXTS = Texts.of(SalesDemo.class);
    /**
     * Orders someone already took through the loop are left as they are; open orders wait for a
     * contract, as entered or imported orders do.
     */
    private static final String NOT_IN_LOOP = "o.status <> steelchain.core.model.OrderStatus.OPEN "
            + "AND NOT EXISTS (SELECT f FROM OrderConfirmation f WHERE f.order = o)";

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "demo.description");
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String fill(DataStore store, long seed, LocalDate today, Locale locale, IProgressMonitor monitor) {
        LocalDate from = today.minusMonths(MONTHS).withDayOfMonth(1);
        List<Long> customerIds = store.read(em -> em.createQuery("SELECT DISTINCT o.customer.id FROM SalesOrder o "
                + "WHERE o.orderDate >= :from AND " + NOT_IN_LOOP + " ORDER BY o.customer.id", Long.class).setParameter("from", from)
                .getResultList());
        SubMonitor progress = SubMonitor.convert(monitor, description(locale), customerIds.size() / CUSTOMERS_PER_TRANSACTION + 2);
        Counts counts = new Counts();
        Random random = new Random(seed);
        for (int start = 0; start < customerIds.size(); start += CUSTOMERS_PER_TRANSACTION) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Long> chunk = customerIds.subList(start, Math.min(customerIds.size(), start + CUSTOMERS_PER_TRANSACTION));
            store.run(em -> {
                List<SalesOrder> orders = em.createQuery("SELECT o FROM SalesOrder o WHERE o.customer.id IN :ids "
                        + "AND o.orderDate >= :from AND " + NOT_IN_LOOP + " ORDER BY o.customer.id, o.orderDate, o.orderNumber",
                        SalesOrder.class)
                        .setParameter("ids", chunk).setParameter("from", from)
                        .setHint("eclipselink.batch", "o.lines").getResultList();
                Map<String, List<SalesOrder>> quarters = new LinkedHashMap<>();
                for (SalesOrder order : orders) {
                    int quarter = (order.getOrderDate().getMonthValue() - 1) / 3;
                    quarters.computeIfAbsent(order.getCustomer().getId() + "/" + order.getOrderDate().getYear() + "Q"
                            + quarter, key -> new ArrayList<>()).add(order);
                }
                for (List<SalesOrder> quarter : quarters.values()) {
                    new Writer(em, random, today, counts).quarter(quarter);
                }
            });
            progress.worked(1);
        }
        store.run(em -> new Writer(em, random, today, counts).openBusiness(customerIds));
        progress.worked(1);
        return TEXTS.get(locale, "demo.summary", counts.contracts, counts.orders, counts.deliveries, counts.overdue,
                counts.cases, counts.pending);
    }

    @Override
    public void remove(DataStore store) {
        // The demo fills an empty database, so every record of the sales loop is the demo's.
        store.run(em -> {
            for (String entity : List.of("SalesHistory", "ServiceCase", "Payment", "Delivery", "OrderConfirmation",
                    "Contract", "QuoteLine", "Quote", "Opportunity")) {
                em.createQuery("DELETE FROM " + entity).executeUpdate();
            }
        });
    }

    private static final class Counts {
        int contracts;
        int orders;
        int deliveries;
        int overdue;
        int cases;
        int pending;
    }

    /** Writes the records of one transaction. */
    private static final class Writer {
        private final EntityManager em;
        private final Random random;
        private final LocalDate today;
        private final Counts counts;

        Writer(EntityManager em, Random random, LocalDate today, Counts counts) {
            this.em = em;
            this.random = random;
            this.today = today;
            this.counts = counts;
        }

        private String staff() {
            return SALES_STAFF[random.nextInt(SALES_STAFF.length)];
        }

        private LocalDateTime at(LocalDate day) {
            return day.atTime(LocalTime.of(8 + random.nextInt(10), random.nextInt(60)));
        }

        private void history(SalesRecordType type, String number, LocalDate day, String user, Enum<?> from, Enum<?> to,
                SalesMessage change, String reason) {
            em.persist(new SalesHistory(type, number, at(day), user, from == null ? null : from.name(), to.name(), change,
                    reason));
        }

        /** Opportunity, quote and contract for a customer's orders of one quarter, then the orders' loop. */
        void quarter(List<SalesOrder> orders) {
            SalesOrder first = orders.get(0);
            Customer customer = first.getCustomer();
            String seller = staff();
            SalesChannel channel = channel();
            Map<String, OrderLine> products = new LinkedHashMap<>();
            Map<String, BigDecimal> tonnes = new LinkedHashMap<>();
            Map<String, BigDecimal> value = new LinkedHashMap<>();
            for (SalesOrder order : orders) {
                for (OrderLine line : order.getLines()) {
                    String key = line.getForm() + "/" + line.getGrade().getCode();
                    products.putIfAbsent(key, line);
                    tonnes.merge(key, line.getTonnes(), BigDecimal::add);
                    value.merge(key, line.valueCny(), BigDecimal::add);
                }
            }
            if (products.isEmpty()) {
                return;
            }
            OrderLine main = products.values().iterator().next();
            BigDecimal total = tonnes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate signedOn = first.getOrderDate().minusDays(1 + random.nextInt(5));
            LocalDate quotedOn = signedOn.minusDays(2 + random.nextInt(6));
            LocalDate capturedOn = quotedOn.minusDays(5 + random.nextInt(25));

            Opportunity opportunity = new Opportunity(customer, main.getForm(), main.getGrade(),
                    total.multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.3)).setScale(0, RoundingMode.HALF_UP)
                            .max(BigDecimal.ONE),
                    channel, capturedOn, null);
            opportunity.setState(Opportunity.State.QUOTED);
            em.persist(opportunity);
            opportunity.assignNumber();
            Quote quote = new Quote(opportunity, quotedOn, quotedOn.plusDays(30));
            for (Map.Entry<String, OrderLine> product : products.entrySet()) {
                OrderLine line = product.getValue();
                BigDecimal quarterTonnes = tonnes.get(product.getKey());
                // Frame contracts leave some room above what was called off.
                BigDecimal contracted = quarterTonnes.multiply(new BigDecimal("1.10")).setScale(0, RoundingMode.CEILING);
                BigDecimal price = value.get(product.getKey()).divide(quarterTonnes, 2, RoundingMode.HALF_UP);
                quote.addLine(line.getForm(), line.getGrade(), line.getThicknessMm(), line.getWidthMm(), contracted, price);
            }
            quote.setState(Quote.State.ACCEPTED);
            em.persist(quote);
            quote.assignNumber();
            Contract contract = new Contract(quote, signedOn, customer.getCreditLimit(), seller);
            em.persist(contract);
            contract.assignNumber();
            counts.contracts++;

            history(SalesRecordType.OPPORTUNITY, opportunity.getNumber(), capturedOn, seller, null,
                    Opportunity.State.OPEN, SalesChanges.opportunity(customer.getCode(), main.getForm(),
                            main.getGrade().getCode(), opportunity.getEstimatedTonnes(), channel),
                    null);
            history(SalesRecordType.OPPORTUNITY, opportunity.getNumber(), quotedOn, seller, Opportunity.State.OPEN,
                    Opportunity.State.QUOTED, SalesChanges.quoted(quote), null);
            history(SalesRecordType.QUOTE, quote.getNumber(), quotedOn, seller, null, Quote.State.OPEN,
                    SalesChanges.quote(quote), null);
            history(SalesRecordType.QUOTE, quote.getNumber(), signedOn, seller, Quote.State.OPEN, Quote.State.ACCEPTED,
                    SalesChanges.accepted(contract), null);
            history(SalesRecordType.CONTRACT, contract.getNumber(), signedOn, seller, null, contract.getState(),
                    SalesChanges.contract(contract), null);
            if (contract.getState() == Contract.State.CREDIT_PENDING) {
                contract.decideCredit(true, CREDIT_MANAGER, at(signedOn));
                history(SalesRecordType.CONTRACT, contract.getNumber(), signedOn, CREDIT_MANAGER,
                        Contract.State.CREDIT_PENDING, Contract.State.ACTIVE,
                        SalesChanges.credit(true, seller), "老客户，回款及时");
            }
            for (SalesOrder order : orders) {
                order(order, contract, channel, seller);
            }
        }

        private SalesChannel channel() {
            int draw = random.nextInt(100);
            return draw < 50 ? SalesChannel.SALES_STAFF : draw < 75 ? SalesChannel.PHONE
                    : draw < 90 ? SalesChannel.ONLINE : SalesChannel.PARTNER;
        }

        private void order(SalesOrder order, Contract contract, SalesChannel channel, String seller) {
            OrderConfirmation confirmation = new OrderConfirmation(order, contract, channel, order.getOrderDate());
            em.persist(confirmation);
            counts.orders++;
            history(SalesRecordType.ORDER, order.getOrderNumber(), order.getOrderDate(), seller, null,
                    OrderConfirmation.State.CONFIRMED, SalesChanges.confirmed(false, order, contract, channel), null);
            if (order.getStatus() == OrderStatus.CANCELLED) {
                confirmation.setState(OrderConfirmation.State.CANCELLED);
                LocalDate cancelledOn = order.getOrderDate().plusDays(3);
                history(SalesRecordType.ORDER, order.getOrderNumber(), cancelledOn.isAfter(today) ? today : cancelledOn,
                        seller,
                        OrderConfirmation.State.CONFIRMED, OrderConfirmation.State.CANCELLED,
                        SalesChanges.cancelled(order, contract), "客户项目延期，取消订单");
                return;
            }
            if (order.getStatus() != OrderStatus.SHIPPED && order.getStatus() != OrderStatus.COMPLETED) {
                return;
            }
            LocalDate due = order.getLines().stream().map(OrderLine::getDueDate).max(LocalDate::compareTo).orElseThrow();
            LocalDate shippedOn = due.minusDays(random.nextInt(6));
            if (shippedOn.isBefore(order.getOrderDate())) {
                shippedOn = order.getOrderDate();
            }
            if (shippedOn.isAfter(today)) {
                shippedOn = today;
            }
            BigDecimal shipped = order.totalTonnes().multiply(BigDecimal.valueOf(0.98 + random.nextDouble() * 0.04))
                    .setScale(3, RoundingMode.HALF_UP);
            Delivery delivery = new Delivery(confirmation, shipped, shippedOn);
            em.persist(delivery);
            delivery.assignNumber();
            counts.deliveries++;
            BigDecimal price = order.totalValueCny().divide(order.totalTonnes(), 2, RoundingMode.HALF_UP);
            Payment payment = new Payment(delivery, shipped.multiply(price).setScale(2, RoundingMode.HALF_UP),
                    shippedOn.plusDays(SalesLoop.PAYMENT_TERM_DAYS));
            em.persist(payment);
            payment.assignNumber();
            confirmation.setState(OrderConfirmation.State.SHIPPED);
            String dispatcher = "logistics";
            history(SalesRecordType.DELIVERY, delivery.getNumber(), shippedOn, dispatcher, null, Delivery.State.SHIPPED,
                    SalesChanges.delivery(delivery, order.getOrderNumber()), null);
            history(SalesRecordType.PAYMENT, payment.getNumber(), shippedOn, dispatcher, null, Payment.State.OPEN,
                    SalesChanges.invoiced(payment), null);
            history(SalesRecordType.ORDER, order.getOrderNumber(), shippedOn, dispatcher,
                    OrderConfirmation.State.CONFIRMED, OrderConfirmation.State.SHIPPED,
                    SalesChanges.shipped(shipped, order.totalTonnes()), null);
            LocalDate paidOn = payment.getDueOn().plusDays(random.nextInt(100) < 20 ? 3 + random.nextInt(40)
                    : -random.nextInt(20));
            boolean staysUnpaid = order.getStatus() == OrderStatus.SHIPPED && random.nextInt(100) < 35;
            if (!staysUnpaid && !paidOn.isAfter(today)) {
                payment.paid(paidOn.isBefore(shippedOn) ? shippedOn : paidOn);
                history(SalesRecordType.PAYMENT, payment.getNumber(), payment.getPaidOn(), "finance",
                        Payment.State.OPEN, Payment.State.PAID, SalesChanges.paid(payment), null);
            } else if (payment.isOverdue(today)) {
                counts.overdue++;
            }
            if (random.nextInt(100) < 4) {
                String[] complaint = COMPLAINTS[random.nextInt(COMPLAINTS.length)];
                LocalDate openedOn = shippedOn.plusDays(2 + random.nextInt(10));
                if (openedOn.isAfter(today)) {
                    openedOn = today;
                }
                ServiceCase serviceCase = new ServiceCase(confirmation, ServiceCaseType.valueOf(complaint[0]),
                        complaint[1], openedOn);
                em.persist(serviceCase);
                serviceCase.assignNumber();
                counts.cases++;
                history(SalesRecordType.SERVICE_CASE, serviceCase.getNumber(), openedOn, seller, null,
                        ServiceCase.State.OPEN, SalesChanges.complaint(serviceCase.getType(), order.getOrderNumber()),
                        complaint[1]);
                if (random.nextInt(100) < 70 && openedOn.plusDays(7).isBefore(today)) {
                    serviceCase.resolve("已与客户协商，按让步接收并补偿运费");
                    history(SalesRecordType.SERVICE_CASE, serviceCase.getNumber(), openedOn.plusDays(7), seller,
                            ServiceCase.State.OPEN, ServiceCase.State.RESOLVED, null, serviceCase.getResolution());
                }
            }
        }

        /** Today's open business: a few open opportunities and quotes, one contract waiting for credit. */
        void openBusiness(List<Long> customerIds) {
            if (customerIds.isEmpty()) {
                return;
            }
            int open = Math.max(3, customerIds.size() / 20);
            for (int i = 0; i < open; i++) {
                Customer customer = em.find(Customer.class, customerIds.get(random.nextInt(customerIds.size())));
                OrderLine before = pastLine(customer);
                if (before == null) {
                    continue;
                }
                SalesLedger ledger = new SalesLedger(em, at(today.minusDays(random.nextInt(20))), staff());
                Opportunity opportunity = ledger.captureOpportunity(customer.getCode(), before.getForm(),
                        before.getGrade().getCode(), BigDecimal.valueOf(100 + random.nextInt(900)), channel(), null);
                if (i % 2 == 0) {
                    BigDecimal price = before.getPriceCnyPerTonne()
                            .multiply(BigDecimal.valueOf(0.97 + random.nextDouble() * 0.06))
                            .setScale(0, RoundingMode.HALF_UP);
                    ledger.quote(opportunity.getNumber(), today.plusDays(20), List.of(new QuoteLineDraft(
                            before.getForm(), before.getGrade().getCode(), before.getThicknessMm(),
                            before.getWidthMm(), opportunity.getEstimatedTonnes(), price)));
                }
            }
            // The largest customer asks for more than its credit: a contract for the credit manager to decide.
            Customer biggest = em.find(Customer.class, em.createQuery("SELECT o.customer.id FROM SalesOrder o "
                    + "GROUP BY o.customer.id ORDER BY COUNT(o) DESC", Long.class).setMaxResults(1).getSingleResult());
            OrderLine usual = pastLine(biggest);
            SalesLedger ledger = new SalesLedger(em, at(today.minusDays(1)), SALES_STAFF[0]);
            BigDecimal remaining = ledger.credit(biggest, today).remainingCreditCny().max(BigDecimal.ZERO);
            BigDecimal price = usual.getPriceCnyPerTonne();
            BigDecimal tonnes = remaining.add(biggest.getCreditLimit().multiply(new BigDecimal("0.3")))
                    .add(new BigDecimal("100000")).divide(price, 0, RoundingMode.CEILING);
            Opportunity opportunity = ledger.captureOpportunity(biggest.getCode(), usual.getForm(),
                    usual.getGrade().getCode(), tonnes, SalesChannel.SALES_STAFF, "年度框架协议 / annual frame agreement");
            Quote quote = ledger.quote(opportunity.getNumber(), today.plusDays(30), List.of(new QuoteLineDraft(
                    usual.getForm(), usual.getGrade().getCode(), usual.getThicknessMm(), usual.getWidthMm(), tonnes,
                    price)));
            Contract contract = ledger.acceptQuote(quote.getNumber());
            if (contract.getState() == Contract.State.CREDIT_PENDING) {
                counts.pending++;
            }
            counts.contracts++;
        }

        /**
         * One of the customer's ten latest order lines not cancelled, or null for a customer without orders:
         * open business repeats what a customer buys, in sizes and at prices the price list knows.
         */
        private OrderLine pastLine(Customer customer) {
            List<OrderLine> latest = em.createQuery("SELECT l FROM OrderLine l WHERE l.order.customer = :c "
                    + "AND l.status <> :cancelled ORDER BY l.order.orderDate DESC, l.id DESC", OrderLine.class)
                    .setParameter("c", customer).setParameter("cancelled", OrderStatus.CANCELLED).setMaxResults(10)
                    .getResultList();
            return latest.isEmpty() ? null : latest.get(random.nextInt(latest.size()));
        }
    }
}
