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

import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.validation.GradeRow.ElementLimits;

class GradeValidationTest {

    private static final String HEADER = "code,standard,description,yield_min_mpa,tensile_min_mpa,tensile_max_mpa,"
            + "elongation_min_pct,c_min,c_max,si_max,mn_max,p_max,s_max";

    @TempDir
    Path folder;

    private ImportProblem problemOf(String row) {
        return onlyProblem(lines(folder, new GradeValidator(), HEADER, row));
    }

    @Test
    void readsMechanicalLimitsAndChemistryInElementOrder() {
        List<GradeRow> rows = passed(lines(folder, new GradeValidator(), HEADER,
                "Q355B,GB/T 1591-2018,\"Low alloy, high strength\",355,470,630,21,,0.24,0.55,1.6,0.035,0.035",
                "DC01,GB/T 5213,,,270,410,28.0,,0.12,,0.6,,"));
        GradeRow q355 = rows.get(0);
        assertEquals("Low alloy, high strength", q355.description());
        assertEquals(355, q355.yieldMinMpa());
        assertEquals(630, q355.tensileMaxMpa());
        assertEquals(new BigDecimal("21.0"), q355.elongationMinPercent());
        assertEquals(List.of(new ElementLimits("C", null, new BigDecimal("0.2400")),
                new ElementLimits("Si", null, new BigDecimal("0.5500")),
                new ElementLimits("Mn", null, new BigDecimal("1.6000")),
                new ElementLimits("P", null, new BigDecimal("0.0350")),
                new ElementLimits("S", null, new BigDecimal("0.0350"))), q355.chemistry());
        GradeRow dc01 = rows.get(1);
        assertEquals(null, dc01.yieldMinMpa());
        assertEquals(null, dc01.description());
        assertEquals(List.of("C", "Mn"), dc01.chemistry().stream().map(ElementLimits::element).toList());
    }

    @Test
    void readsChineseChemistryHeaders() {
        GradeRow row = passed(lines(folder, new GradeValidator(), "牌号,标准,Mn上限(%),C下限,C上限（%）",
                "20#,GB/T 699,0.65,0.17,0.23")).get(0);
        assertEquals(List.of(new ElementLimits("C", new BigDecimal("0.1700"), new BigDecimal("0.2300")),
                new ElementLimits("Mn", null, new BigDecimal("0.6500"))), row.chemistry());
    }

    @Test
    void strengthsArePositiveWholeNumbers() {
        assertProblem(problemOf("G,S,,abc,,,,,,,,,"), 2, "yield_min_mpa", "abc", Reason.NOT_INTEGER);
        assertProblem(problemOf("G,S,,355.5,,,,,,,,,"), 2, "yield_min_mpa", "355.5", Reason.NOT_INTEGER);
        assertProblem(problemOf("G,S,,0,,,,,,,,,"), 2, "yield_min_mpa", "0", Reason.NOT_POSITIVE);
        assertProblem(problemOf("G,S,,1234567890,,,,,,,,,"), 2, "yield_min_mpa", "1234567890",
                Reason.TOO_MANY_DIGITS, "9");
        assertEquals(355, passed(lines(folder, new GradeValidator(), HEADER, "G,S,,355.0,,,,,,,,,")).get(0)
                .yieldMinMpa());
    }

    @Test
    void aMinimumMustNotExceedItsMaximum() {
        assertProblem(problemOf("G,S,,,630,470,,,,,,,"), 2, "tensile_min_mpa", "630", Reason.MIN_ABOVE_MAX,
                "tensile_max_mpa", "470");
        assertProblem(problemOf("G,S,,,,,,0.3,0.2,,,,"), 2, "c_min", "0.3", Reason.MIN_ABOVE_MAX, "c_max", "0.2000");
    }

    @Test
    void percentagesLieBetweenZeroAndHundredWithTheColumnsDecimals() {
        assertProblem(problemOf("G,S,,,,,101,,,,,,"), 2, "elongation_min_pct", "101", Reason.NOT_PERCENT);
        assertProblem(problemOf("G,S,,,,,,,,-0.1,,,"), 2, "si_max", "-0.1", Reason.NOT_PERCENT);
        assertProblem(problemOf("G,S,,,,,,,0.12345,,,,"), 2, "c_max", "0.12345", Reason.TOO_MANY_DECIMALS, "4");
        assertProblem(problemOf("G,S,,,,,20.25,,,,,,"), 2, "elongation_min_pct", "20.25", Reason.TOO_MANY_DECIMALS,
                "1");
    }

    @Test
    void codeAndStandardAreRequiredAndFitTheirColumns() {
        assertProblem(problemOf(",S,,,,,,,,,,,"), 2, "code", "", Reason.REQUIRED);
        String standard = "S".repeat(41);
        assertProblem(problemOf("G," + standard + ",,,,,,,,,,,"), 2, "standard", standard, Reason.TOO_LONG, "40", "41");
        assertProblem(onlyProblem(lines(folder, new GradeValidator(), HEADER, "G,S,,,,,,,,,,,", "G,T,,,,,,,,,,,")),
                3, "code", "G", Reason.DUPLICATE, "2");
    }
}
