package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import steelchain.core.model.ProductForm;

/** Lists the records of one step of the loop as rows, reading only the columns shown. */
final class SalesRecords {

    private SalesRecords() {
    }

    static List<SalesRecordRow> list(EntityManager em, SalesRecordType type, String customerCode, boolean openOnly,
            LocalDate today) {
        return switch (type) {
            case OPPORTUNITY -> query(em, "SELECT o.number, c.code, c.name, o.state, o.capturedOn, o.estimatedTonnes, "
                    + "o.form, g.code, o.channel FROM Opportunity o JOIN o.customer c LEFT JOIN o.grade g",
                    customerCode, openOnly ? "o.state = :state" : null, Opportunity.State.OPEN,
                    "o.capturedOn DESC, o.id DESC").getResultList().stream()
                    .map(r -> new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]),
                            (LocalDate) r[4], (BigDecimal) r[5], null, null,
                            r[7] == null ? SalesMessage.of("detail.opportunity", r[6], r[8])
                                    : SalesMessage.of("detail.opportunityGrade", r[6], r[7], r[8]),
                            false, (ProductForm) r[6], (String) r[7]))
                    .toList();
            case QUOTE -> query(em, "SELECT q.number, c.code, c.name, q.state, q.quotedOn, SUM(l.tonnes), "
                    + "SUM(l.tonnes * l.priceCnyPerTonne), o.number, q.validUntil FROM Quote q JOIN q.customer c "
                    + "JOIN q.opportunity o JOIN q.lines l",
                    customerCode, openOnly ? "q.state = :state" : null, Quote.State.OPEN,
                    "q.quotedOn DESC, q.id DESC", "q.number, c.code, c.name, q.state, q.quotedOn, o.number, "
                            + "q.validUntil, q.id").getResultList().stream()
                    .map(r -> new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]),
                            (LocalDate) r[4], (BigDecimal) r[5], money((BigDecimal) r[6]), (String) r[7],
                            SalesMessage.of("detail.validUntil", r[8]), false, null, null))
                    .toList();
            case CONTRACT -> query(em, "SELECT k.number, c.code, c.name, k.state, k.signedOn, k.totalTonnes, "
                    + "k.totalValueCny, q.number, k.creditRequestedBy, k.creditDecidedBy FROM Contract k "
                    + "JOIN k.customer c JOIN k.quote q", customerCode,
                    openOnly ? "k.state IN :state" : null, List.of(Contract.State.CREDIT_PENDING, Contract.State.ACTIVE),
                    "k.signedOn DESC, k.id DESC").getResultList().stream()
                    .map(r -> new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]),
                            (LocalDate) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7],
                            r[8] == null ? SalesMessage.plain("")
                                    : r[9] == null ? SalesMessage.of("detail.creditPending", r[8])
                                            : SalesMessage.of("detail.creditDecided", r[8], r[9]),
                            false, null, null))
                    .toList();
            case ORDER -> query(em, "SELECT o.orderNumber, c.code, c.name, f.state, o.orderDate, SUM(l.tonnes), "
                    + "SUM(l.tonnes * l.priceCnyPerTonne), k.number, f.channel FROM OrderConfirmation f "
                    + "JOIN f.order o JOIN o.customer c JOIN f.contract k JOIN o.lines l", customerCode,
                    openOnly ? "f.state = :state" : null, OrderConfirmation.State.CONFIRMED,
                    "o.orderDate DESC, o.id DESC", "o.orderNumber, c.code, c.name, f.state, o.orderDate, k.number, "
                            + "f.channel, o.id").getResultList().stream()
                    .map(r -> new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]),
                            (LocalDate) r[4], (BigDecimal) r[5], money((BigDecimal) r[6]), (String) r[7],
                            SalesMessage.of("detail.channel", r[8]), false, null, null))
                    .toList();
            case DELIVERY -> query(em, "SELECT d.number, c.code, c.name, d.state, d.shippedOn, d.tonnes, "
                    + "p.amountCny, o.orderNumber FROM Payment p JOIN p.delivery d JOIN d.confirmation f "
                    + "JOIN f.order o JOIN o.customer c", customerCode,
                    openOnly ? "p.state = :state" : null, Payment.State.OPEN,
                    "d.shippedOn DESC, d.id DESC").getResultList().stream()
                    .map(r -> new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]),
                            (LocalDate) r[4], (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7],
                            SalesMessage.plain(""), false, null, null))
                    .toList();
            case PAYMENT -> query(em, "SELECT p.number, c.code, c.name, p.state, p.dueOn, p.amountCny, d.number, "
                    + "p.paidOn FROM Payment p JOIN p.delivery d JOIN d.confirmation f JOIN f.order o "
                    + "JOIN o.customer c", customerCode,
                    openOnly ? "p.state = :state" : null, Payment.State.OPEN,
                    "p.dueOn DESC, p.id DESC").getResultList().stream()
                    .map(r -> {
                        LocalDate due = (LocalDate) r[4];
                        boolean open = "OPEN".equals(name(r[3]));
                        return new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]), due,
                                null, (BigDecimal) r[5], (String) r[6],
                                r[7] == null ? SalesMessage.plain("") : SalesMessage.of("detail.paidOn", r[7]),
                                open && today.isAfter(due), null, null);
                    })
                    .toList();
            case SERVICE_CASE -> query(em, "SELECT s.number, c.code, c.name, s.state, s.openedOn, s.type, "
                    + "s.description, o.orderNumber FROM ServiceCase s JOIN s.confirmation f JOIN f.order o "
                    + "JOIN o.customer c", customerCode,
                    openOnly ? "s.state = :state" : null, ServiceCase.State.OPEN,
                    "s.openedOn DESC, s.id DESC").getResultList().stream()
                    .map(r -> new SalesRecordRow(type, (String) r[0], (String) r[1], (String) r[2], name(r[3]),
                            (LocalDate) r[4], null, null, (String) r[7], SalesMessage.of("detail.complaint", r[5], r[6]),
                            false, null, null))
                    .toList();
        };
    }

    private static TypedQuery<Object[]> query(EntityManager em, String select, String customerCode, String openCondition,
            Object state, String order) {
        return query(em, select, customerCode, openCondition, state, order, null);
    }

    /**
     * @param openCondition a condition on {@code :state}, which is {@code state} (a state, or a list
     *                      of states for {@code IN}); null for all records
     */
    private static TypedQuery<Object[]> query(EntityManager em, String select, String customerCode, String openCondition,
            Object state, String order, String groupBy) {
        StringBuilder jpql = new StringBuilder(select);
        String joiner = " WHERE ";
        if (customerCode != null) {
            jpql.append(joiner).append("c.code = :customer");
            joiner = " AND ";
        }
        if (openCondition != null) {
            jpql.append(joiner).append(openCondition);
        }
        if (groupBy != null) {
            jpql.append(" GROUP BY ").append(groupBy);
        }
        jpql.append(" ORDER BY ").append(order);
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        if (customerCode != null) {
            query.setParameter("customer", customerCode);
        }
        if (openCondition != null) {
            query.setParameter("state", state);
        }
        return query;
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
