package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import steelchain.core.model.ProductForm;

/**
 * An order to confirm under a contract.
 *
 * @param customerCode the customer as the order names it, checked against the contract's; null
 *                     takes the contract's customer
 */
public record OrderDraft(String orderNumber, String customerCode, LocalDate orderDate, List<Line> lines) {

    public OrderDraft {
        lines = List.copyOf(lines);
    }

    /**
     * @param widthMm null for round products (rebar, wire rod)
     */
    public record Line(ProductForm form, String gradeCode, BigDecimal thicknessMm, BigDecimal widthMm,
            BigDecimal tonnes, LocalDate dueDate, BigDecimal priceCnyPerTonne) {
    }

    public BigDecimal totalTonnes() {
        return lines.stream().map(Line::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
