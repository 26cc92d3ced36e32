package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;

/**
 * The customer's payment for one delivery: the amount invoiced with the shipment, due after
 * the payment term; open until paid, overdue once the due date has passed unpaid.
 */
@Entity
@Table(name = "MK_PAYMENT")
public class Payment extends BaseEntity {

    public enum State {
        OPEN, PAID
    }

    @Column(name = "DOC_NUMBER", length = 32, nullable = false, unique = true)
    private String number;
    @OneToOne(optional = false)
    @JoinColumn(name = "DELIVERY_ID", nullable = false, unique = true)
    private Delivery delivery;
    @Column(name = "AMOUNT_CNY", precision = 16, scale = 2, nullable = false)
    private BigDecimal amountCny;
    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;
    @Column(name = "PAID_ON")
    private LocalDate paidOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state = State.OPEN;

    protected Payment() {
    }

    Payment(Delivery delivery, BigDecimal amountCny, LocalDate dueOn) {
        this.delivery = delivery;
        this.amountCny = amountCny;
        this.dueOn = dueOn;
    }

    void assignNumber() {
        number = SalesRecordType.PAYMENT.numberFor(getId());
    }

    void paid(LocalDate on) {
        paidOn = on;
        state = State.PAID;
    }

    public String getNumber() {
        return number;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public BigDecimal getAmountCny() {
        return amountCny;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public State getState() {
        return state;
    }

    /** Unpaid after its due date. */
    public boolean isOverdue(LocalDate today) {
        return state == State.OPEN && today.isAfter(dueOn);
    }

    /** Paid after its due date. */
    public boolean wasPaidLate() {
        return paidOn != null && paidOn.isAfter(dueOn);
    }
}
