package steelchain.masterdata.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import steelchain.masterdata.layout.Column.Bound;

/**
 * The columns of a steel grades file, one grade per row, keyed by {@link #CODE}: mechanical
 * limits, then a minimum and a maximum column per chemical element in mass percent
 * ({@code c_min}, {@code c_max}, ... or {@code C下限}, {@code C上限}, ...).
 */
public final class GradeLayout {

    public static final Column CODE = Column.text("code", "牌号", 32).required();
    public static final Column STANDARD = Column.text("standard", "标准", 40).required();
    public static final Column DESCRIPTION = Column.text("description", "描述", 200);
    public static final Column YIELD_MIN = Column.integer("yield_min_mpa", "屈服强度下限(MPa)")
            .bounded(Bound.POSITIVE);
    public static final Column TENSILE_MIN = Column.integer("tensile_min_mpa", "抗拉强度下限(MPa)")
            .bounded(Bound.POSITIVE);
    public static final Column TENSILE_MAX = Column.integer("tensile_max_mpa", "抗拉强度上限(MPa)")
            .bounded(Bound.POSITIVE);
    public static final Column ELONGATION_MIN = Column.decimal("elongation_min_pct", "断后伸长率下限(%)", 5, 1)
            .bounded(Bound.PERCENT);

    /** The elements a grade's chemistry may limit, in the order of the columns. */
    public static final List<String> ELEMENTS = List.of("C", "Si", "Mn", "P", "S", "Cr", "Ni", "Cu", "Mo", "V", "Nb",
            "Ti", "Al", "B", "N");

    /** The two columns of one element. */
    public record ElementColumns(String element, Column min, Column max) {
    }

    public static final List<ElementColumns> CHEMISTRY = ELEMENTS.stream()
            .map(e -> new ElementColumns(e, elementColumn(e, "_min", "下限"), elementColumn(e, "_max", "上限")))
            .toList();

    /** In the order an export writes them. */
    public static final List<Column> COLUMNS = columns();

    private GradeLayout() {
    }

    private static Column elementColumn(String element, String suffix, String chineseSuffix) {
        return Column.decimal(element.toLowerCase(Locale.ROOT) + suffix, element + chineseSuffix + "(%)", 7, 4)
                .bounded(Bound.PERCENT);
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(
                List.of(CODE, STANDARD, DESCRIPTION, YIELD_MIN, TENSILE_MIN, TENSILE_MAX, ELONGATION_MIN));
        for (ElementColumns element : CHEMISTRY) {
            columns.add(element.min());
            columns.add(element.max());
        }
        return List.copyOf(columns);
    }
}
