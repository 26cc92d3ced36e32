package steelchain.masterdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import steelchain.core.model.ProductForm;

/**
 * An order of an orders file that passed every check of the import
 * ({@link MasterDataImporter#checkOrders}), for a module that writes orders its own way (the
 * marketing module's drop folder confirms them under a contract). Statuses in the file are
 * not carried: the module decides them.
 *
 * @param row        the file line of the order's first row (the header is line 1)
 * @param customerId the database id of the order's customer
 */
public record CheckedOrder(String orderNumber, int row, long customerId, LocalDate orderDate, List<Line> lines) {

    public CheckedOrder {
        lines = List.copyOf(lines);
    }

    /**
     * One checked order line.
     *
     * @param gradeId  the database id of the line's steel grade
     * @param widthMm  null for round products (rebar, wire rod)
     */
    public record Line(int lineNumber, ProductForm form, long gradeId, BigDecimal thicknessMm, BigDecimal widthMm,
            BigDecimal tonnes, LocalDate dueDate, BigDecimal priceCnyPerTonne) {
    }

    /** Total weight of the order in tonnes. */
    public BigDecimal totalTonnes() {
        return lines.stream().map(Line::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
