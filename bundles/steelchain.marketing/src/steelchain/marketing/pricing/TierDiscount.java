package steelchain.marketing.pricing;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.CustomerGrade;

/** The discount off list, in percent, a customer of a grade gets; negative for a surcharge. */
@Entity
@Table(name = "MKT_TIER_DISCOUNT")
public class TierDiscount extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "CUSTOMER_GRADE", length = 1, nullable = false, unique = true)
    private CustomerGrade customerGrade;
    @Column(name = "DISCOUNT_PCT", precision = 5, scale = 2, nullable = false)
    private BigDecimal discountPercent;

    protected TierDiscount() {
    }

    public CustomerGrade getCustomerGrade() {
        return customerGrade;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }
}
