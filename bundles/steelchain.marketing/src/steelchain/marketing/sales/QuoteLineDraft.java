package steelchain.marketing.sales;

import java.math.BigDecimal;

import steelchain.core.model.ProductForm;

/**
 * A line of a quote to make.
 *
 * @param widthMm null for round products (rebar, wire rod)
 */
public record QuoteLineDraft(ProductForm form, String gradeCode, BigDecimal thicknessMm, BigDecimal widthMm,
        BigDecimal tonnes, BigDecimal priceCnyPerTonne) {
}
