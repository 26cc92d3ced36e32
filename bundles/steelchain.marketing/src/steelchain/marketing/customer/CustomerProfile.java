package steelchain.marketing.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;

/**
 * What the shared model knows of one customer, for the customer 360 view: who they are, whom to
 * call, what they bought month by month, and which order lines are still open.
 *
 * @param months    the last months up to the reference month, oldest first, months without orders included
 * @param openLines order lines not yet completed or cancelled, earliest due date first
 */
public record CustomerProfile(String code, String name, Industry industry, String province, String city,
        CustomerGrade grade, BigDecimal creditLimitCny, List<ContactRow> contacts, Lifetime lifetime,
        List<MonthTotal> months, List<OpenLine> openLines) {

    /** One contact person. */
    public record ContactRow(String name, String role, String phone, String email) {
    }

    /**
     * Everything the customer ever ordered, cancelled lines left out.
     *
     * @param firstOrder null when the customer never ordered
     */
    public record Lifetime(long orders, BigDecimal tonnes, BigDecimal revenueCny, LocalDate firstOrder,
            LocalDate lastOrder) {

        /** Revenue per tonne, or null without tonnes. */
        public BigDecimal averagePriceCnyPerTonne() {
            return tonnes.signum() == 0 ? null : revenueCny.divide(tonnes, 0, RoundingMode.HALF_UP);
        }
    }

    /** Tonnes and revenue ordered in one month. */
    public record MonthTotal(YearMonth month, BigDecimal tonnes, BigDecimal revenueCny) {
    }

    /** An order line still to be made or delivered. */
    public record OpenLine(String orderNumber, int lineNumber, ProductForm form, String gradeCode,
            BigDecimal thicknessMm, BigDecimal widthMm, BigDecimal tonnes, BigDecimal priceCnyPerTonne,
            LocalDate dueDate, OrderStatus status) {
    }
}
