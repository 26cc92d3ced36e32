package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import steelchain.core.model.Customer;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/**
 * The steps of the sales loop on one entity manager, at one moment, by one user: the rules and
 * the history, without transactions (the caller's) or events. Shared by the service and the
 * demo data, which plays the loop over past dates.
 */
final class SalesLedger {

    private final EntityManager em;
    private final LocalDateTime now;
    private final String user;

    SalesLedger(EntityManager em, LocalDateTime now, String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("Every step of the sales loop needs the user who takes it");
        }
        this.em = em;
        this.now = now;
        this.user = user.strip();
    }

    private LocalDate today() {
        return now.toLocalDate();
    }

    Opportunity captureOpportunity(String customerCode, ProductForm form, String gradeCode, BigDecimal tonnes,
            SalesChannel channel, String note) {
        Customer customer = customer(customerCode);
        SteelGrade grade = gradeCode == null || gradeCode.isBlank() ? null : grade(gradeCode, null, null);
        positive(tonnes, SalesRecordType.OPPORTUNITY, customerCode, SalesField.TONNES);
        Opportunity opportunity = new Opportunity(customer, Objects.requireNonNull(form, "form"), grade, tonnes,
                Objects.requireNonNull(channel, "channel"), today(), blankToNull(note));
        em.persist(opportunity);
        opportunity.assignNumber();
        history(SalesRecordType.OPPORTUNITY, opportunity.getNumber(), null, opportunity.getState(),
                SalesChanges.opportunity(customer.getCode(), form, grade == null ? null : grade.getCode(), tonnes,
                        channel),
                null);
        return opportunity;
    }

    void loseOpportunity(String number, String reason) {
        Opportunity opportunity = opportunity(number);
        expect(SalesRecordType.OPPORTUNITY, number, opportunity.getState(), Opportunity.State.OPEN);
        String why = reason(SalesRecordType.OPPORTUNITY, number, reason);
        opportunity.setState(Opportunity.State.LOST);
        history(SalesRecordType.OPPORTUNITY, number, Opportunity.State.OPEN, Opportunity.State.LOST, null, why);
    }

    Quote quote(String opportunityNumber, LocalDate validUntil, List<QuoteLineDraft> lines) {
        Opportunity opportunity = opportunity(opportunityNumber);
        expect(SalesRecordType.OPPORTUNITY, opportunityNumber, opportunity.getState(), Opportunity.State.OPEN);
        if (lines.isEmpty()) {
            throw new SalesRuleException(SalesRule.QUOTE_WITHOUT_LINES, SalesRecordType.OPPORTUNITY,
                    opportunityNumber);
        }
        if (validUntil == null || validUntil.isBefore(today())) {
            throw new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.OPPORTUNITY, opportunityNumber,
                    SalesField.VALID_UNTIL, String.valueOf(validUntil));
        }
        Quote quote = new Quote(opportunity, today(), validUntil);
        for (QuoteLineDraft line : lines) {
            positive(line.tonnes(), SalesRecordType.OPPORTUNITY, opportunityNumber, SalesField.TONNES);
            positive(line.thicknessMm(), SalesRecordType.OPPORTUNITY, opportunityNumber, SalesField.THICKNESS_MM);
            positive(line.priceCnyPerTonne(), SalesRecordType.OPPORTUNITY, opportunityNumber,
                    SalesField.PRICE_CNY_PER_T);
            quote.addLine(line.form(), grade(line.gradeCode(), SalesRecordType.OPPORTUNITY, opportunityNumber),
                    line.thicknessMm(), line.widthMm(), line.tonnes(), line.priceCnyPerTonne());
        }
        em.persist(quote);
        quote.assignNumber();
        opportunity.setState(Opportunity.State.QUOTED);
        history(SalesRecordType.OPPORTUNITY, opportunityNumber, Opportunity.State.OPEN, Opportunity.State.QUOTED,
                SalesChanges.quoted(quote), null);
        history(SalesRecordType.QUOTE, quote.getNumber(), null, Quote.State.OPEN,
                SalesChanges.quote(quote), null);
        return quote;
    }

    void rejectQuote(String number, String reason) {
        Quote quote = quoteByNumber(number);
        expect(SalesRecordType.QUOTE, number, quote.getState(), Quote.State.OPEN);
        String why = reason(SalesRecordType.QUOTE, number, reason);
        quote.setState(Quote.State.REJECTED);
        history(SalesRecordType.QUOTE, number, Quote.State.OPEN, Quote.State.REJECTED, null, why);
    }

    Contract acceptQuote(String number) {
        Quote quote = quoteByNumber(number);
        expect(SalesRecordType.QUOTE, number, quote.getState(), Quote.State.OPEN);
        if (today().isAfter(quote.getValidUntil())) {
            throw new SalesRuleException(SalesRule.QUOTE_EXPIRED, SalesRecordType.QUOTE, number,
                    quote.getValidUntil().toString());
        }
        BigDecimal remaining = credit(quote.getCustomer(), today()).remainingCreditCny();
        Contract contract = new Contract(quote, today(), remaining, user);
        em.persist(contract);
        contract.assignNumber();
        quote.setState(Quote.State.ACCEPTED);
        history(SalesRecordType.QUOTE, number, Quote.State.OPEN, Quote.State.ACCEPTED,
                SalesChanges.accepted(contract), null);
        history(SalesRecordType.CONTRACT, contract.getNumber(), null, contract.getState(),
                SalesChanges.contract(contract), null);
        return contract;
    }

    void decideCredit(String number, boolean approve, String reason) {
        Contract contract = contract(number);
        expect(SalesRecordType.CONTRACT, number, contract.getState(), Contract.State.CREDIT_PENDING);
        if (user.equals(contract.getCreditRequestedBy())) {
            throw new SalesRuleException(SalesRule.CREDIT_DECIDED_BY_REQUESTER, SalesRecordType.CONTRACT, number, user);
        }
        String why = approve ? blankToNull(reason) : reason(SalesRecordType.CONTRACT, number, reason);
        contract.decideCredit(approve, user, now);
        history(SalesRecordType.CONTRACT, number, Contract.State.CREDIT_PENDING, contract.getState(),
                SalesChanges.credit(approve, contract.getCreditRequestedBy()), why);
    }

    /** Closes an active contract, with a reason kept in its history. */
    void closeContract(String number, String reason) {
        Contract contract = contract(number);
        expect(SalesRecordType.CONTRACT, number, contract.getState(), Contract.State.ACTIVE);
        String why = reason(SalesRecordType.CONTRACT, number, reason);
        contract.close();
        history(SalesRecordType.CONTRACT, number, Contract.State.ACTIVE, Contract.State.CLOSED, null, why);
    }

    SalesOrder confirmOrder(String contractNumber, OrderDraft draft, SalesChannel channel) {
        Contract contract = activeContract(contractNumber);
        String number = draft.orderNumber() == null ? "" : draft.orderNumber().strip();
        if (number.isEmpty() || number.length() > 32) {
            throw new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.CONTRACT, contractNumber,
                    SalesField.ORDER_NUMBER, number);
        }
        if (findOrder(number) != null) {
            throw new SalesRuleException(SalesRule.ORDER_EXISTS, SalesRecordType.ORDER, number);
        }
        if (draft.customerCode() != null && !draft.customerCode().equals(contract.getCustomer().getCode())) {
            throw new SalesRuleException(SalesRule.CUSTOMER_NOT_ON_CONTRACT, SalesRecordType.ORDER, number,
                    draft.customerCode(), contractNumber, contract.getCustomer().getCode());
        }
        if (draft.lines().isEmpty()) {
            throw new SalesRuleException(SalesRule.ORDER_WITHOUT_LINES, SalesRecordType.ORDER, number);
        }
        LocalDate orderDate = draft.orderDate() == null ? today() : draft.orderDate();
        SalesOrder order = new SalesOrder(number, contract.getCustomer(), orderDate);
        for (OrderDraft.Line line : draft.lines()) {
            positive(line.tonnes(), SalesRecordType.ORDER, number, SalesField.TONNES);
            positive(line.thicknessMm(), SalesRecordType.ORDER, number, SalesField.THICKNESS_MM);
            positive(line.priceCnyPerTonne(), SalesRecordType.ORDER, number, SalesField.PRICE_CNY_PER_T);
            if (line.dueDate() == null || line.dueDate().isBefore(orderDate)) {
                throw new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.ORDER, number,
                        SalesField.DUE_DATE, String.valueOf(line.dueDate()));
            }
            OrderLine added = order.addLine(line.form(), grade(line.gradeCode(), SalesRecordType.ORDER, number),
                    line.thicknessMm(), line.widthMm(), line.tonnes(), line.dueDate(), line.priceCnyPerTonne());
            added.setStatus(OrderStatus.CONFIRMED);
        }
        order.setStatus(OrderStatus.CONFIRMED);
        em.persist(order);
        link(order, contract, channel, false);
        return order;
    }

    OrderConfirmation confirmExistingOrder(String orderNumber, String contractNumber, SalesChannel channel) {
        SalesOrder order = order(orderNumber);
        if (confirmationOf(order) != null || order.getStatus() != OrderStatus.OPEN) {
            throw new SalesRuleException(SalesRule.WRONG_STATE, SalesRecordType.ORDER, orderNumber,
                    order.getStatus(), OrderStatus.OPEN);
        }
        Contract contract = activeContract(contractNumber);
        if (!order.getCustomer().equals(contract.getCustomer())) {
            throw new SalesRuleException(SalesRule.CUSTOMER_NOT_ON_CONTRACT, SalesRecordType.ORDER, orderNumber,
                    order.getCustomer().getCode(), contractNumber, contract.getCustomer().getCode());
        }
        order.setStatus(OrderStatus.CONFIRMED);
        order.getLines().forEach(line -> line.setStatus(OrderStatus.CONFIRMED));
        return link(order, contract, channel, true);
    }

    /** Checks the order against its contract and records the confirmation. */
    /** @param existing an order entered as open earlier, rather than a new one */
    private OrderConfirmation link(SalesOrder order, Contract contract, SalesChannel channel, boolean existing) {
        for (OrderLine line : order.getLines()) {
            boolean onContract = contract.getQuote().getLines().stream()
                    .anyMatch(q -> q.getForm() == line.getForm() && q.getGrade().equals(line.getGrade()));
            if (!onContract) {
                throw new SalesRuleException(SalesRule.PRODUCT_NOT_ON_CONTRACT, SalesRecordType.ORDER,
                        order.getOrderNumber(), line.getLineNumber(), line.getForm(), line.getGrade().getCode(),
                        contract.getNumber());
            }
        }
        BigDecimal ordered = orderedTonnes(contract).add(order.totalTonnes());
        if (ordered.compareTo(contract.getTotalTonnes()) > 0) {
            throw new SalesRuleException(SalesRule.CONTRACT_TONNES_EXCEEDED, SalesRecordType.ORDER,
                    order.getOrderNumber(), ordered.toPlainString(), contract.getNumber(),
                    contract.getTotalTonnes().toPlainString());
        }
        OrderConfirmation confirmation = new OrderConfirmation(order, contract, Objects.requireNonNull(channel),
                today());
        em.persist(confirmation);
        history(SalesRecordType.ORDER, order.getOrderNumber(), null, OrderConfirmation.State.CONFIRMED,
                SalesChanges.confirmed(existing, order, contract, channel), null);
        return confirmation;
    }

    /** Tonnes of the contract's confirmed, not cancelled orders; flushed so that this transaction's orders count. */
    private BigDecimal orderedTonnes(Contract contract) {
        em.flush();
        BigDecimal tonnes = em.createQuery("SELECT SUM(l.tonnes) FROM OrderConfirmation c JOIN c.order o JOIN o.lines l "
                + "WHERE c.contract = :contract AND c.state <> :cancelled", BigDecimal.class)
                .setParameter("contract", contract).setParameter("cancelled", OrderConfirmation.State.CANCELLED)
                .getSingleResult();
        return tonnes == null ? BigDecimal.ZERO : tonnes;
    }

    void changeOrderLine(String orderNumber, int lineNumber, BigDecimal tonnes, LocalDate dueDate, String reason) {
        OrderConfirmation confirmation = confirmedOrder(orderNumber);
        String why = reason(SalesRecordType.ORDER, orderNumber, reason);
        SalesOrder order = confirmation.getOrder();
        OrderLine line = order.getLines().stream().filter(l -> l.getLineNumber() == lineNumber).findFirst()
                .orElseThrow(() -> new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.ORDER, orderNumber,
                        SalesField.LINE_NUMBER, Integer.toString(lineNumber)));
        positive(tonnes, SalesRecordType.ORDER, orderNumber, SalesField.TONNES);
        if (dueDate == null || dueDate.isBefore(order.getOrderDate())) {
            throw new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.ORDER, orderNumber,
                    SalesField.DUE_DATE, String.valueOf(dueDate));
        }
        SalesMessage change = SalesChanges.lineChanged(lineNumber, line.getTonnes(), tonnes, line.getDueDate(),
                dueDate);
        if (change == null) {
            return;
        }
        // The shared order line keeps its agreed values without setters; the loop changes them in place.
        em.flush();
        em.createQuery("UPDATE OrderLine l SET l.tonnes = :tonnes, l.dueDate = :due, l.version = l.version + 1 "
                + "WHERE l.id = :id").setParameter("tonnes", tonnes).setParameter("due", dueDate)
                .setParameter("id", line.getId()).executeUpdate();
        em.refresh(line);
        BigDecimal ordered = orderedTonnes(confirmation.getContract());
        if (ordered.compareTo(confirmation.getContract().getTotalTonnes()) > 0) {
            throw new SalesRuleException(SalesRule.CONTRACT_TONNES_EXCEEDED, SalesRecordType.ORDER, orderNumber,
                    ordered.toPlainString(), confirmation.getContract().getNumber(),
                    confirmation.getContract().getTotalTonnes().toPlainString());
        }
        history(SalesRecordType.ORDER, orderNumber, confirmation.getState(), confirmation.getState(),
                change, why);
    }

    void cancelOrder(String orderNumber, String reason) {
        OrderConfirmation confirmation = confirmedOrder(orderNumber);
        String why = reason(SalesRecordType.ORDER, orderNumber, reason);
        if (deliveredTonnes(confirmation).signum() > 0) {
            throw new SalesRuleException(SalesRule.ORDER_ALREADY_SHIPPED, SalesRecordType.ORDER, orderNumber,
                    deliveredTonnes(confirmation).toPlainString());
        }
        confirmation.setState(OrderConfirmation.State.CANCELLED);
        confirmation.getOrder().setStatus(OrderStatus.CANCELLED);
        confirmation.getOrder().getLines().forEach(line -> line.setStatus(OrderStatus.CANCELLED));
        history(SalesRecordType.ORDER, orderNumber, OrderConfirmation.State.CONFIRMED,
                OrderConfirmation.State.CANCELLED,
                SalesChanges.cancelled(confirmation.getOrder(), confirmation.getContract()), why);
    }

    Delivery recordDelivery(String orderNumber, BigDecimal tonnes, LocalDate shippedOn) {
        OrderConfirmation confirmation = confirmation(orderNumber);
        if (confirmation.getState() == OrderConfirmation.State.CANCELLED) {
            throw new SalesRuleException(SalesRule.WRONG_STATE, SalesRecordType.ORDER, orderNumber,
                    confirmation.getState(), OrderConfirmation.State.CONFIRMED);
        }
        positive(tonnes, SalesRecordType.ORDER, orderNumber, SalesField.TONNES);
        SalesOrder order = confirmation.getOrder();
        if (shippedOn == null || shippedOn.isBefore(order.getOrderDate())) {
            throw new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.ORDER, orderNumber,
                    SalesField.SHIPPED_ON, String.valueOf(shippedOn));
        }
        BigDecimal ordered = order.totalTonnes();
        BigDecimal shipped = deliveredTonnes(confirmation).add(tonnes);
        BigDecimal allowed = ordered.multiply(BigDecimal.ONE.add(SalesLoop.DELIVERY_TOLERANCE)).setScale(3,
                RoundingMode.HALF_UP);
        if (shipped.compareTo(allowed) > 0) {
            throw new SalesRuleException(SalesRule.DELIVERY_EXCEEDS_ORDER, SalesRecordType.ORDER, orderNumber,
                    shipped.toPlainString(), ordered.toPlainString(), allowed.toPlainString());
        }
        Delivery delivery = new Delivery(confirmation, tonnes, shippedOn);
        em.persist(delivery);
        delivery.assignNumber();
        BigDecimal price = order.totalValueCny().divide(ordered, 2, RoundingMode.HALF_UP);
        Payment payment = new Payment(delivery, tonnes.multiply(price).setScale(2, RoundingMode.HALF_UP),
                shippedOn.plusDays(SalesLoop.PAYMENT_TERM_DAYS));
        em.persist(payment);
        payment.assignNumber();
        history(SalesRecordType.DELIVERY, delivery.getNumber(), null, Delivery.State.SHIPPED,
                SalesChanges.delivery(delivery, orderNumber), null);
        history(SalesRecordType.PAYMENT, payment.getNumber(), null, Payment.State.OPEN,
                SalesChanges.invoiced(payment), null);
        BigDecimal fullShipment = ordered.multiply(BigDecimal.ONE.subtract(SalesLoop.DELIVERY_TOLERANCE));
        if (confirmation.getState() == OrderConfirmation.State.CONFIRMED && shipped.compareTo(fullShipment) >= 0) {
            confirmation.setState(OrderConfirmation.State.SHIPPED);
            order.setStatus(OrderStatus.SHIPPED);
            order.getLines().forEach(line -> line.setStatus(OrderStatus.SHIPPED));
            history(SalesRecordType.ORDER, orderNumber, OrderConfirmation.State.CONFIRMED,
                    OrderConfirmation.State.SHIPPED, SalesChanges.shipped(shipped, ordered), null);
        }
        return delivery;
    }

    private BigDecimal deliveredTonnes(OrderConfirmation confirmation) {
        em.flush();
        BigDecimal tonnes = em.createQuery("SELECT SUM(d.tonnes) FROM Delivery d WHERE d.confirmation = :c",
                BigDecimal.class).setParameter("c", confirmation).getSingleResult();
        return tonnes == null ? BigDecimal.ZERO : tonnes;
    }

    void recordPayment(String number, LocalDate paidOn) {
        Payment payment = single(Payment.class, "SELECT p FROM Payment p WHERE p.number = :n", number,
                SalesRecordType.PAYMENT);
        expect(SalesRecordType.PAYMENT, number, payment.getState(), Payment.State.OPEN);
        if (paidOn == null || paidOn.isBefore(payment.getDelivery().getShippedOn())) {
            throw new SalesRuleException(SalesRule.INVALID_VALUE, SalesRecordType.PAYMENT, number, SalesField.PAID_ON,
                    String.valueOf(paidOn));
        }
        payment.paid(paidOn);
        history(SalesRecordType.PAYMENT, number, Payment.State.OPEN, Payment.State.PAID,
                SalesChanges.paid(payment), null);
    }

    ServiceCase openServiceCase(String orderNumber, ServiceCaseType type, String description) {
        OrderConfirmation confirmation = confirmation(orderNumber);
        if (deliveredTonnes(confirmation).signum() == 0) {
            throw new SalesRuleException(SalesRule.NOT_DELIVERED, SalesRecordType.ORDER, orderNumber);
        }
        String text = reason(SalesRecordType.ORDER, orderNumber, description);
        ServiceCase serviceCase = new ServiceCase(confirmation, Objects.requireNonNull(type, "type"), text, today());
        em.persist(serviceCase);
        serviceCase.assignNumber();
        history(SalesRecordType.SERVICE_CASE, serviceCase.getNumber(), null, ServiceCase.State.OPEN,
                SalesChanges.complaint(type, orderNumber), text);
        return serviceCase;
    }

    void resolveServiceCase(String number, String resolution) {
        ServiceCase serviceCase = single(ServiceCase.class, "SELECT s FROM ServiceCase s WHERE s.number = :n", number,
                SalesRecordType.SERVICE_CASE);
        expect(SalesRecordType.SERVICE_CASE, number, serviceCase.getState(), ServiceCase.State.OPEN);
        String text = reason(SalesRecordType.SERVICE_CASE, number, resolution);
        serviceCase.resolve(text);
        history(SalesRecordType.SERVICE_CASE, number, ServiceCase.State.OPEN, ServiceCase.State.RESOLVED, null, text);
    }

    /**
     * Credit limit minus open receivables: what is contracted or ordered and not yet paid. A
     * contract counts in full until its first order is confirmed, from then on through its orders:
     * confirmed orders not yet invoiced, and invoices (payments) not yet paid. A contract closed
     * before any order no longer counts.
     */
    CreditPosition credit(Customer customer, LocalDate day) {
        em.flush();
        BigDecimal notCalledOff = sum(em.createQuery("SELECT SUM(k.totalValueCny) FROM Contract k "
                + "WHERE k.customer = :customer AND k.state <> :rejected AND k.state <> :closed AND NOT EXISTS ("
                + "SELECT f FROM OrderConfirmation f WHERE f.contract = k AND f.state <> :cancelled)", BigDecimal.class)
                .setParameter("customer", customer).setParameter("rejected", Contract.State.CREDIT_REJECTED)
                .setParameter("closed", Contract.State.CLOSED)
                .setParameter("cancelled", OrderConfirmation.State.CANCELLED).getSingleResult());
        BigDecimal ordered = sum(em.createQuery("SELECT SUM(l.tonnes * l.priceCnyPerTonne) FROM OrderConfirmation f "
                + "JOIN f.order o JOIN o.lines l WHERE o.customer = :customer AND f.state = :confirmed", BigDecimal.class)
                .setParameter("customer", customer).setParameter("confirmed", OrderConfirmation.State.CONFIRMED)
                .getSingleResult());
        BigDecimal invoicedOfOrdered = sum(em.createQuery("SELECT SUM(p.amountCny) FROM Payment p JOIN p.delivery d "
                + "JOIN d.confirmation f WHERE f.order.customer = :customer AND f.state = :confirmed", BigDecimal.class)
                .setParameter("customer", customer).setParameter("confirmed", OrderConfirmation.State.CONFIRMED)
                .getSingleResult());
        BigDecimal unpaid = sum(em.createQuery("SELECT SUM(p.amountCny) FROM Payment p JOIN p.delivery d "
                + "JOIN d.confirmation f WHERE f.order.customer = :customer AND p.state = :open", BigDecimal.class)
                .setParameter("customer", customer).setParameter("open", Payment.State.OPEN).getSingleResult());
        BigDecimal overdue = sum(em.createQuery("SELECT SUM(p.amountCny) FROM Payment p JOIN p.delivery d "
                + "JOIN d.confirmation f WHERE f.order.customer = :customer AND p.state = :open AND p.dueOn < :day",
                BigDecimal.class).setParameter("customer", customer).setParameter("open", Payment.State.OPEN)
                .setParameter("day", day).getSingleResult());
        BigDecimal open = notCalledOff.add(ordered.subtract(invoicedOfOrdered).max(BigDecimal.ZERO)).add(unpaid)
                .setScale(2, RoundingMode.HALF_UP);
        return new CreditPosition(customer.getCode(), customer.getCreditLimit(), open,
                customer.getCreditLimit().subtract(open), overdue);
    }

    private static BigDecimal sum(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    // --- look-ups ---------------------------------------------------------------------------

    Customer customer(String code) {
        List<Customer> found = em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new SalesRuleException(SalesRule.UNKNOWN_RECORD, SalesRecordType.OPPORTUNITY, String.valueOf(code),
                    SalesField.CUSTOMER, String.valueOf(code));
        }
        return found.get(0);
    }

    private SteelGrade grade(String code, SalesRecordType type, String number) {
        List<SteelGrade> found = em.createQuery("SELECT g FROM SteelGrade g WHERE g.code = :code", SteelGrade.class)
                .setParameter("code", code).getResultList();
        if (found.isEmpty()) {
            throw new SalesRuleException(SalesRule.UNKNOWN_RECORD, type == null ? SalesRecordType.OPPORTUNITY : type,
                    number == null ? String.valueOf(code) : number, SalesField.GRADE, String.valueOf(code));
        }
        return found.get(0);
    }

    Opportunity opportunity(String number) {
        return single(Opportunity.class, "SELECT o FROM Opportunity o WHERE o.number = :n", number,
                SalesRecordType.OPPORTUNITY);
    }

    Quote quoteByNumber(String number) {
        return single(Quote.class, "SELECT q FROM Quote q WHERE q.number = :n", number, SalesRecordType.QUOTE);
    }

    Contract contract(String number) {
        if (number == null || number.isBlank()) {
            throw new SalesRuleException(SalesRule.CONTRACT_REQUIRED, SalesRecordType.CONTRACT, "-");
        }
        return single(Contract.class, "SELECT c FROM Contract c WHERE c.number = :n", number, SalesRecordType.CONTRACT);
    }

    private Contract activeContract(String number) {
        Contract contract = contract(number);
        switch (contract.getState()) {
            case CREDIT_PENDING -> throw new SalesRuleException(SalesRule.CREDIT_APPROVAL_PENDING,
                    SalesRecordType.CONTRACT, number, contract.getTotalValueCny().toPlainString(),
                    contract.getRemainingCreditCny().toPlainString());
            case CREDIT_REJECTED -> throw new SalesRuleException(SalesRule.CREDIT_REJECTED, SalesRecordType.CONTRACT,
                    number, String.valueOf(contract.getCreditDecidedBy()));
            case CLOSED -> throw new SalesRuleException(SalesRule.CONTRACT_CLOSED, SalesRecordType.CONTRACT, number);
            case ACTIVE -> {
                return contract;
            }
        }
        throw new IllegalStateException(contract.getState().name());
    }

    private SalesOrder findOrder(String number) {
        List<SalesOrder> found = em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n", SalesOrder.class)
                .setParameter("n", number).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private SalesOrder order(String number) {
        SalesOrder order = findOrder(number);
        if (order == null) {
            throw new SalesRuleException(SalesRule.UNKNOWN_RECORD, SalesRecordType.ORDER, String.valueOf(number),
                    SalesRecordType.ORDER, String.valueOf(number));
        }
        return order;
    }

    private OrderConfirmation confirmationOf(SalesOrder order) {
        List<OrderConfirmation> found = em.createQuery("SELECT c FROM OrderConfirmation c WHERE c.order = :o",
                OrderConfirmation.class).setParameter("o", order).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The confirmation of an order; an order without one has no contract and cannot go on. */
    OrderConfirmation confirmation(String orderNumber) {
        OrderConfirmation confirmation = confirmationOf(order(orderNumber));
        if (confirmation == null) {
            throw new SalesRuleException(SalesRule.CONTRACT_REQUIRED, SalesRecordType.ORDER, orderNumber);
        }
        return confirmation;
    }

    private OrderConfirmation confirmedOrder(String orderNumber) {
        OrderConfirmation confirmation = confirmation(orderNumber);
        if (confirmation.getState() == OrderConfirmation.State.CANCELLED) {
            throw new SalesRuleException(SalesRule.WRONG_STATE, SalesRecordType.ORDER, orderNumber,
                    confirmation.getState(), OrderConfirmation.State.CONFIRMED);
        }
        if (confirmation.getState() == OrderConfirmation.State.SHIPPED) {
            throw new SalesRuleException(SalesRule.ORDER_ALREADY_SHIPPED, SalesRecordType.ORDER, orderNumber,
                    deliveredTonnes(confirmation).toPlainString());
        }
        return confirmation;
    }

    private <T> T single(Class<T> type, String query, String number, SalesRecordType recordType) {
        List<T> found = em.createQuery(query, type).setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            throw new SalesRuleException(SalesRule.UNKNOWN_RECORD, recordType, String.valueOf(number),
                    recordType, String.valueOf(number));
        }
        return found.get(0);
    }

    // --- checks and history -------------------------------------------------------------------

    private static void expect(SalesRecordType type, String number, Enum<?> actual, Enum<?> expected) {
        if (actual != expected) {
            throw new SalesRuleException(SalesRule.WRONG_STATE, type, number, actual, expected);
        }
    }

    private static void positive(BigDecimal value, SalesRecordType type, String number, SalesField field) {
        if (value == null || value.signum() <= 0) {
            throw new SalesRuleException(SalesRule.INVALID_VALUE, type, number, field, String.valueOf(value));
        }
    }

    private static String reason(SalesRecordType type, String number, String reason) {
        String text = blankToNull(reason);
        if (text == null) {
            throw new SalesRuleException(SalesRule.REASON_REQUIRED, type, number);
        }
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void history(SalesRecordType type, String number, Enum<?> from, Enum<?> to, SalesMessage change,
            String reason) {
        em.persist(new SalesHistory(type, number, now, user, from == null ? null : from.name(), to.name(), change,
                reason));
    }
}
