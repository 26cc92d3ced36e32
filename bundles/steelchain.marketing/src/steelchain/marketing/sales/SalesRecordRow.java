package steelchain.marketing.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

import steelchain.core.model.ProductForm;

/**
 * One record of the sales loop as lists show it.
 *
 * @param state     the state's enum name; see {@link SalesTexts#stateName}
 * @param date      captured, quoted, signed, ordered, shipped, due or opened on
 * @param tonnes    estimated, quoted, contracted, ordered or shipped; null for payments and cases
 * @param valueCny  quoted, contracted, ordered or invoiced value; null where there is none
 * @param source    the number of the record of the step before (opportunity of a quote, ...)
 * @param detail    product and channel, credit approver, paid date, complaint type and text, in the
 *                  reader's language
 * @param overdue   a payment unpaid after its due date
 * @param form      the product form an opportunity asks for; null for the other records
 * @param gradeCode the grade an opportunity asks for; null when any will do, and for the other records
 */
public record SalesRecordRow(SalesRecordType type, String number, String customerCode, String customerName,
        String state, LocalDate date, BigDecimal tonnes, BigDecimal valueCny, String source, SalesMessage detail,
        boolean overdue, ProductForm form, String gradeCode) {
}
