package steelchain.core.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The allowed content of one chemical element in a steel grade, in mass percent. A missing
 * minimum means "no lower limit" (the usual case for P and S, which only have a maximum).
 */
@Embeddable
public class ElementRange {

    @Column(name = "SYMBOL", length = 3, nullable = false)
    private String element;
    @Column(name = "MIN_PERCENT", precision = 7, scale = 4)
    private BigDecimal minPercent;
    @Column(name = "MAX_PERCENT", precision = 7, scale = 4)
    private BigDecimal maxPercent;

    protected ElementRange() {
    }

    public ElementRange(String element, BigDecimal minPercent, BigDecimal maxPercent) {
        this.element = element;
        this.minPercent = minPercent;
        this.maxPercent = maxPercent;
    }

    /** Chemical symbol: C, Si, Mn, P, S, Cr, Ni, Cu, Mo, V, Nb, Ti, Al, B, N. */
    public String getElement() {
        return element;
    }

    public BigDecimal getMinPercent() {
        return minPercent;
    }

    public BigDecimal getMaxPercent() {
        return maxPercent;
    }
}
