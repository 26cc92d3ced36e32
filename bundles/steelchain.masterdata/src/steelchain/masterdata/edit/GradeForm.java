package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import steelchain.core.model.ElementRange;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.layout.GradeLayout;
import steelchain.masterdata.validation.GradeRow;
import steelchain.masterdata.validation.GradeRow.ElementLimits;

/**
 * The steel grade editor's model: the columns of a steel grades file, checked by the same
 * rules (strengths positive, percentages 0 to 100, no minimum above its maximum). A new
 * grade's code must not be taken; an existing grade's code cannot be changed.
 */
public final class GradeForm extends RecordForm {

    public static final FormField CODE = new FormField("grade.code", GradeLayout.CODE);
    public static final FormField STANDARD = new FormField("grade.standard", GradeLayout.STANDARD);
    public static final FormField DESCRIPTION = new FormField("grade.description", GradeLayout.DESCRIPTION);
    public static final FormField YIELD_MIN = new FormField("grade.yieldMin", GradeLayout.YIELD_MIN);
    public static final FormField TENSILE_MIN = new FormField("grade.tensileMin", GradeLayout.TENSILE_MIN);
    public static final FormField TENSILE_MAX = new FormField("grade.tensileMax", GradeLayout.TENSILE_MAX);
    public static final FormField ELONGATION_MIN = new FormField("grade.elongationMin", GradeLayout.ELONGATION_MIN);

    /** The minimum and maximum field of one element, in mass percent. */
    public record ElementFields(String element, FormField min, FormField max) {
    }

    /** One pair per element of {@link GradeLayout#ELEMENTS}, in that order. */
    public static final List<ElementFields> CHEMISTRY = GradeLayout.CHEMISTRY.stream()
            .map(e -> new ElementFields(e.element(), new FormField("element.min", e.min(), e.element()),
                    new FormField("element.max", e.max(), e.element())))
            .toList();

    private final Predicate<String> codeTaken;

    private GradeForm(Long id, long version, Predicate<String> codeTaken) {
        super(fieldList(), id, version);
        this.codeTaken = codeTaken;
    }

    /**
     * A form for a new grade, empty.
     *
     * @param codeTaken whether a grade with the code exists already
     */
    public static GradeForm create(Predicate<String> codeTaken) {
        GradeForm form = new GradeForm(null, 0, codeTaken);
        form.validate();
        return form;
    }

    /** A form with the values of {@code grade}; read its chemistry inside the transaction. */
    public static GradeForm of(SteelGrade grade) {
        GradeForm form = new GradeForm(grade.getId(), grade.getVersion(), code -> false);
        form.set(CODE, grade.getCode());
        form.set(STANDARD, grade.getStandard());
        form.set(DESCRIPTION, grade.getDescription());
        form.set(YIELD_MIN, text(grade.getYieldMinMpa()));
        form.set(TENSILE_MIN, text(grade.getTensileMinMpa()));
        form.set(TENSILE_MAX, text(grade.getTensileMaxMpa()));
        form.set(ELONGATION_MIN, text(grade.getElongationMinPercent()));
        for (ElementRange range : grade.getChemistry()) {
            ElementFields fields = element(range.getElement());
            if (fields != null) {
                form.set(fields.min(), text(range.getMinPercent()));
                form.set(fields.max(), text(range.getMaxPercent()));
            }
        }
        return form;
    }

    /** The fields of {@code element} (e.g. "Mn"), or null when the layout has no columns for it. */
    public static ElementFields element(String element) {
        return CHEMISTRY.stream().filter(e -> e.element().equals(element)).findFirst().orElse(null);
    }

    @Override
    public String businessKey() {
        return get(CODE).strip();
    }

    /** The grade's values as the importer has them; only for a valid form. */
    public GradeRow row() {
        if (!isValid()) {
            throw new IllegalStateException("The grade form has problems: " + problems());
        }
        List<ElementLimits> chemistry = new ArrayList<>();
        for (ElementFields element : CHEMISTRY) {
            BigDecimal min = value(element.min());
            BigDecimal max = value(element.max());
            if (min != null || max != null) {
                chemistry.add(new ElementLimits(element.element(), min, max));
            }
        }
        return new GradeRow(value(CODE), value(STANDARD), value(DESCRIPTION), value(YIELD_MIN), value(TENSILE_MIN),
                value(TENSILE_MAX), value(ELONGATION_MIN), chemistry);
    }

    @Override
    protected void checkAcross() {
        notTaken(CODE, codeTaken);
        this.<Integer>range(TENSILE_MIN, TENSILE_MAX);
        for (ElementFields element : CHEMISTRY) {
            this.<BigDecimal>range(element.min(), element.max());
        }
    }

    private static List<FormField> fieldList() {
        List<FormField> fields = new ArrayList<>(
                List.of(CODE, STANDARD, DESCRIPTION, YIELD_MIN, TENSILE_MIN, TENSILE_MAX, ELONGATION_MIN));
        for (ElementFields element : CHEMISTRY) {
            fields.add(element.min());
            fields.add(element.max());
        }
        return fields;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                : value == null ? "" : value.toString();
    }
}
