package steelchain.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One product of an order: form, grade, size, weight, due date and price. */
@Entity
@Table(name = "ORDER_LINE", uniqueConstraints = @UniqueConstraint(columnNames = { "ORDER_ID", "LINE_NUMBER" }))
public class OrderLine extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "ORDER_ID", nullable = false)
    private SalesOrder order;
    @Column(name = "LINE_NUMBER", nullable = false)
    private int lineNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false)
    private ProductForm form;
    @ManyToOne(optional = false)
    @JoinColumn(name = "GRADE_ID", nullable = false)
    private SteelGrade grade;
    /** Thickness, or diameter for round products, in mm. */
    @Column(name = "THICKNESS_MM", precision = 8, scale = 2, nullable = false)
    private BigDecimal thicknessMm;
    /** Width in mm; none for round products. */
    @Column(name = "WIDTH_MM", precision = 8, scale = 1)
    private BigDecimal widthMm;
    @Column(name = "TONNES", precision = 12, scale = 3, nullable = false)
    private BigDecimal tonnes;
    @Column(name = "DUE_DATE", nullable = false)
    private LocalDate dueDate;
    @Column(name = "PRICE_CNY_PER_T", precision = 12, scale = 2, nullable = false)
    private BigDecimal priceCnyPerTonne;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private OrderStatus status = OrderStatus.OPEN;

    protected OrderLine() {
    }

    OrderLine(SalesOrder order, int lineNumber, ProductForm form, SteelGrade grade, BigDecimal thicknessMm,
            BigDecimal widthMm, BigDecimal tonnes, LocalDate dueDate, BigDecimal priceCnyPerTonne) {
        this.order = order;
        this.lineNumber = lineNumber;
        this.form = form;
        this.grade = grade;
        this.thicknessMm = thicknessMm;
        this.widthMm = widthMm;
        this.tonnes = tonnes;
        this.dueDate = dueDate;
        this.priceCnyPerTonne = priceCnyPerTonne;
    }

    public SalesOrder getOrder() {
        return order;
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

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getPriceCnyPerTonne() {
        return priceCnyPerTonne;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    /** Weight times price, CNY, rounded to the fen. */
    public BigDecimal valueCny() {
        return tonnes.multiply(priceCnyPerTonne).setScale(2, RoundingMode.HALF_UP);
    }
}
