package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import jakarta.persistence.EntityManager;

import steelchain.core.data.DataStore;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.marketing.MarketingTopics;

/** The sales loop on the product's database: each step one transaction of the {@link DataStore}. */
@Component(service = SalesLoop.class)
public class SalesLoopService implements SalesLoop {

    @Reference(target = "(steelchain.owners=" + SalesModel.OWNER + ")")
    private DataStore store;
    @Reference
    private EventAdmin events;

    private final Clock clock = Clock.systemDefaultZone();

    private <T> T step(String user, Function<SalesLedger, T> work) {
        LocalDateTime now = LocalDateTime.now(clock);
        return store.inTransaction(em -> work.apply(new SalesLedger(em, now, user)));
    }

    @Override
    public String captureOpportunity(String customerCode, ProductForm form, String gradeCode,
            BigDecimal estimatedTonnes, SalesChannel channel, String note, String user) {
        return step(user, ledger -> ledger.captureOpportunity(customerCode, form, gradeCode, estimatedTonnes, channel,
                note).getNumber());
    }

    @Override
    public void loseOpportunity(String opportunityNumber, String reason, String user) {
        step(user, ledger -> {
            ledger.loseOpportunity(opportunityNumber, reason);
            return null;
        });
    }

    @Override
    public String quote(String opportunityNumber, LocalDate validUntil, List<QuoteLineDraft> lines, String user) {
        return step(user, ledger -> ledger.quote(opportunityNumber, validUntil, lines).getNumber());
    }

    @Override
    public void rejectQuote(String quoteNumber, String reason, String user) {
        step(user, ledger -> {
            ledger.rejectQuote(quoteNumber, reason);
            return null;
        });
    }

    @Override
    public String acceptQuote(String quoteNumber, String user) {
        return step(user, ledger -> ledger.acceptQuote(quoteNumber).getNumber());
    }

    @Override
    public void approveCredit(String contractNumber, String user) {
        step(user, ledger -> {
            ledger.decideCredit(contractNumber, true, null);
            return null;
        });
    }

    @Override
    public void rejectCredit(String contractNumber, String reason, String user) {
        step(user, ledger -> {
            ledger.decideCredit(contractNumber, false, reason);
            return null;
        });
    }

    @Override
    public void closeContract(String contractNumber, String reason, String user) {
        step(user, ledger -> {
            ledger.closeContract(contractNumber, reason);
            return null;
        });
    }

    @Override
    public String confirmOrder(String contractNumber, OrderDraft order, SalesChannel channel, String user) {
        return confirmOrders(contractNumber, List.of(order), channel, user).get(0);
    }

    @Override
    public List<String> confirmOrders(String contractNumber, List<OrderDraft> orders, SalesChannel channel,
            String user) {
        List<Event> confirmed = step(user, ledger -> {
            List<Event> published = new ArrayList<>();
            for (OrderDraft draft : orders) {
                published.add(confirmedEvent(ledger.confirmOrder(contractNumber, draft, channel)));
            }
            return published;
        });
        // Only once committed: other modules plan from a confirmation that cannot roll back.
        confirmed.forEach(events::postEvent);
        return confirmed.stream().map(event -> (String) event.getProperty("orderNumber")).toList();
    }

    @Override
    public void confirmExistingOrder(String orderNumber, String contractNumber, SalesChannel channel, String user) {
        Event confirmed = step(user, ledger -> confirmedEvent(
                ledger.confirmExistingOrder(orderNumber, contractNumber, channel).getOrder()));
        events.postEvent(confirmed);
    }

    private static Event confirmedEvent(SalesOrder order) {
        return new Event(MarketingTopics.ORDER_CONFIRMED, Map.of("orderNumber", order.getOrderNumber(),
                "customerCode", order.getCustomer().getCode(), "tonnes", order.totalTonnes()));
    }

    @Override
    public void changeOrderLine(String orderNumber, int lineNumber, BigDecimal tonnes, LocalDate dueDate,
            String reason, String user) {
        step(user, ledger -> {
            ledger.changeOrderLine(orderNumber, lineNumber, tonnes, dueDate, reason);
            return null;
        });
    }

    @Override
    public void cancelOrder(String orderNumber, String reason, String user) {
        step(user, ledger -> {
            ledger.cancelOrder(orderNumber, reason);
            return null;
        });
    }

    @Override
    public String recordDelivery(String orderNumber, BigDecimal tonnes, LocalDate shippedOn, String user) {
        return step(user, ledger -> ledger.recordDelivery(orderNumber, tonnes, shippedOn).getNumber());
    }

    @Override
    public void recordPayment(String paymentNumber, LocalDate paidOn, String user) {
        step(user, ledger -> {
            ledger.recordPayment(paymentNumber, paidOn);
            return null;
        });
    }

    @Override
    public String openServiceCase(String orderNumber, ServiceCaseType type, String description, String user) {
        return step(user, ledger -> ledger.openServiceCase(orderNumber, type, description).getNumber());
    }

    @Override
    public void resolveServiceCase(String caseNumber, String resolution, String user) {
        step(user, ledger -> {
            ledger.resolveServiceCase(caseNumber, resolution);
            return null;
        });
    }

    @Override
    public List<SalesRecordRow> records(SalesRecordType type, String customerCode, boolean openOnly, LocalDate today) {
        return store.read(em -> SalesRecords.list(em, type, customerCode, openOnly, today));
    }

    @Override
    public CreditPosition credit(String customerCode, LocalDate today) {
        return store.read(em -> {
            SalesLedger ledger = new SalesLedger(em, today.atStartOfDay(), "reader");
            return ledger.credit(ledger.customer(customerCode), today);
        });
    }

    @Override
    public List<HistoryEntry> history(SalesRecordType type, String number) {
        return store.read(em -> history(em, type, number));
    }

    static List<HistoryEntry> history(EntityManager em, SalesRecordType type, String number) {
        return em.createQuery("SELECT h FROM SalesHistory h WHERE h.recordType = :type AND h.recordNumber = :number "
                + "ORDER BY h.changedAt, h.id", SalesHistory.class).setParameter("type", type)
                .setParameter("number", number).getResultList().stream()
                .map(h -> new HistoryEntry(h.getChangedAt(), h.getChangedBy(), h.getFromState(), h.getToState(),
                        h.getChange(), h.getReason()))
                .toList();
    }
}
