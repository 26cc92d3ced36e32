package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;

/** What each step of the loop writes into the history as "what changed", for the loop and its demo alike. */
final class SalesChanges {

    private SalesChanges() {
    }

    /** @param gradeCode null when the customer asked for a product form of any grade */
    static SalesMessage opportunity(String customerCode, ProductForm form, String gradeCode, BigDecimal tonnes,
            SalesChannel channel) {
        return gradeCode == null ? SalesMessage.of("change.opportunity", customerCode, form, tonnes, channel)
                : SalesMessage.of("change.opportunityGrade", customerCode, form, gradeCode, tonnes, channel);
    }

    static SalesMessage quoted(Quote quote) {
        return SalesMessage.of("change.quoted", quote.getNumber());
    }

    static SalesMessage quote(Quote quote) {
        return SalesMessage.of("change.quote", quote.getLines().size(), quote.totalTonnes(), quote.totalValueCny(),
                quote.getValidUntil());
    }

    static SalesMessage accepted(Contract contract) {
        return SalesMessage.of("change.accepted", contract.getNumber());
    }

    static SalesMessage contract(Contract contract) {
        return SalesMessage.of("change.contract", contract.getTotalTonnes(), contract.getTotalValueCny(),
                contract.getRemainingCreditCny());
    }

    static SalesMessage credit(boolean approved, String requestedBy) {
        return SalesMessage.of(approved ? "change.creditApproved" : "change.creditRejected", requestedBy);
    }

    /** @param existing an order entered as open earlier, rather than a new one */
    static SalesMessage confirmed(boolean existing, SalesOrder order, Contract contract, SalesChannel channel) {
        return SalesMessage.of(existing ? "change.confirmedExisting" : "change.confirmed", contract.getNumber(),
                channel, order.getLines().size(), order.totalTonnes());
    }

    static SalesMessage cancelled(SalesOrder order, Contract contract) {
        return SalesMessage.of("change.cancelled", order.totalTonnes(), contract.getNumber());
    }

    /** A confirmed line's new tonnes or due date, or both; null when neither changed. */
    static SalesMessage lineChanged(int lineNumber, BigDecimal oldTonnes, BigDecimal tonnes, LocalDate oldDue,
            LocalDate due) {
        boolean tonnesChanged = tonnes.compareTo(oldTonnes) != 0;
        boolean dueChanged = !due.equals(oldDue);
        if (tonnesChanged && dueChanged) {
            return SalesMessage.of("change.line", lineNumber, oldTonnes, tonnes, oldDue, due);
        }
        return tonnesChanged ? SalesMessage.of("change.lineTonnes", lineNumber, oldTonnes, tonnes)
                : dueChanged ? SalesMessage.of("change.lineDue", lineNumber, oldDue, due) : null;
    }

    static SalesMessage delivery(Delivery delivery, String orderNumber) {
        return SalesMessage.of("change.delivery", orderNumber, delivery.getTonnes(), delivery.getShippedOn());
    }

    static SalesMessage invoiced(Payment payment) {
        return SalesMessage.of("change.invoiced", payment.getDelivery().getNumber(), payment.getAmountCny(),
                payment.getDueOn());
    }

    static SalesMessage shipped(BigDecimal shipped, BigDecimal ordered) {
        return SalesMessage.of("change.shipped", shipped, ordered);
    }

    static SalesMessage paid(Payment payment) {
        return payment.wasPaidLate()
                ? SalesMessage.of("change.paidLate", payment.getAmountCny(), payment.getPaidOn(),
                        payment.getPaidOn().toEpochDay() - payment.getDueOn().toEpochDay())
                : SalesMessage.of("change.paid", payment.getAmountCny(), payment.getPaidOn());
    }

    static SalesMessage complaint(ServiceCaseType type, String orderNumber) {
        return SalesMessage.of("change.complaint", type, orderNumber);
    }
}
