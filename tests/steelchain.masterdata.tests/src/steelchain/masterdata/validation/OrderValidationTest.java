package steelchain.masterdata.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static steelchain.masterdata.validation.Check.assertProblem;
import static steelchain.masterdata.validation.Check.lines;
import static steelchain.masterdata.validation.Check.onlyProblem;
import static steelchain.masterdata.validation.Check.passed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.validation.OrderBatch.Line;
import steelchain.masterdata.validation.OrderBatch.Order;

class OrderValidationTest {

    private static final String HEADER = "order_number,customer_code,order_date,line_number,form,grade_code,"
            + "thickness_mm,width_mm,tonnes,due_date,price_cny_per_t,status,order_status";
    private static final References REFERENCES = new References(Map.of("C001", 1L, "C002", 2L),
            Map.of("Q235B", 10L, "HRB400E", 11L));

    @TempDir
    Path folder;

    private ImportProblem problemOf(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return onlyProblem(lines(folder, new OrderValidator(REFERENCES), lines));
    }

    @Test
    void keepsValidOrdersCompactlyWithTheirLines() {
        OrderBatch batch = passed(lines(folder, new OrderValidator(REFERENCES), HEADER,
                "SO-1,C001,2026-03-05,10,HOT_ROLLED_COIL,Q235B,2.5,1250,25.125,2026-04-30,4120.50,,",
                "SO-1,C001,2026/3/5,20,rebar,HRB400E,16,,30,2026-05-31,3850,CONFIRMED,",
                "SO-2,C002,2026-03-06,1,PLATE,Q235B,20.00,2000.0,12.000,2026-03-06,4500,,CONFIRMED"));
        List<Order> orders = batch.orders();
        assertEquals(2, orders.size());
        assertEquals(new Order("SO-1", 1L, (int) LocalDate.of(2026, 3, 5).toEpochDay(), null, 0, 2), orders.get(0));
        assertEquals(OrderStatus.CONFIRMED, orders.get(1).status());
        List<Line> lines = batch.linesOf(orders.get(0));
        assertEquals(new Line(10, ProductForm.HOT_ROLLED_COIL, 10L, 250, 12500, 25125,
                (int) LocalDate.of(2026, 4, 30).toEpochDay(), 412050, null), lines.get(0));
        Line rebar = lines.get(1);
        assertEquals(OrderBatch.NO_WIDTH, rebar.widthTenthsMm());
        assertNull(rebar.widthMm());
        assertEquals("16.00", rebar.thicknessMm().toPlainString());
        assertEquals(OrderStatus.CONFIRMED, rebar.status());
        assertEquals(1, batch.linesOf(orders.get(1)).size());
    }

    @Test
    void readsChineseHeaders() {
        OrderBatch batch = passed(lines(folder, new OrderValidator(REFERENCES),
                "订单号,客户编码,订单日期,行号,产品形态,牌号,厚度(mm),宽度(mm),重量(吨),交货日期,单价(元/吨),状态,订单状态",
                "SO-1,C001,2026-03-05,1,WIRE_ROD,HRB400E,6.5,,10,2026-04-01,3900,OPEN,OPEN"));
        assertEquals(1, batch.lines().size());
    }

