package steelchain.marketing.ui.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.marketing.sales.OrderDraft;
import steelchain.marketing.sales.QuoteLineDraft;

/** The phone order and quote line forms check every field and name it in the problem. */
class LineFormTest {

    private static LineForm phoneOrder(Locale locale) {
        return new LineForm(locale, true).set(LineForm.Field.CONTRACT, "HT-00001000")
                .set(LineForm.Field.ORDER_NUMBER, "TEL-1").set(LineForm.Field.FORM, "HOT_ROLLED_COIL")
                .set(LineForm.Field.GRADE, "Q235B").set(LineForm.Field.THICKNESS, "2.5")
                .set(LineForm.Field.WIDTH, "1250").set(LineForm.Field.TONNES, "30")
                .set(LineForm.Field.DUE_DATE, LocalDate.now().plusDays(20).toString())
                .set(LineForm.Field.PRICE, "4100");
    }

    @Test
    void aCompletePhoneOrderGivesItsOrder() {
        LineForm form = phoneOrder(Locale.ENGLISH);
        assertTrue(form.problems().isEmpty(), form.problems()::toString);
        OrderDraft order = form.order();
        assertEquals("TEL-1", order.orderNumber());
        assertNull(order.customerCode(), "the contract's customer");
        assertEquals(new BigDecimal("30"), order.totalTonnes());
        assertEquals(new BigDecimal("1250"), order.lines().get(0).widthMm());
    }

    @Test
    void eachWrongFieldIsNamedInBothLanguages() {
        LineForm form = phoneOrder(Locale.ENGLISH).set(LineForm.Field.TONNES, "-3").set(LineForm.Field.ORDER_NUMBER, "")
                .set(LineForm.Field.DUE_DATE, "2026/13/01");
        assertEquals(List.of("Order number: required", "Tonnes (t): must be greater than 0",
                "Due date: must be a date written YYYY-MM-DD"), List.copyOf(form.problems().values()));
        assertThrows(IllegalStateException.class, form::order);
        LineForm chinese = phoneOrder(Locale.SIMPLIFIED_CHINESE).set(LineForm.Field.PRICE, "abc");
        assertEquals(List.of("单价(元/吨)：必须是数字"), List.copyOf(chinese.problems().values()));
    }

    @Test
    void roundProductsHaveNoWidthAndFlatOnesNeedOne() {
        LineForm rebar = phoneOrder(Locale.ENGLISH).set(LineForm.Field.FORM, "REBAR");
        assertEquals(List.of("Width (mm): must be empty for REBAR: a round product has a diameter and no width"),
                List.copyOf(rebar.problems().values()));
        assertTrue(rebar.set(LineForm.Field.WIDTH, "").problems().isEmpty());
        assertEquals(List.of("Width (mm): required"),
                List.copyOf(phoneOrder(Locale.ENGLISH).set(LineForm.Field.WIDTH, " ").problems().values()));
    }

    @Test
    void aQuoteLineHasNoContractOrderNumberOrDueDate() {
        LineForm quote = new LineForm(Locale.ENGLISH, false).set(LineForm.Field.FORM, "PLATE")
                .set(LineForm.Field.GRADE, "Q345B").set(LineForm.Field.THICKNESS, "20")
                .set(LineForm.Field.WIDTH, "2000").set(LineForm.Field.TONNES, "120").set(LineForm.Field.PRICE, "4500");
        assertFalse(quote.has(LineForm.Field.CONTRACT));
        assertTrue(quote.problems().isEmpty(), quote.problems()::toString);
        QuoteLineDraft line = quote.quoteLine();
        assertEquals(new BigDecimal("4500"), line.priceCnyPerTonne());
    }
}
