package steelchain.marketing.ui.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import steelchain.marketing.sales.SalesMessage;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.sales.SalesRecordType;

/** Which actions the pipeline offers for a record: only the steps its state allows. */
class SalesActionTest {

    private static SalesRecordRow row(SalesRecordType type, String state) {
        return new SalesRecordRow(type, "X-1", "C1", "客户", state, null, null, null, null, SalesMessage.plain(""), false, null,
                null);
    }

    @Test
    void offersOnlyTheNextStepsOfTheState() {
        assertEquals(EnumSet.noneOf(SalesAction.class), SalesAction.availableFor(null));
        assertEquals(EnumSet.of(SalesAction.NEXT_STEP, SalesAction.LOSE_OPPORTUNITY),
                SalesAction.availableFor(row(SalesRecordType.OPPORTUNITY, "OPEN")));
        assertEquals(EnumSet.noneOf(SalesAction.class), SalesAction.availableFor(row(SalesRecordType.OPPORTUNITY, "QUOTED")));
        assertEquals(EnumSet.of(SalesAction.APPROVE_CREDIT, SalesAction.REJECT_CREDIT),
                SalesAction.availableFor(row(SalesRecordType.CONTRACT, "CREDIT_PENDING")));
        assertEquals(EnumSet.of(SalesAction.NEXT_STEP, SalesAction.CLOSE_CONTRACT),
                SalesAction.availableFor(row(SalesRecordType.CONTRACT, "ACTIVE")));
        assertEquals(EnumSet.noneOf(SalesAction.class),
                SalesAction.availableFor(row(SalesRecordType.CONTRACT, "CREDIT_REJECTED")));
        assertEquals(EnumSet.noneOf(SalesAction.class), SalesAction.availableFor(row(SalesRecordType.CONTRACT, "CLOSED")));
        assertEquals(EnumSet.of(SalesAction.NEXT_STEP, SalesAction.CANCEL_ORDER, SalesAction.OPEN_COMPLAINT),
                SalesAction.availableFor(row(SalesRecordType.ORDER, "CONFIRMED")));
        assertEquals(EnumSet.noneOf(SalesAction.class), SalesAction.availableFor(row(SalesRecordType.ORDER, "CANCELLED")));
        assertEquals(EnumSet.of(SalesAction.NEXT_STEP), SalesAction.availableFor(row(SalesRecordType.PAYMENT, "OPEN")));
        assertEquals(EnumSet.noneOf(SalesAction.class), SalesAction.availableFor(row(SalesRecordType.PAYMENT, "PAID")));
    }
}
