package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;
import steelchain.core.model.Customer;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;

/** The plant's offer on an opportunity: products, sizes, tonnes and prices, valid until a day. */
@Entity
@Table(name = "MK_QUOTE")
public class Quote extends BaseEntity {

    public enum State {
        OPEN, ACCEPTED, REJECTED
    }

    @Column(name = "DOC_NUMBER", length = 32, nullable = false, unique = true)
    private String number;
    @ManyToOne(optional = false)
    @JoinColumn(name = "OPPORTUNITY_ID", nullable = false)
    private Opportunity opportunity;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @Column(name = "QUOTED_ON", nullable = false)
    private LocalDate quotedOn;
    @Column(name = "VALID_UNTIL", nullable = false)
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    private State state = State.OPEN;
    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<QuoteLine> lines = new ArrayList<>();

    protected Quote() {
    }

    Quote(Opportunity opportunity, LocalDate quotedOn, LocalDate validUntil) {
        this.opportunity = opportunity;
        this.customer = opportunity.getCustomer();
        this.quotedOn = quotedOn;
        this.validUntil = validUntil;
    }

    void assignNumber() {
        number = SalesRecordType.QUOTE.numberFor(getId());
    }

    QuoteLine addLine(ProductForm form, SteelGrade grade, BigDecimal thicknessMm, BigDecimal widthMm,
            BigDecimal tonnes, BigDecimal priceCnyPerTonne) {
        QuoteLine line = new QuoteLine(this, lines.size() + 1, form, grade, thicknessMm, widthMm, tonnes,
                priceCnyPerTonne);
        lines.add(line);
        return line;
    }

    public String getNumber() {
        return number;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getQuotedOn() {
        return quotedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public State getState() {
        return state;
    }

    void setState(State state) {
        this.state = state;
    }

    public List<QuoteLine> getLines() {
        return lines;
    }

    public BigDecimal totalTonnes() {
        return lines.stream().map(QuoteLine::getTonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalValueCny() {
        return lines.stream().map(QuoteLine::valueCny).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
