package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;
import steelchain.core.model.Customer;

/**
 * The contract signed on an accepted quote. A contract worth more than the customer's remaining
 * credit waits for a credit approval before orders may be confirmed under it.
 */
@Entity
@Table(name = "MK_CONTRACT")
public class Contract extends BaseEntity {

    public enum State {
        /** Above the customer's remaining credit: waits for someone other than the requester to decide. */
        CREDIT_PENDING,
        /** Orders may be confirmed under it. */
        ACTIVE,
        /** Credit refused: no order may be confirmed under it. */
        CREDIT_REJECTED,
        /**
         * Closed by sales (fulfilled, or ended with the customer): no further order is confirmed
         * under it; the orders confirmed before go on.
         */
        CLOSED
    }

    @Column(name = "DOC_NUMBER", length = 32, nullable = false, unique = true)
    private String number;
    @OneToOne(optional = false)
    @JoinColumn(name = "QUOTE_ID", nullable = false, unique = true)
    private Quote quote;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @Column(name = "SIGNED_ON", nullable = false)
    private LocalDate signedOn;
    @Column(name = "TOTAL_TONNES", precision = 12, scale = 3, nullable = false)
    private BigDecimal totalTonnes;
    @Column(name = "TOTAL_VALUE_CNY", precision = 16, scale = 2, nullable = false)
    private BigDecimal totalValueCny;
    /** The customer's remaining credit when the contract was signed, in CNY. */
    @Column(name = "REMAINING_CREDIT_CNY", precision = 16, scale = 2, nullable = false)
    private BigDecimal remainingCreditCny;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state;
    @Column(name = "CREDIT_REQUESTED_BY", length = 64)
    private String creditRequestedBy;
    @Column(name = "CREDIT_DECIDED_BY", length = 64)
    private String creditDecidedBy;
    @Column(name = "CREDIT_DECIDED_AT")
    private LocalDateTime creditDecidedAt;

    protected Contract() {
    }

    Contract(Quote quote, LocalDate signedOn, BigDecimal remainingCreditCny, String signedBy) {
        this.quote = quote;
        this.customer = quote.getCustomer();
        this.signedOn = signedOn;
        this.totalTonnes = quote.totalTonnes();
        this.totalValueCny = quote.totalValueCny();
        this.remainingCreditCny = remainingCreditCny;
        if (totalValueCny.compareTo(remainingCreditCny) > 0) {
            state = State.CREDIT_PENDING;
            creditRequestedBy = signedBy;
        } else {
            state = State.ACTIVE;
        }
    }

    void assignNumber() {
        number = SalesRecordType.CONTRACT.numberFor(getId());
    }

    void decideCredit(boolean approved, String user, LocalDateTime at) {
        state = approved ? State.ACTIVE : State.CREDIT_REJECTED;
        creditDecidedBy = user;
        creditDecidedAt = at;
    }

    void close() {
        state = State.CLOSED;
    }

    public String getNumber() {
        return number;
    }

    public Quote getQuote() {
        return quote;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public BigDecimal getTotalTonnes() {
        return totalTonnes;
    }

    public BigDecimal getTotalValueCny() {
        return totalValueCny;
    }

    public BigDecimal getRemainingCreditCny() {
        return remainingCreditCny;
    }

    public State getState() {
        return state;
    }

    public String getCreditRequestedBy() {
        return creditRequestedBy;
    }

    public String getCreditDecidedBy() {
        return creditDecidedBy;
    }

    public LocalDateTime getCreditDecidedAt() {
        return creditDecidedAt;
    }
}
