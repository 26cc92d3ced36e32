package steelchain.marketing.sales;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;
import steelchain.core.model.SalesOrder;

/**
 * The confirmation of a shared {@link SalesOrder} under a contract. The link lives here, on the
 * marketing side, so that the core order knows nothing of the marketing module.
 */
@Entity
@Table(name = "MK_ORDER_CONFIRMATION")
public class OrderConfirmation extends BaseEntity {

    public enum State {
        CONFIRMED, SHIPPED, CANCELLED
    }

    @OneToOne(optional = false)
    @JoinColumn(name = "ORDER_ID", nullable = false, unique = true)
    private SalesOrder order;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CONTRACT_ID", nullable = false)
    private Contract contract;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    private SalesChannel channel;
    @Column(name = "CONFIRMED_ON", nullable = false)
    private LocalDate confirmedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state = State.CONFIRMED;

    protected OrderConfirmation() {
    }

    OrderConfirmation(SalesOrder order, Contract contract, SalesChannel channel, LocalDate confirmedOn) {
        this.order = order;
        this.contract = contract;
        this.channel = channel;
        this.confirmedOn = confirmedOn;
    }

    public SalesOrder getOrder() {
        return order;
    }

    public Contract getContract() {
        return contract;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public State getState() {
        return state;
    }

    void setState(State state) {
        this.state = state;
    }
}
