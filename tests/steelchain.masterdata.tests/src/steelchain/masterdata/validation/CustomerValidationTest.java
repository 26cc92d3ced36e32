package steelchain.masterdata.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static steelchain.masterdata.validation.Check.assertProblem;
import static steelchain.masterdata.validation.Check.lines;
import static steelchain.masterdata.validation.Check.onlyProblem;
import static steelchain.masterdata.validation.Check.passed;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;

class CustomerValidationTest {

    private static final String HEADER = "code,name,industry,province,city,credit_limit_cny,grade";

    @TempDir
    Path folder;

    private ImportProblem problemOf(String row) {
        return onlyProblem(lines(folder, new CustomerValidator(), HEADER, row));
    }

    @Test
    void readsChineseHeadersInAnyOrderWithOrWithoutUnitsAndFullWidthForms() {
        List<CustomerRow> rows = passed(lines(folder, new CustomerValidator(),
                "客户等级, 客户编码 ,客户名称,行业,信用额度（元）,省份", "b,C001,太原钢铁,energy,1200.5,山西",
                "A,C002,酒泉钢铁,Machinery,0,"));
        assertEquals(List.of(
                new CustomerRow("C001", "太原钢铁", Industry.ENERGY, "山西", null, new BigDecimal("1200.50"), CustomerGrade.B),
                new CustomerRow("C002", "酒泉钢铁", Industry.MACHINERY, null, null, new BigDecimal("0.00"), CustomerGrade.A)),
                rows);
        passed(lines(folder, new CustomerValidator(), "客户编码,客户名称,行业,信用额度,客户等级", "C1,x,TRADING,1,A"));
    }

    @Test
    void requiredCellsMustBeFilled() {
        assertProblem(problemOf("C001,,TRADING,,,1,A"), 2, "name", "", Reason.REQUIRED);
        assertProblem(problemOf("C001, ,TRADING,,,1,A"), 2, "name", "", Reason.REQUIRED);
    }

    @Test
    void textsFitTheirDatabaseColumns() {
        String code = "C".repeat(33);
        assertProblem(problemOf(code + ",x,TRADING,,,1,A"), 2, "code", code, Reason.TOO_LONG, "32", "33");
        assertProblem(problemOf("C1,x,TRADING,," + "城".repeat(41) + ",1,A"), 2, "city", "城".repeat(41),
                Reason.TOO_LONG, "40", "41");
    }

    @Test
    void choicesListTheValidValues() {
        assertProblem(problemOf("C1,x,STEEL,,,1,A"), 2, "industry", "STEEL", Reason.NOT_ONE_OF,
                "AUTOMOTIVE, CONSTRUCTION, APPLIANCES, MACHINERY, SHIPBUILDING, ENERGY, CONTAINERS, TRADING");
        assertProblem(problemOf("C1,x,TRADING,,,1,E"), 2, "grade", "E", Reason.NOT_ONE_OF, "A, B, C, D");
    }

    @Test
    void creditLimitIsANonNegativeAmountOfTheColumnsSize() {
        assertProblem(problemOf("C1,x,TRADING,,,-1,A"), 2, "credit_limit_cny", "-1", Reason.NEGATIVE);
        assertProblem(problemOf("C1,x,TRADING,,,\"1,000\",A"), 2, "credit_limit_cny", "1,000", Reason.NOT_NUMBER);
        assertProblem(problemOf("C1,x,TRADING,,,1.234,A"), 2, "credit_limit_cny", "1.234", Reason.TOO_MANY_DECIMALS,
                "2");
        assertProblem(problemOf("C1,x,TRADING,,,123456789012345,A"), 2, "credit_limit_cny", "123456789012345",
                Reason.TOO_MANY_DIGITS, "14");
        assertEquals(new BigDecimal("99999999999999.99"),
                passed(lines(folder, new CustomerValidator(), HEADER, "C1,x,TRADING,,,99999999999999.990,A")).get(0)
                        .creditLimit());
    }

    @Test
    void aCodeMayAppearOnce() {
        assertProblem(onlyProblem(lines(folder, new CustomerValidator(), HEADER, "C1,x,TRADING,,,1,A",
                "C2,y,TRADING,,,1,A", "C1,z,TRADING,,,1,A")), 4, "code", "C1", Reason.DUPLICATE, "2");
    }

    @Test
    void reportsEveryProblemOfEveryRow() {
        Validation<List<CustomerRow>> validation = lines(folder, new CustomerValidator(), HEADER,
                ",x,STEEL,,,-1,A", "C2,y,TRADING,,,1,A", "C3,,TRADING,,,1,Z");
        assertEquals(5, validation.problems().total());
        assertEquals(List.of(2, 2, 2, 4, 4), validation.problems().kept().stream().map(ImportProblem::row).toList());
        assertEquals(List.of("code", "industry", "credit_limit_cny", "name", "grade"),
                validation.problems().kept().stream().map(ImportProblem::column).toList());
        assertEquals(3, validation.rows());
    }
}
