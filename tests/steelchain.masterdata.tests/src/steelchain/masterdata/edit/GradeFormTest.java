package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.edit.GradeForm.ElementFields;
import steelchain.masterdata.validation.GradeRow;
import steelchain.masterdata.validation.GradeRow.ElementLimits;

/** The steel grade editor's model: strengths, percentages, ranges within a field and across fields. */
class GradeFormTest {

    private static GradeForm q355b() {
        GradeForm form = GradeForm.create(code -> code.equals("Q235B"));
        form.set(GradeForm.CODE, "Q355B");
        form.set(GradeForm.STANDARD, "GB/T 1591");
        form.set(GradeForm.YIELD_MIN, "355");
        form.set(GradeForm.TENSILE_MIN, "470");
        form.set(GradeForm.TENSILE_MAX, "630");
        form.set(GradeForm.ELONGATION_MIN, "22");
        form.set(GradeForm.element("C").max(), "0.20");
        form.set(GradeForm.element("Mn").min(), "1.0");
        form.set(GradeForm.element("Mn").max(), "1.6");
        return form;
    }

    @Test
    void aValidFormGivesTheRowTheImporterWouldRead() {
        GradeForm form = q355b();
        assertTrue(form.isValid(), () -> form.problems().toString());
        GradeRow row = form.row();
        assertEquals("Q355B", row.code());
        assertNull(row.description());
        assertEquals(470, row.tensileMinMpa());
        assertEquals(new BigDecimal("22.0"), row.elongationMinPercent());
        assertEquals(List.of(new ElementLimits("C", null, new BigDecimal("0.2000")),
                new ElementLimits("Mn", new BigDecimal("1.0000"), new BigDecimal("1.6000"))), row.chemistry());
    }

    @Test
    void aMinimumAboveItsMaximumIsReportedOnTheMinimumNamingTheMaximum() {
        GradeForm form = q355b();
        ElementFields manganese = GradeForm.element("Mn");
        form.set(manganese.min(), "1.8");
        FieldProblem problem = form.problem(manganese.min());
        assertEquals(Reason.MIN_ABOVE_MAX, problem.reason());
        assertEquals("Mn min (%): must not be greater than Mn max (%) (1.6) (was '1.8')",
                problem.message(Locale.ENGLISH));
        assertEquals("Mn 下限（%）：不能大于 Mn 上限（%）（1.6）（输入的是“1.8”）", problem.message(Locale.SIMPLIFIED_CHINESE));

        form.set(manganese.min(), "1.2");
        form.set(GradeForm.TENSILE_MIN, "700");
        assertEquals("Tensile strength min (MPa): must not be greater than Tensile strength max (MPa) (630) (was '700')",
                form.problem(GradeForm.TENSILE_MIN).message(Locale.ENGLISH));
        form.set(GradeForm.TENSILE_MAX, "");
        assertTrue(form.isValid(), "an open range has nothing to exceed");
    }

    @Test
    void strengthsArePositiveWholeNumbersAndPercentagesLieBetween0And100() {
        GradeForm form = q355b();
        form.set(GradeForm.YIELD_MIN, "0");
        form.set(GradeForm.ELONGATION_MIN, "22.25");
        form.set(GradeForm.element("S").max(), "120");
        form.set(GradeForm.element("P").max(), "0,035");
        assertEquals(Reason.NOT_POSITIVE, form.problem(GradeForm.YIELD_MIN).reason());
        assertEquals(Reason.TOO_MANY_DECIMALS, form.problem(GradeForm.ELONGATION_MIN).reason());
        assertEquals("S max (%): must be between 0 and 100 (was '120')",
                form.problem(GradeForm.element("S").max()).message(Locale.ENGLISH));
        assertEquals(Reason.NOT_NUMBER, form.problem(GradeForm.element("P").max()).reason());
        assertFalse(form.isValid());
    }

    @Test
    void aTakenCodeCannotBeCreatedAndCodeAndStandardAreRequired() {
        GradeForm form = q355b();
        form.set(GradeForm.CODE, "Q235B");
        assertEquals(Reason.CODE_EXISTS, form.problem(GradeForm.CODE).reason());
        form.set(GradeForm.CODE, " ");
        form.set(GradeForm.STANDARD, "");
        assertEquals(List.of("Grade code: a value is required", "Standard: a value is required"),
                form.problems().stream().map(p -> p.message(Locale.ENGLISH)).toList());
    }
}
