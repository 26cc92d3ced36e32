package steelchain.marketing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;

/**
 * The base price of one grade in one form, CNY per tonne before tier and volume discounts, valid
 * from a day to a day (open-ended when {@code validTo} is null). Periods of one form and grade do
 * not overlap.
 */
@Entity
@Table(name = "MKT_PRICE_LIST", uniqueConstraints = @UniqueConstraint(columnNames = { "FORM", "GRADE_ID",
        "VALID_FROM" }))
public class PriceListEntry extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false)
    private ProductForm form;
    @ManyToOne(optional = false)
    @JoinColumn(name = "GRADE_ID", nullable = false)
    private SteelGrade grade;
    @Column(name = "BASE_PRICE_CNY_PER_T", precision = 12, scale = 2, nullable = false)
    private BigDecimal basePriceCnyPerTonne;
    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;
    @Column(name = "VALID_TO")
    private LocalDate validTo;

    protected PriceListEntry() {
    }

    public PriceListEntry(ProductForm form, SteelGrade grade, BigDecimal basePriceCnyPerTonne, LocalDate validFrom,
            LocalDate validTo) {
        this.form = form;
        this.grade = grade;
        this.basePriceCnyPerTonne = basePriceCnyPerTonne;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Changes price and validity; form and grade are the entry's identity. */
    public void update(BigDecimal price, LocalDate from, LocalDate to) {
        this.basePriceCnyPerTonne = price;
        this.validFrom = from;
        this.validTo = to;
    }

    public ProductForm getForm() {
        return form;
    }

    public SteelGrade getGrade() {
        return grade;
    }

    public BigDecimal getBasePriceCnyPerTonne() {
        return basePriceCnyPerTonne;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** Last day the price is valid, or null when open-ended. */
    public LocalDate getValidTo() {
        return validTo;
    }
}
