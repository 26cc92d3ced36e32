package steelchain.masterdata.validation;

import static steelchain.masterdata.layout.GradeLayout.CODE;
import static steelchain.masterdata.layout.GradeLayout.DESCRIPTION;
import static steelchain.masterdata.layout.GradeLayout.ELONGATION_MIN;
import static steelchain.masterdata.layout.GradeLayout.STANDARD;
import static steelchain.masterdata.layout.GradeLayout.TENSILE_MAX;
import static steelchain.masterdata.layout.GradeLayout.TENSILE_MIN;
import static steelchain.masterdata.layout.GradeLayout.YIELD_MIN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Checked;
import steelchain.masterdata.layout.Column;
import steelchain.masterdata.layout.FieldRules;
import steelchain.masterdata.layout.GradeLayout;
import steelchain.masterdata.layout.GradeLayout.ElementColumns;
import steelchain.masterdata.validation.GradeRow.ElementLimits;

/**
 * Checks the rows of a steel grades file: a grade code may appear once, strengths are
 * positive, percentages lie between 0 and 100, and no minimum exceeds its maximum.
 */
public final class GradeValidator implements RowValidator<List<GradeRow>> {

    private final Map<String, Integer> rowOfCode = new HashMap<>();
    private final List<GradeRow> rows = new ArrayList<>();

    @Override
    public List<Column> columns() {
        return GradeLayout.COLUMNS;
    }

    @Override
    public void accept(RowValues row) {
        String code = row.text(CODE);
        String standard = row.text(STANDARD);
        String description = row.text(DESCRIPTION);
        Integer yieldMin = row.integer(YIELD_MIN);
        Integer tensileMin = row.integer(TENSILE_MIN);
        Integer tensileMax = row.integer(TENSILE_MAX);
        reportRange(row, TENSILE_MIN, FieldRules.minNotAboveMax(tensileMin, tensileMax, row.label(TENSILE_MAX)));
        BigDecimal elongationMin = row.decimal(ELONGATION_MIN);
        List<ElementLimits> chemistry = new ArrayList<>();
        for (ElementColumns element : GradeLayout.CHEMISTRY) {
            BigDecimal min = row.decimal(element.min());
            BigDecimal max = row.decimal(element.max());
            Checked<Void> range = FieldRules.minNotAboveMax(min, max, row.label(element.max()));
            reportRange(row, element.min(), range);
            if (range.isValid() && (min != null || max != null)) {
                chemistry.add(new ElementLimits(element.element(), min, max));
            }
        }
        if (code != null) {
            Integer firstRow = rowOfCode.putIfAbsent(code, row.row());
            if (firstRow != null) {
                row.problem(CODE, Reason.DUPLICATE, firstRow);
            }
        }
        if (!row.fileHasProblems()) {
            rows.add(new GradeRow(code, standard, description, yieldMin, tensileMin, tensileMax, elongationMin,
                    chemistry));
        }
    }

    private static void reportRange(RowValues row, Column min, Checked<Void> range) {
        if (!range.isValid()) {
            row.problem(min, range.reason(), range.arguments().toArray());
        }
    }

    @Override
    public List<GradeRow> result() {
        return rows;
    }
}
