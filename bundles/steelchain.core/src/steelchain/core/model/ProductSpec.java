package steelchain.core.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * What a product form can be ordered in: dimension ranges and tolerances in mm. For round
 * products (rebar, wire rod) the thickness is the diameter and there is no width.
 */
@Entity
@Table(name = "PRODUCT_SPEC")
public class ProductSpec extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false)
    private ProductForm form;
    @Column(name = "THICKNESS_MIN_MM", precision = 8, scale = 2, nullable = false)
    private BigDecimal thicknessMinMm;
    @Column(name = "THICKNESS_MAX_MM", precision = 8, scale = 2, nullable = false)
    private BigDecimal thicknessMaxMm;
    @Column(name = "WIDTH_MIN_MM", precision = 8, scale = 1)
    private BigDecimal widthMinMm;
    @Column(name = "WIDTH_MAX_MM", precision = 8, scale = 1)
    private BigDecimal widthMaxMm;
    /** Plus/minus tolerance on thickness (diameter). */
    @Column(name = "THICKNESS_TOL_MM", precision = 6, scale = 3, nullable = false)
    private BigDecimal thicknessToleranceMm;
    @Column(name = "WIDTH_TOL_MM", precision = 6, scale = 1)
    private BigDecimal widthToleranceMm;

    protected ProductSpec() {
    }

    public ProductSpec(String code, ProductForm form, BigDecimal thicknessMinMm, BigDecimal thicknessMaxMm,
            BigDecimal widthMinMm, BigDecimal widthMaxMm, BigDecimal thicknessToleranceMm,
            BigDecimal widthToleranceMm) {
        this.code = code;
        this.form = form;
        this.thicknessMinMm = thicknessMinMm;
        this.thicknessMaxMm = thicknessMaxMm;
        this.widthMinMm = widthMinMm;
        this.widthMaxMm = widthMaxMm;
        this.thicknessToleranceMm = thicknessToleranceMm;
        this.widthToleranceMm = widthToleranceMm;
    }

    public String getCode() {
        return code;
    }

    public ProductForm getForm() {
        return form;
    }

    public BigDecimal getThicknessMinMm() {
        return thicknessMinMm;
    }

    public BigDecimal getThicknessMaxMm() {
        return thicknessMaxMm;
    }

    public BigDecimal getWidthMinMm() {
        return widthMinMm;
    }

    public BigDecimal getWidthMaxMm() {
        return widthMaxMm;
    }

    public BigDecimal getThicknessToleranceMm() {
        return thicknessToleranceMm;
    }

    public BigDecimal getWidthToleranceMm() {
        return widthToleranceMm;
    }

    /** Whether an ordered size lies within this specification's ranges. */
    public boolean admits(BigDecimal thicknessMm, BigDecimal widthMm) {
        boolean thicknessOk = thicknessMm.compareTo(thicknessMinMm) >= 0 && thicknessMm.compareTo(thicknessMaxMm) <= 0;
        if (form.isRound() || widthMinMm == null) {
            return thicknessOk;
        }
        return thicknessOk && widthMm != null && widthMm.compareTo(widthMinMm) >= 0 && widthMm.compareTo(widthMaxMm) <= 0;
    }
}
