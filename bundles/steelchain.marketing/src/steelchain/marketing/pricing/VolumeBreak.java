package steelchain.marketing.pricing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import steelchain.core.model.BaseEntity;

/** From {@code minTonnes} on one order line, this discount off list in percent (the highest break reached counts). */
@Entity
@Table(name = "MKT_VOLUME_BREAK")
public class VolumeBreak extends BaseEntity {

    @Column(name = "MIN_TONNES", precision = 12, scale = 3, nullable = false, unique = true)
    private BigDecimal minTonnes;
    @Column(name = "DISCOUNT_PCT", precision = 5, scale = 2, nullable = false)
    private BigDecimal discountPercent;

    protected VolumeBreak() {
    }

    public BigDecimal getMinTonnes() {
        return minTonnes;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }
}
