package steelchain.marketing.pricing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.ProductForm;

/**
 * Full cost of a tonne of a product form, CNY: raw material, energy, conversion and overhead. One
 * figure per form that a planner keeps current; grades and sizes are not costed apart.
 */
@Entity
@Table(name = "MKT_UNIT_COST")
public class UnitCost extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false, unique = true)
    private ProductForm form;
    @Column(name = "COST_CNY_PER_T", precision = 12, scale = 2, nullable = false)
    private BigDecimal costCnyPerTonne;

    protected UnitCost() {
    }

    public UnitCost(ProductForm form, BigDecimal costCnyPerTonne) {
        this.form = form;
        this.costCnyPerTonne = costCnyPerTonne;
    }

    public ProductForm getForm() {
        return form;
    }

    public BigDecimal getCostCnyPerTonne() {
        return costCnyPerTonne;
    }

    public void setCostCnyPerTonne(BigDecimal costCnyPerTonne) {
        this.costCnyPerTonne = costCnyPerTonne;
    }
}
