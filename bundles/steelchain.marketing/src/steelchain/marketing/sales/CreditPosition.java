package steelchain.marketing.sales;

import java.math.BigDecimal;

/**
 * A customer's credit as the sales loop counts it, in CNY.
 *
 * @param openReceivablesCny contracted or ordered but not yet paid
 * @param remainingCreditCny credit limit minus open receivables (negative when over the limit)
 * @param overdueCny         invoiced, unpaid and past the due date
 */
public record CreditPosition(String customerCode, BigDecimal creditLimitCny, BigDecimal openReceivablesCny,
        BigDecimal remainingCreditCny, BigDecimal overdueCny) {
}
