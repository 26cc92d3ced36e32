package steelchain.masterdata.validation;

import java.math.BigDecimal;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;

/** A valid row of a customers file; {@code province} and {@code city} may be null. */
public record CustomerRow(String code, String name, Industry industry, String province, String city,
        BigDecimal creditLimit, CustomerGrade grade) {
}
