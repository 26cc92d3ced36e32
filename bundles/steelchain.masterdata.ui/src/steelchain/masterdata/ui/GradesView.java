package steelchain.masterdata.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Shell;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.masterdata.RecordKind;
import steelchain.masterdata.edit.GradeForm;
import steelchain.masterdata.edit.MasterDataEditing;
import steelchain.core.model.ElementRange;
import steelchain.core.model.SteelGrade;
import steelchain.ui.widgets.GridColumn;

/** Steel grades with their standard, mechanical properties and chemistry ranges. */
public class GradesView extends MasterDataView<GradesView.Row> {

    record Row(String code, String standard, String description, Integer yieldMin, Integer tensileMin,
            Integer tensileMax, BigDecimal elongationMin, String chemistry, int revision) {
    }

    @Override
    protected List<GridColumn<Row>> columns() {
        return List.of(GridColumn.<Row>text(MasterDataTexts.get(locale, "column.code"), Row::code).width(100),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.standard"), Row::standard).width(130),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.yieldMin"), Row::yieldMin, "#0", locale)
                        .width(110),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.tensileMin"), Row::tensileMin, "#0", locale)
                        .width(110),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.tensileMax"), Row::tensileMax, "#0", locale)
                        .width(110),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.elongationMin"), Row::elongationMin, "#0.0",
                        locale).width(90),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.chemistry"), Row::chemistry).width(420),
                GridColumn.<Row>text(MasterDataTexts.get(locale, "column.description"), Row::description).width(220),
                GridColumn.<Row>number(MasterDataTexts.get(locale, "column.revision"), Row::revision, "#0", locale)
                        .width(60));
    }

    @Override
    protected List<Row> query(EntityManager em) {
        return em.createQuery("select g from SteelGrade g order by g.code", SteelGrade.class).getResultStream()
                .map(g -> new Row(g.getCode(), g.getStandard(), g.getDescription(), g.getYieldMinMpa(),
                        g.getTensileMinMpa(), g.getTensileMaxMpa(), g.getElongationMinPercent(),
                        chemistry(g.getChemistry()), g.getRevision()))
                .toList();
    }

    /** E.g. {@code C ≤0.20  Si ≤0.55  Mn 1.00–1.60}: how metallurgists write ranges. */
    static String chemistry(List<ElementRange> ranges) {
        return ranges.stream().map(r -> {
            String min = r.getMinPercent() == null ? null : r.getMinPercent().stripTrailingZeros().toPlainString();
            String max = r.getMaxPercent() == null ? null : r.getMaxPercent().stripTrailingZeros().toPlainString();
            if (min != null && max != null) {
                return r.getElement() + " " + min + "\u2013" + max;
            }
            return max != null ? r.getElement() + " \u2264" + max : r.getElement() + " \u2265" + min;
        }).collect(Collectors.joining("  "));
    }

    @Override
    protected RecordEditorDialog<?> editor(Shell shell, DataStore current, Row row) {
        GradeForm form = row == null ? MasterDataEditing.newGrade(current) : MasterDataEditing.grade(current, row.code());
        return form == null ? null : new GradeEditorDialog(shell, current, form);
    }

    @Override
    protected RecordKind importKind() {
        return RecordKind.GRADES;
    }

    @Override
    protected String rowsName() {
        return MasterDataTexts.get(locale, "rows.grades");
    }
}
