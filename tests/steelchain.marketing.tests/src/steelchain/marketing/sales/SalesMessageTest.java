package steelchain.marketing.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.core.model.ProductForm;

/** A message of the sales loop is stored once and read in each user's language. */
class SalesMessageTest {

    @Test
    void wordsAreReadInTheReadersLanguageAfterAStoredRoundTrip() {
        SalesMessage written = SalesMessage.of("change.opportunityGrade", "C000017", ProductForm.HOT_ROLLED_COIL,
                "Q355B", new BigDecimal("120.500"), SalesChannel.PHONE);
        SalesMessage read = SalesMessage.stored(written.key(), written.encodedArguments(), null);
        assertEquals(written, read);
        assertEquals("customer C000017, Hot-rolled coil Q355B, 120.500 t (phone)", read.text(Locale.ENGLISH));
        assertEquals("客户 C000017，热轧卷 Q355B，120.500 吨，渠道：电话", read.text(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void statesComplaintTypesAndDatesAreArgumentsToo() {
        SalesMessage complaint = SalesMessage.of("detail.complaint", ServiceCaseType.QUALITY, "edge cracks; 3 coils");
        assertEquals("quality: edge cracks; 3 coils", complaint.text(Locale.ENGLISH));
        SalesMessage due = SalesMessage.of("change.lineDue", 2, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 8));
        assertEquals("第 2 行：交期 2026-03-01 \u2192 2026-03-08",
                SalesMessage.stored(due.key(), due.encodedArguments(), null).text(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anEntryWrittenBeforeMessagesKeepsItsText() {
        SalesMessage old = SalesMessage.stored(null, null, "line 1 tonnes: 25.000 -> 30.000");
        assertEquals("line 1 tonnes: 25.000 -> 30.000", old.text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("", SalesMessage.plain(null).text(Locale.ENGLISH));
    }
}
