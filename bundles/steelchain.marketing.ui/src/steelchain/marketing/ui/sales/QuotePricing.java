package steelchain.marketing.ui.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import steelchain.core.text.Texts;
import steelchain.marketing.pricing.PriceService;
import steelchain.marketing.pricing.PriceService.Quote;
import steelchain.marketing.pricing.PricingException;

/**
 * What a salesperson sees while typing a quote line: the list price and the customer's
 * discounts, the unit cost and the margin at the price typed, and what this customer paid for
 * the same steel before. Reads the price service; kept apart from SWT for tests.
 */
final class QuotePricing {

    static final int HISTORY_SHOWN = 5;
    private static final Texts TEXTS = Texts.of(QuotePricing.class);

    private final PriceService prices;
    private final String customerCode;
    private final Locale locale;
    private final NumberFormat whole;

    QuotePricing(PriceService prices, String customerCode, Locale locale) {
        this.prices = prices;
        this.customerCode = customerCode;
        this.locale = locale;
        this.whole = NumberFormat.getIntegerInstance(locale);
    }

    /** The price the list and discounts give for the line, when form, grade and tonnes say enough. */
    BigDecimal suggestedPrice(LineForm line) {
        if (!priceable(line)) {
            return null;
        }
        try {
            return quote(line).price();
        } catch (PricingException e) {
            return null;
        }
    }

    /** Lines of advice for the line as typed so far; empty until form, grade and tonnes are there. */
    List<String> advice(LineForm line) {
        if (!priceable(line)) {
            return List.of();
        }
        Quote quote;
        try {
            quote = quote(line);
        } catch (PricingException e) {
            return List.of(e.message(locale));
        }
        List<String> advice = new ArrayList<>();
        advice.add(TEXTS.get(locale, "pricing.list", cny(quote.listPrice()), percent(quote.tierDiscountPct()),
                quote.customerGrade().name(), percent(quote.volumeDiscountPct()), cny(quote.price())));
        BigDecimal typed = line.price();
        BigDecimal price = typed == null ? quote.price() : typed;
        BigDecimal margin = price.subtract(quote.unitCost());
        String marginPercent = price.signum() == 0 ? "-"
                : percent(margin.multiply(BigDecimal.valueOf(100)).divide(price, 1, RoundingMode.HALF_UP));
        advice.add(TEXTS.get(locale, typed == null ? "pricing.marginSuggested" : "pricing.marginTyped",
                cny(quote.unitCost()), cny(margin), marginPercent));
        if (quote.history().isEmpty()) {
            advice.add(TEXTS.get(locale, "pricing.noHistory"));
        } else {
            List<String> paid = quote.history().subList(0, Math.min(HISTORY_SHOWN, quote.history().size())).stream()
                    .map(before -> TEXTS.get(locale, "pricing.paid", before.orderDate().toString(), cny(before.price())))
                    .toList();
            advice.add(TEXTS.get(locale, "pricing.history", String.join(TEXTS.get(locale, "pricing.separator"), paid)));
        }
        return advice;
    }

    private static boolean priceable(LineForm line) {
        BigDecimal tonnes = line.tonnes();
        return line.productForm() != null && !line.get(LineForm.Field.GRADE).isBlank() && tonnes != null
                && tonnes.signum() > 0;
    }

    private Quote quote(LineForm line) {
        return prices.quote(customerCode, line.productForm(), line.get(LineForm.Field.GRADE).trim(), line.tonnes(),
                LocalDate.now());
    }

    private String cny(BigDecimal value) {
        return whole.format(value);
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
