package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

/** One product of a quote: form, grade, size, tonnes and price. */
@Entity
@Table(name = "MK_QUOTE_LINE", uniqueConstraints = @UniqueConstraint(columnNames = { "QUOTE_ID", "LINE_NUMBER" }))
public class QuoteLine extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "QUOTE_ID", nullable = false)
    private Quote quote;
    @Column(name = "LINE_NUMBER", nullable = false)
    private int lineNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false)
    private ProductForm form;
    @ManyToOne(optional = false)
    @JoinColumn(name = "GRADE_ID", nullable = false)
    private SteelGrade grade;
    /** Thickness, or diameter of round products, in mm. */
    @Column(name = "THICKNESS_MM", precision = 8, scale = 2, nullable = false)
    private BigDecimal thicknessMm;
    /** Width in mm; none for round products. */
    @Column(name = "WIDTH_MM", precision = 8, scale = 1)
    private BigDecimal widthMm;
    @Column(name = "TONNES", precision = 12, scale = 3, nullable = false)
    private BigDecimal tonnes;
    @Column(name = "PRICE_CNY_PER_T", precision = 12, scale = 2, nullable = false)
    private BigDecimal priceCnyPerTonne;

    protected QuoteLine() {
    }

    QuoteLine(Quote quote, int lineNumber, ProductForm form, SteelGrade grade, BigDecimal thicknessMm,
            BigDecimal widthMm, BigDecimal tonnes, BigDecimal priceCnyPerTonne) {
        this.quote = quote;
        this.lineNumber = lineNumber;
        this.form = form;
        this.grade = grade;
        this.thicknessMm = thicknessMm;
        this.widthMm = widthMm;
        this.tonnes = tonnes;
        this.priceCnyPerTonne = priceCnyPerTonne;
    }

    public Quote getQuote() {
        return quote;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public ProductForm getForm() {
        return form;
    }

    public SteelGrade getGrade() {
        return grade;
    }

    public BigDecimal getThicknessMm() {
        return thicknessMm;
    }

    public BigDecimal getWidthMm() {
        return widthMm;
    }

    public BigDecimal getTonnes() {
        return tonnes;
    }

    public BigDecimal getPriceCnyPerTonne() {
        return priceCnyPerTonne;
    }

    public BigDecimal valueCny() {
        return tonnes.multiply(priceCnyPerTonne).setScale(2, RoundingMode.HALF_UP);
    }
}
