package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import steelchain.core.model.ProductForm;

/**
 * The closed sales loop as an OSGi service: opportunity, quote, contract, order confirmation,
 * delivery, payment, service case. Each step is one transaction and checks the loop's rules: no
 * step is skipped, an order needs a contract, a contract above the customer's remaining credit
 * needs someone else's approval, a change of a confirmed order leaves a trace. A broken rule
 * throws {@link SalesRuleException} and writes nothing. Every change is kept in the record's
 * history with who ({@code user}), when, from which state to which and what changed.
 * Confirming an order publishes {@link steelchain.marketing.MarketingTopics#ORDER_CONFIRMED}.
 */
public interface SalesLoop {

    /** Days after a delivery its payment is due. */
    int PAYMENT_TERM_DAYS = 30;
    /** Weight tolerance of a steel order: up to this share more may be shipped than ordered. */
    BigDecimal DELIVERY_TOLERANCE = new BigDecimal("0.05");

    /** @return the new opportunity's number */
    String captureOpportunity(String customerCode, ProductForm form, String gradeCode, BigDecimal estimatedTonnes,
            SalesChannel channel, String note, String user);

    void loseOpportunity(String opportunityNumber, String reason, String user);

    /** Quotes an open opportunity. @return the quote's number */
    String quote(String opportunityNumber, LocalDate validUntil, List<QuoteLineDraft> lines, String user);

    void rejectQuote(String quoteNumber, String reason, String user);

    /**
     * Accepts an open, still valid quote and signs its contract. A contract worth more than the
     * customer's remaining credit waits for a credit approval. @return the contract's number
     */
    String acceptQuote(String quoteNumber, String user);

    /** Approves the credit of a waiting contract; only someone other than who signed it. */
    void approveCredit(String contractNumber, String user);

    void rejectCredit(String contractNumber, String reason, String user);

    /**
     * Closes an active contract (fulfilled, or ended with the customer), with a reason: no further
     * order is confirmed under it; its value no longer counts against the customer's credit if no
     * order was confirmed under it.
     */
    void closeContract(String contractNumber, String reason, String user);

    /**
     * Creates and confirms an order under an active contract: same customer, products of the
     * contract, within its tonnes. @return the order's number
     */
    String confirmOrder(String contractNumber, OrderDraft order, SalesChannel channel, String user);

    /**
     * Creates and confirms several orders under one contract, all or none, for an intake file.
     *
     * @throws SalesRuleException for the first order that breaks a rule; {@link SalesRuleException#recordNumber()}
     *         names it (or the contract)
     */
    List<String> confirmOrders(String contractNumber, List<OrderDraft> orders, SalesChannel channel, String user);

    /** Confirms an order already in the database (entered or imported as open) under an active contract. */
    void confirmExistingOrder(String orderNumber, String contractNumber, SalesChannel channel, String user);

    /** Changes a line of a confirmed order; the old and new values and the reason stay in its history. */
    void changeOrderLine(String orderNumber, int lineNumber, BigDecimal tonnes, LocalDate dueDate, String reason,
            String user);

    /** Cancels a confirmed, not yet shipped order; the reason stays in its history. */
    void cancelOrder(String orderNumber, String reason, String user);

    /**
     * Records a shipment of a confirmed order and invoices it: its payment falls due
     * {@value #PAYMENT_TERM_DAYS} days later. @return the delivery's number
     */
    String recordDelivery(String orderNumber, BigDecimal tonnes, LocalDate shippedOn, String user);

    /** Records that an open payment was received. */
    void recordPayment(String paymentNumber, LocalDate paidOn, String user);

    /** Opens a complaint on a delivered order. @return the case's number */
    String openServiceCase(String orderNumber, ServiceCaseType type, String description, String user);

    void resolveServiceCase(String caseNumber, String resolution, String user);

    /**
     * The records of one step, newest first.
     *
     * @param customerCode only this customer's, or null for all
     * @param openOnly     only those still waiting for their next step (open opportunities and
     *                     quotes, contracts waiting or active, confirmed unshipped orders, unpaid
     *                     payments, open cases)
     * @param today        the day overdue payments are judged by
     */
    List<SalesRecordRow> records(SalesRecordType type, String customerCode, boolean openOnly, LocalDate today);

    /** The customer's credit limit, open receivables, remaining credit and overdue amount. */
    CreditPosition credit(String customerCode, LocalDate today);

    /** The history of a record, oldest first. */
    List<HistoryEntry> history(SalesRecordType type, String number);
}
