package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.TestFiles;
import steelchain.masterdata.edit.OrderForm.Header;
import steelchain.masterdata.edit.OrderForm.LineValues;
import steelchain.masterdata.edit.OrderForm.Lookups;
import steelchain.masterdata.validation.FileValidator;
import steelchain.masterdata.validation.OrderBatch;
import steelchain.masterdata.validation.OrderValidator;
import steelchain.masterdata.validation.References;
import steelchain.masterdata.validation.Validation;

/** The order editor's model: the import's rules per field and across fields, lines, messages. */
class OrderFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;

    private final List<String> numbersAsked = new ArrayList<>();
    private final Lookups lookups = new Lookups(Map.of("C900", "Jiangsu Appliance Steel")::get,
            code -> code.equals("Q235B") || code.equals("HRB400E"), number -> {
                numbersAsked.add(number);
                return number.equals("SO-TAKEN");
            });

    private OrderForm validNewOrder() {
        OrderForm form = OrderForm.create(TODAY, lookups);
        form.set(OrderForm.NUMBER, "SO-900");
        form.set(OrderForm.CUSTOMER, "C900");
        fill(form, 0, "HOT_ROLLED_COIL", "Q235B", "2.5", "1250", "120", "2026-04-15", "4100");
        return form;
    }

    private static void fill(OrderForm form, int line, String productForm, String grade, String thickness, String width,
            String tonnes, String due, String price) {
        form.setLine(line, OrderForm.FORM, productForm);
        form.setLine(line, OrderForm.GRADE, grade);
        form.setLine(line, OrderForm.THICKNESS, thickness);
        form.setLine(line, OrderForm.WIDTH, width);
        form.setLine(line, OrderForm.TONNES, tonnes);
        form.setLine(line, OrderForm.DUE_DATE, due);
        form.setLine(line, OrderForm.PRICE, price);
    }

    @Test
    void aNewOrderIsDatedTodayOpenAndHasOneLineToFill() {
        OrderForm form = OrderForm.create(TODAY, lookups);
        assertTrue(form.isNew());
        assertEquals("2026-03-02", form.get(OrderForm.DATE));
        assertEquals("OPEN", form.get(OrderForm.STATUS));
        assertEquals(1, form.lines().size());
        assertEquals(1, form.lines().get(0).number());
        assertEquals("OPEN", form.lines().get(0).get(OrderForm.LINE_STATUS));
        assertEquals(List.of(OrderForm.NUMBER, OrderForm.CUSTOMER, OrderForm.FORM, OrderForm.GRADE,
                OrderForm.THICKNESS, OrderForm.TONNES, OrderForm.DUE_DATE, OrderForm.PRICE),
                form.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aValidFormGivesTheOrderAndLinesTheImporterWouldRead() {
        OrderForm form = validNewOrder();
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertEquals("Jiangsu Appliance Steel", form.customerName());
        assertEquals(new Header("SO-900", "C900", TODAY, OrderStatus.OPEN), form.header());
        assertEquals(List.of(new LineValues(null, 0, 1, ProductForm.HOT_ROLLED_COIL, "Q235B", new BigDecimal("2.50"),
                new BigDecimal("1250.0"), new BigDecimal("120.000"), LocalDate.of(2026, 4, 15),
                new BigDecimal("4100.00"), OrderStatus.OPEN)), form.lineValues());
    }

    @Test
    void aBadLineValueNamesTheFieldTheLineAndTheValueInBothLanguages() {
        OrderForm form = validNewOrder();
        form.addLine();
        fill(form, 1, "PLATE", "Q235B", "20", "2500", "-3", "2026-05-01", "4300");
        FieldProblem problem = form.problem(OrderForm.TONNES);
        assertEquals(2, problem.line());
        assertEquals("Tonnes (line 2): must be greater than 0 (was '-3')", problem.message(Locale.ENGLISH));
        assertEquals("重量（吨）（第 2 行）：必须大于 0（输入的是“-3”）", problem.message(Locale.SIMPLIFIED_CHINESE));
        assertFalse(form.isValid());
        assertThrows(IllegalStateException.class, form::lineValues);
        form.setLine(1, OrderForm.TONNES, "30");
        assertTrue(form.isValid(), () -> form.problems().toString());
    }

    @Test
    void flatProductsNeedAWidthAndRoundOnesHaveNone() {
        OrderForm form = validNewOrder();
        form.setLine(0, OrderForm.WIDTH, "");
        assertEquals("Width (mm) (line 1): required for Hot-rolled coil",
                form.problem(OrderForm.WIDTH).message(Locale.ENGLISH));
        assertEquals("宽度（mm）（第 1 行）：热轧卷 必须填写", form.problem(OrderForm.WIDTH).message(Locale.SIMPLIFIED_CHINESE));
        form.setLine(0, OrderForm.FORM, "REBAR");
        form.setLine(0, OrderForm.GRADE, "HRB400E");
        assertTrue(form.isValid(), () -> form.problems().toString());
        form.setLine(0, OrderForm.WIDTH, "12");
        assertEquals(Reason.WIDTH_FOR_ROUND, form.problem(OrderForm.WIDTH).reason());
        assertTrue(form.problem(OrderForm.WIDTH).message(Locale.ENGLISH).startsWith("Width (mm) (line 1): must be empty "
                + "for Rebar"), form.problem(OrderForm.WIDTH).message(Locale.ENGLISH));
    }

    @Test
    void customerAndGradeMustExistAndNothingIsDueBeforeItIsOrdered() {
        OrderForm form = validNewOrder();
        form.set(OrderForm.CUSTOMER, "C404");
        assertEquals("Customer code: no customer with this code in the database (was 'C404')",
                form.problem(OrderForm.CUSTOMER).message(Locale.ENGLISH));
        assertNull(form.customerName());
        form.set(OrderForm.CUSTOMER, "C900");
        form.setLine(0, OrderForm.GRADE, "Q999");
        assertEquals(Reason.UNKNOWN_GRADE, form.problem(OrderForm.GRADE).reason());
        form.setLine(0, OrderForm.GRADE, "Q235B");
        form.set(OrderForm.DATE, "2026-04-20");
        assertEquals("Due date (line 1): before the order date 2026-04-20 (was '2026-04-15')",
                form.problem(OrderForm.DUE_DATE).message(Locale.ENGLISH));
        form.set(OrderForm.DATE, "2026-04-15");
        assertTrue(form.isValid(), () -> form.problems().toString());
    }

    @Test
    void aTakenNumberCannotBeCreatedAndIsAskedOncePerNumber() {
        OrderForm form = validNewOrder();
        form.set(OrderForm.NUMBER, "SO-TAKEN");
        assertEquals("Order number: a record with this code exists already (was 'SO-TAKEN')",
                form.problem(OrderForm.NUMBER).message(Locale.ENGLISH));
        form.setLine(0, OrderForm.TONNES, "99");
        form.set(OrderForm.STATUS, "CONFIRMED");
        assertEquals(List.of("SO-900", "SO-TAKEN"), numbersAsked);
    }

    @Test
    void newLinesAreNumberedAfterTheLastAndCloseUpWhenOneIsRemoved() {
        OrderForm form = validNewOrder();
        assertEquals(1, form.addLine());
        assertEquals(2, form.addLine());
        assertEquals(List.of(1, 2, 3), form.lines().stream().map(OrderLineEntry::number).toList());
        form.setLine(2, OrderForm.GRADE, "third");
        form.removeLine(1);
        assertEquals(List.of(1, 2), form.lines().stream().map(OrderLineEntry::number).toList());
        assertEquals("third", form.lines().get(1).get(OrderForm.GRADE));
        form.removeLine(1);
        form.removeLine(0);
        assertEquals("Order lines: a value is required", form.problems().get(0).message(Locale.ENGLISH));
        assertEquals(OrderForm.LINES, form.problems().get(0).field());
    }

    /** One rule per cell and across cells: what the import refuses in a row, the editor refuses on the line. */
    @Test
    void theEditorAndTheImportRefuseTheSameLinesForTheSameReasons() throws IOException {
        List<List<String>> lines = List.of(
                List.of("HOT_ROLLED_COIL", "Q235B", "2.5", "1250", "-3", "2026-04-15", "4100"),
                List.of("HOT_ROLLED_COIL", "Q235B", "2.5", "", "abc", "2026-04-15", "4100"),
                List.of("REBAR", "HRB400E", "12", "10", "30", "2026-02-28", "3900"),
                List.of("PLATE", "Q999", "20.123", "2500", "30", "2026-04-31", "-1"),
                List.of("WIRE_ROD", "HRB400E", "6.5", "", "30", "2026-04-15", "3800"));
        for (List<String> line : lines) {
            OrderForm form = validNewOrder();
            fill(form, 0, line.get(0), line.get(1), line.get(2), line.get(3), line.get(4), line.get(5), line.get(6));
            Path file = TestFiles.utf8(folder, "orders.csv", "order_number,customer_code,order_date,line_number,form,"
                    + "grade_code,thickness_mm,width_mm,tonnes,due_date,price_cny_per_t,status,order_status",
                    "SO-900,C900,2026-03-02,1," + String.join(",", line) + ",OPEN,OPEN");
            Validation<OrderBatch> imported = FileValidator.validate(file, null, null,
                    new OrderValidator(new References(Map.of("C900", 1L), Map.of("Q235B", 2L, "HRB400E", 3L))),
                    new NullProgressMonitor());
            List<Reason> importReasons = imported.problems().kept().stream().map(ImportProblem::reason).sorted()
                    .toList();
            List<Reason> formReasons = form.problems().stream().map(FieldProblem::reason).sorted().toList();
            assertEquals(importReasons, formReasons, () -> "line " + line);
        }
    }
}
