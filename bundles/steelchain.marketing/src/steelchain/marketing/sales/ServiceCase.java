package steelchain.marketing.sales;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;

/** A customer's complaint about a delivered order, open until resolved. */
@Entity
@Table(name = "MK_SERVICE_CASE")
public class ServiceCase extends BaseEntity {

    public enum State {
        OPEN, RESOLVED
    }

    @Column(name = "DOC_NUMBER", length = 32, nullable = false, unique = true)
    private String number;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CONFIRMATION_ID", nullable = false)
    private OrderConfirmation confirmation;
    @Enumerated(EnumType.STRING)
    @Column(name = "CASE_TYPE", length = 16, nullable = false)
    private ServiceCaseType type;
    @Column(name = "DESCRIPTION", length = 1000, nullable = false)
    private String description;
    @Column(name = "OPENED_ON", nullable = false)
    private LocalDate openedOn;
    @Column(name = "RESOLUTION", length = 1000)
    private String resolution;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state = State.OPEN;

    protected ServiceCase() {
    }

    ServiceCase(OrderConfirmation confirmation, ServiceCaseType type, String description, LocalDate openedOn) {
        this.confirmation = confirmation;
        this.type = type;
        this.description = description;
        this.openedOn = openedOn;
    }

    void assignNumber() {
        number = SalesRecordType.SERVICE_CASE.numberFor(getId());
    }

    void resolve(String text) {
        resolution = text;
        state = State.RESOLVED;
    }

    public String getNumber() {
        return number;
    }

    public OrderConfirmation getConfirmation() {
        return confirmation;
    }

    public ServiceCaseType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getResolution() {
        return resolution;
    }

    public State getState() {
        return state;
    }
}
