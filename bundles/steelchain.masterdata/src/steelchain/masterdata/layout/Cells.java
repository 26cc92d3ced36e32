package steelchain.masterdata.layout;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How values are written into cells, so that the importer reads them back as they were. */
public final class Cells {

    private Cells() {
    }

    /**
     * Empty for no value; numbers without exponent and with the database's decimals
     * ({@code 12.500}); dates as {@code YYYY-MM-DD}; choices by name.
     */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