    @Test
    void customerAndGradeMustExist() {
        assertProblem(problemOf("SO-1,C999,2026-03-05,1,PLATE,Q235B,20,2000,10,2026-04-01,1,,"), 2, "customer_code",
                "C999", Reason.UNKNOWN_CUSTOMER);
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q999,20,2000,10,2026-04-01,1,,"), 2, "grade_code",
                "Q999", Reason.UNKNOWN_GRADE);
    }

    @Test
    void datesAreRealAndNothingIsDueBeforeItIsOrdered() {
        assertProblem(problemOf("SO-1,C001,2026-02-30,1,PLATE,Q235B,20,2000,10,2026-04-01,1,,"), 2, "order_date",
                "2026-02-30", Reason.NOT_DATE);
        assertProblem(problemOf("SO-1,C001,05.03.2026,1,PLATE,Q235B,20,2000,10,2026-04-01,1,,"), 2, "order_date",
                "05.03.2026", Reason.NOT_DATE);
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,10,2026-03-04,1,,"), 2, "due_date",
                "2026-03-04", Reason.DUE_BEFORE_ORDER, "2026-03-05");
    }

    @Test
    void roundProductsHaveNoWidthAndFlatOnesNeedOne() {
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,REBAR,HRB400E,16,100,10,2026-04-01,1,,"), 2, "width_mm",
                "100", Reason.WIDTH_FOR_ROUND, "REBAR");
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,0,10,2026-04-01,1,,"), 2, "width_mm", "0",
                Reason.NOT_POSITIVE);
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,COLD_ROLLED_COIL,Q235B,1.2,,10,2026-04-01,1,,"), 2,
                "width_mm", "", Reason.WIDTH_REQUIRED, "COLD_ROLLED_COIL");
    }

    @Test
    void quantitiesArePositiveAndPricesNotNegative() {
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,0,2026-04-01,1,,"), 2, "tonnes", "0",
                Reason.NOT_POSITIVE);
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,-20,2000,1,2026-04-01,1,,"), 2, "thickness_mm",
                "-20", Reason.NOT_POSITIVE);
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,-0.01,,"), 2,
                "price_cny_per_t", "-0.01", Reason.NEGATIVE);
        assertProblem(problemOf("SO-1,C001,2026-03-05,0,PLATE,Q235B,20,2000,1,2026-04-01,1,,"), 2, "line_number",
                "0", Reason.NOT_POSITIVE);
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,SHEET,Q235B,20,2000,1,2026-04-01,1,,"), 2, "form", "SHEET",
                Reason.NOT_ONE_OF, "HOT_ROLLED_COIL, COLD_ROLLED_COIL, GALVANIZED_COIL, PLATE, REBAR, WIRE_ROD");
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,DONE,"), 2, "status",
                "DONE", Reason.NOT_ONE_OF, "OPEN, CONFIRMED, IN_PRODUCTION, SHIPPED, COMPLETED, CANCELLED");
    }

    @Test
    void aLineNumberAppearsOncePerOrder() {
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,",
                "SO-1,C001,2026-03-05,2,PLATE,Q235B,20,2000,1,2026-04-01,1,,",
                "SO-1,C001,2026-03-05,1,PLATE,Q235B,30,2000,1,2026-04-01,1,,",
                "SO-2,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,"), 4, "line_number", "1",
                Reason.DUPLICATE_LINE, "1", "SO-1", "2");
    }

    @Test
    void theLinesOfAnOrderAreTogetherAndAgreeOnTheOrder() {
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,",
                "SO-2,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,",
                "SO-1,C001,2026-03-05,2,PLATE,Q235B,20,2000,1,2026-04-01,1,,"), 4, "order_number", "SO-1",
                Reason.ORDER_NOT_TOGETHER, "SO-1", "2");
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,",
                "SO-1,C002,2026-03-05,2,PLATE,Q235B,20,2000,1,2026-04-01,1,,"), 3, "customer_code", "C002",
                Reason.DIFFERS_IN_ORDER, "2", "C001");
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,",
                "SO-1,C001,2026-03-06,2,PLATE,Q235B,20,2000,1,2026-04-01,1,,"), 3, "order_date", "2026-03-06",
                Reason.DIFFERS_IN_ORDER, "2", "2026-03-05");
        assertProblem(problemOf("SO-1,C001,2026-03-05,1,PLATE,Q235B,20,2000,1,2026-04-01,1,,OPEN",
                "SO-1,C001,2026-03-05,2,PLATE,Q235B,20,2000,1,2026-04-01,1,,"), 3, "order_status", "",
                Reason.DIFFERS_IN_ORDER, "2", "OPEN");
    }
}
