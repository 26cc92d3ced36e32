package steelchain.marketing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import steelchain.marketing.pricing.PriceService.PriceListRow;

/** The checks a price list row passes before it is saved, one problem per field at most. */
final class PriceListRules {

    /** A list price above this is a typing error: the dearest special plate sells well below. */
    static final BigDecimal MAX_PRICE = new BigDecimal("100000");

    private PriceListRules() {
    }

    /**
     * @param others      the saved entries of the same form and grade (the row itself may be among them)
     * @param gradeExists whether the row's grade code names a steel grade
     */
    static List<PriceListProblem> check(PriceListRow row, List<PriceListRow> others, boolean gradeExists) {
        List<PriceListProblem> problems = new ArrayList<>();
        if (row.form() == null) {
            problems.add(new PriceListProblem("form", "problem.required"));
        }
        if (row.gradeCode() == null || row.gradeCode().isBlank()) {
            problems.add(new PriceListProblem("grade", "problem.required"));
        } else if (!gradeExists) {
            problems.add(new PriceListProblem("grade", "problem.unknownGrade", row.gradeCode()));
        }
        BigDecimal price = row.basePrice();
        if (price == null) {
            problems.add(new PriceListProblem("basePrice", "problem.required"));
        } else if (price.signum() <= 0) {
            problems.add(new PriceListProblem("basePrice", "problem.pricePositive", price.toPlainString()));
        } else if (price.compareTo(MAX_PRICE) > 0) {
            problems.add(new PriceListProblem("basePrice", "problem.priceTooHigh", price.toPlainString(),
                    MAX_PRICE.toPlainString()));
        } else if (price.stripTrailingZeros().scale() > 2) {
            problems.add(new PriceListProblem("basePrice", "problem.priceDecimals", price.toPlainString()));
        }
        if (row.validFrom() == null) {
            problems.add(new PriceListProblem("validFrom", "problem.required"));
        } else if (row.validTo() != null && row.validTo().isBefore(row.validFrom())) {
            problems.add(new PriceListProblem("validTo", "problem.toBeforeFrom", row.validTo().toString(),
                    row.validFrom().toString()));
        } else {
            for (PriceListRow other : others) {
                if (row.id() == null || !Objects.equals(other.id(), row.id())) {
                    if (overlaps(row, other)) {
                        problems.add(new PriceListProblem("validFrom", "problem.overlap", other.validFrom().toString(),
                                other.validTo() == null ? "…" : other.validTo().toString()));
                        break;
                    }
                }
            }
        }
        return problems;
    }

    private static boolean overlaps(PriceListRow a, PriceListRow b) {
        LocalDate aEnd = a.validTo() == null ? LocalDate.MAX : a.validTo();
        LocalDate bEnd = b.validTo() == null ? LocalDate.MAX : b.validTo();
        return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
    }

    /** List price less tier and then volume discount, in whole CNY. */
    static BigDecimal price(BigDecimal listPrice, BigDecimal tierDiscountPct, BigDecimal volumeDiscountPct) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal factor = hundred.subtract(tierDiscountPct).multiply(hundred.subtract(volumeDiscountPct));
        return listPrice.multiply(factor).divide(hundred.multiply(hundred), 0, RoundingMode.HALF_UP);
    }
}
