package steelchain.masterdata.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Checked;
import steelchain.masterdata.layout.FieldRules;

/**
 * The model of a single-record editor, without any widget: the fields' texts as the user
 * typed them, their problems after the layout's field rules and the record's rules across
 * fields, and the identity and version of the record being edited. Problems are found again
 * after each change; a form is a few dozen fields.
 */
public abstract class RecordForm {

    private final List<FormField> fields;
    private final Long id;
    private final long version;
    private final Map<FormField, String> texts = new HashMap<>();
    private Map<FormField, Checked<?>> checked = Map.of();
    private List<FieldProblem> problems = List.of();

    /**
     * @param id      the record's database id, or null for a new record
     * @param version the record's version when it was read; ignored for a new record
     */
    protected RecordForm(List<FormField> fields, Long id, long version) {
        this.fields = List.copyOf(fields);
        this.id = id;
        this.version = version;
    }

    /** The fields in the order an editor shows them. */
    public List<FormField> fields() {
        return fields;
    }

    /** Whether this form creates a record rather than changing one. */
    public boolean isNew() {
        return id == null;
    }

    /** The id of the record being changed; null for a new one. */
    public Long id() {
        return id;
    }

    /** The version of the record as it was read; a save fails when the database has another. */
    public long version() {
        return version;
    }

    /** The business key users know the record by, as typed (e.g. a customer code). */
    public abstract String businessKey();

    public String get(FormField field) {
        return texts.getOrDefault(field, "");
    }

    /** Sets a field's text (null is empty) and checks the form again. */
    public void set(FormField field, String text) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("Not a field of this form: " + field.key());
        }
        texts.put(field, Objects.requireNonNullElse(text, ""));
        validate();
    }

    /** Every problem, in the order of the fields. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** The first problem of {@code field} (of any line of a list field), or null. */
    public FieldProblem problem(FormField field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Applies the field rules to every field, then {@link #checkAcross()}. */
    protected final void validate() {
        Map<FormField, Checked<?>> found = new HashMap<>();
        List<FieldProblem> all = new ArrayList<>();
        for (FormField field : fields) {
            Checked<?> result = FieldRules.check(field.column(), get(field));
            found.put(field, result);
            if (!result.isValid()) {
                all.add(new FieldProblem(field, 0, get(field), result.reason(), List.<Object>copyOf(result.arguments())));
            }
        }
        checked = found;
        problems = all;
        checkAcross();
        List<FieldProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((FieldProblem p) -> fieldOrder(p.field())).thenComparingInt(
                FieldProblem::line));
        problems = List.copyOf(sorted);
    }

    /** The rules across fields (ranges, unique keys, list fields); report with {@link #problem}. */
    protected abstract void checkAcross();

    /** Fields that are not in {@link #fields()} but are checked too, for the order of problems. */
    protected List<FormField> otherFields() {
        return List.of();
    }

    /** The value of a field that obeys its rule (String, Integer, BigDecimal, choice name), or null. */
    @SuppressWarnings("unchecked")
    protected <T> T value(FormField field) {
        Checked<?> result = checked.get(field);
        return result == null ? null : (T) result.value();
    }

    /** Reports a problem of a single field unless it has one already. */
    protected void problem(FormField field, Checked<?> result) {
        if (!result.isValid() && problem(field) == null) {
            problem(field, 0, get(field), result.reason(), List.<Object>copyOf(result.arguments()));
        }
    }

    /** The rule of a new record's business key: no record of its kind may have it already. */
    protected void notTaken(FormField code, Predicate<String> taken) {
        String value = value(code);
        if (isNew() && value != null && taken.test(value)) {
            problem(code, Checked.problem(Reason.CODE_EXISTS));
        }
    }

    /** The rule of a field naming another record by its code: the record must exist. */
    protected void refersTo(FormField field, List<Reference> known, Reason unknown) {
        String code = value(field);
        if (code != null && known.stream().noneMatch(r -> r.code().equals(code))) {
            problem(field, Checked.problem(unknown));
        }
    }

    /** The range rule of the import on two fields: reported on {@code min}, naming {@code max}. */
    protected <N extends Comparable<N>> void range(FormField min, FormField max) {
        N low = value(min);
        N high = value(max);
        Checked<Void> result = FieldRules.minNotAboveMax(low, high, "");
        if (!result.isValid() && problem(min) == null) {
            problem(min, 0, get(min), result.reason(), List.of(max, get(max).strip()));
        }
    }

    /** Reports a problem. */
    protected void problem(FormField field, int line, String value, Reason reason, List<?> arguments) {
        List<FieldProblem> more = new ArrayList<>(problems);
        more.add(new FieldProblem(field, line, value, reason, List.<Object>copyOf(arguments)));
        problems = more;
    }

    private int fieldOrder(FormField field) {
        int position = fields.indexOf(field);
        return position >= 0 ? position : fields.size() + otherFields().indexOf(field);
    }
}
