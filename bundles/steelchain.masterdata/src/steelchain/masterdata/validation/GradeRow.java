package steelchain.masterdata.validation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A valid row of a steel grades file. Mechanical limits and the description may be null;
 * the chemistry lists the elements with a limit, in the layout's element order.
 */
public record GradeRow(String code, String standard, String description, Integer yieldMinMpa, Integer tensileMinMpa,
        Integer tensileMaxMpa, BigDecimal elongationMinPercent, List<ElementLimits> chemistry) {

    public GradeRow {
        chemistry = List.copyOf(chemistry);
    }

    /** The limits of one element in mass percent; either may be null, not both. */
    public record ElementLimits(String element, BigDecimal minPercent, BigDecimal maxPercent) {
    }
}
