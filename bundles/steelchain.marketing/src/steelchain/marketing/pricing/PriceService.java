package steelchain.marketing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.ProductForm;

/**
 * Prices, costs and margins of the steel the mill sells, offered as an OSGi service: the quote of
 * the sales loop asks {@link #quote} for the price of one line, the price list view reads and edits
 * the list. All prices and costs in CNY per tonne.
 */
public interface PriceService {

    /** One entry of the price list; {@code id} is null for an entry not yet saved, {@code validTo} null when open. */
    record PriceListRow(Long id, ProductForm form, String gradeCode, BigDecimal basePrice, LocalDate validFrom,
            LocalDate validTo) {
    }

    /** A price this customer paid: order, day, tonnes and CNY per tonne. */
    record PricePaid(String orderNumber, LocalDate orderDate, BigDecimal tonnes, BigDecimal price) {
    }

    /**
     * The price of one line for one customer.
     *
     * @param listPrice         base price of the list valid on the day
     * @param tierDiscountPct   percent off list for the customer's grade (negative: surcharge)
     * @param volumeDiscountPct percent off list for the line's tonnes
     * @param price             the resulting price: list less both discounts (applied one after the other), whole CNY
     * @param unitCost          full cost of a tonne of the form
     * @param margin            price less cost, per tonne
     * @param marginRatio       margin over price (0.08 = 8 %)
     * @param history           what the customer paid for this form and grade before, newest first
     */
    record Quote(String customerCode, CustomerGrade customerGrade, ProductForm form, String gradeCode,
            BigDecimal tonnes, LocalDate date, BigDecimal listPrice, BigDecimal tierDiscountPct,
            BigDecimal volumeDiscountPct, BigDecimal price, BigDecimal unitCost, BigDecimal margin,
            BigDecimal marginRatio, List<PricePaid> history) {
    }

    /**
     * Prices {@code tonnes} of {@code gradeCode} in {@code form} for the customer on {@code date}.
     *
     * @throws PricingException when the customer or grade is unknown, the tonnes are not positive, no price
     *                          is listed for the day, or the form has no unit cost
     */
    Quote quote(String customerCode, ProductForm form, String gradeCode, BigDecimal tonnes, LocalDate date);

    /** The whole price list by form, grade and first day. */
    List<PriceListRow> priceList();

    /** The problems {@link #save} would refuse {@code row} for, one per field; empty when it is valid. */
    List<PriceListProblem> check(PriceListRow row);

    /**
     * Adds the row (id null) or changes the entry with its id.
     *
     * @return the row as saved, with its id
     * @throws PricingException when {@link #check} finds problems (the first is the message) or the entry is gone
     */
    PriceListRow save(PriceListRow row);

    /** Deletes the entry with this id; nothing when there is none. */
    void delete(long id);

    /** The discount in percent per customer grade. */
    Map<CustomerGrade, BigDecimal> tierDiscounts();

    /** Volume breaks: minimum tonnes of a line to discount percent, smallest first. */
    Map<BigDecimal, BigDecimal> volumeBreaks();

    /** Full cost per tonne of each product form that has one. */
    Map<ProductForm, BigDecimal> unitCosts();

    /**
     * Sets the cost per tonne of a form.
     *
     * @throws PricingException when the cost is not above zero
     */
    void setUnitCost(ProductForm form, BigDecimal costCnyPerTonne);
}
