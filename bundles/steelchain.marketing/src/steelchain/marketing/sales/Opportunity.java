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
import steelchain.core.model.Customer;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;

/** A customer's demand the sales staff captured: what product, roughly how much, from which channel. */
@Entity
@Table(name = "MK_OPPORTUNITY")
public class Opportunity extends BaseEntity {

    public enum State {
        OPEN, QUOTED, LOST
    }

    @Column(name = "DOC_NUMBER", length = 32, nullable = false, unique = true)
    private String number;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false)
    private ProductForm form;
    /** The grade asked for, if the customer named one. */
    @ManyToOne
    @JoinColumn(name = "GRADE_ID")
    private SteelGrade grade;
    @Column(name = "ESTIMATED_TONNES", precision = 12, scale = 3, nullable = false)
    private BigDecimal estimatedTonnes;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    private SalesChannel channel;
    @Column(name = "CAPTURED_ON", nullable = false)
    private LocalDate capturedOn;
    @Column(name = "NOTE", length = 500)
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state = State.OPEN;

    protected Opportunity() {
    }

    Opportunity(Customer customer, ProductForm form, SteelGrade grade, BigDecimal estimatedTonnes,
            SalesChannel channel, LocalDate capturedOn, String note) {
        this.customer = customer;
        this.form = form;
        this.grade = grade;
        this.estimatedTonnes = estimatedTonnes;
        this.channel = channel;
        this.capturedOn = capturedOn;
        this.note = note;
    }

    void assignNumber() {
        number = SalesRecordType.OPPORTUNITY.numberFor(getId());
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public ProductForm getForm() {
        return form;
    }

    public SteelGrade getGrade() {
        return grade;
    }

    public BigDecimal getEstimatedTonnes() {
        return estimatedTonnes;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public LocalDate getCapturedOn() {
        return capturedOn;
    }

    public String getNote() {
        return note;
    }

    public State getState() {
        return state;
    }

    void setState(State state) {
        this.state = state;
    }
}
