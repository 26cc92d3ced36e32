package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;

/** A shipment of a confirmed order: how many tonnes left the plant on which day. */
@Entity
@Table(name = "MK_DELIVERY")
public class Delivery extends BaseEntity {

    public enum State {
        SHIPPED
    }

    @Column(name = "DOC_NUMBER", length = 32, nullable = false, unique = true)
    private String number;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CONFIRMATION_ID", nullable = false)
    private OrderConfirmation confirmation;
    @Column(name = "TONNES", precision = 12, scale = 3, nullable = false)
    private BigDecimal tonnes;
    @Column(name = "SHIPPED_ON", nullable = false)
    private LocalDate shippedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state = State.SHIPPED;

    protected Delivery() {
    }

    Delivery(OrderConfirmation confirmation, BigDecimal tonnes, LocalDate shippedOn) {
        this.confirmation = confirmation;
        this.tonnes = tonnes;
        this.shippedOn = shippedOn;
    }

    void assignNumber() {
        number = SalesRecordType.DELIVERY.numberFor(getId());
    }

    public String getNumber() {
        return number;
    }

    public OrderConfirmation getConfirmation() {
        return confirmation;
    }

    public BigDecimal getTonnes() {
        return tonnes;
    }

    public LocalDate getShippedOn() {
        return shippedOn;
    }

    public State getState() {
        return state;
    }
}
