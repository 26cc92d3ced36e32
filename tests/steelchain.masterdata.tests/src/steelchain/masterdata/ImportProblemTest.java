package steelchain.masterdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.masterdata.ImportProblem.Reason;

/** How a problem reads for a user, in English and Chinese. */
class ImportProblemTest {

    @Test
    void namesFileRowColumnReasonAndValue() {
        ImportProblem problem = new ImportProblem("orders.csv", 7, "tonnes", "-5", Reason.NOT_POSITIVE, List.of());
        assertEquals("orders.csv:7:tonnes: must be greater than 0 (value '-5')", problem.message(Locale.ENGLISH));
        assertEquals("orders.csv:7:tonnes：必须大于 0（值“-5”）", problem.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void fillsInTheDetailsOfTheReason() {
        ImportProblem problem = new ImportProblem("客户.csv", 12, "客户编码", "C001", Reason.DUPLICATE, List.of("3"));
        assertEquals("客户.csv:12:客户编码: appears again; first at row 3 (value 'C001')",
                problem.message(Locale.ENGLISH));
        assertEquals("客户.csv:12:客户编码：重复；首次出现在第 3 行（值“C001”）", problem.message(Locale.SIMPLIFIED_CHINESE));
        ImportProblem line = new ImportProblem("orders.csv", 1234567, "due_date", "2026-03-04", Reason.DUE_BEFORE_ORDER,
                List.of("2026-03-05"));
        assertEquals("orders.csv:1234567:due_date: before the order date 2026-03-05 (value '2026-03-04')",
                line.message(Locale.ENGLISH));
    }

    @Test
    void leavesOutAnEmptyValueAndAMissingColumn() {
        assertEquals("customers.csv:3:name: a value is required",
                new ImportProblem("customers.csv", 3, "name", "", Reason.REQUIRED, List.of()).message(Locale.ENGLISH));
        assertEquals("customers.csv:3:name：必须填写", new ImportProblem("customers.csv", 3, "name", "", Reason.REQUIRED,
                List.of()).message(Locale.SIMPLIFIED_CHINESE));
        ImportProblem empty = new ImportProblem("customers.csv", 1, "", "", Reason.EMPTY_FILE, List.of());
        assertEquals("customers.csv:1: the file is empty; its first line must name the columns",
                empty.message(Locale.ENGLISH));
        assertEquals("customers.csv:1：文件为空；第一行应为列名", empty.message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void shortensLongValues() {
        ImportProblem problem = new ImportProblem("f.csv", 2, "name", "x".repeat(500), Reason.TOO_LONG,
                List.of("200", "500"));
        assertEquals("x".repeat(80) + "…", problem.value());
        assertEquals("f.csv:2:name: too long: at most 200 characters, this has 500 (value '" + "x".repeat(80) + "…')",
                problem.message(Locale.ENGLISH));
    }

    @Test
    void everyReasonHasAnEnglishAndAChineseText() {
        for (Reason reason : Reason.values()) {
            ImportProblem problem = new ImportProblem("f.csv", 2, "c", "v", reason, List.of("a", "b", "c"));
            assertNotEquals(problem.reason(Locale.ENGLISH), problem.reason(Locale.SIMPLIFIED_CHINESE), reason.name());
        }
    }
}
