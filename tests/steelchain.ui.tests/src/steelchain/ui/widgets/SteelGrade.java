package steelchain.ui.widgets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A master-data row for the grid tests: a steel grade with its stock. */
record SteelGrade(String code, String name, Double stockTonnes, LocalDate released) {

    static final String[] NAMES = { "Q235B structural", "Q345B structural", "S355JR structural", "304 Stainless",
            "316L stainless", "42CrMo4 alloy", "DC01 cold rolled" };

    /** Columns: code, name, stock in tonnes ("#,##0.0", US English), release date (ISO). */
    static List<GridColumn<SteelGrade>> columns() {
        return List.of(GridColumn.text("Code", SteelGrade::code).width(110), GridColumn.text("Name", SteelGrade::name),
                GridColumn.number("Stock (t)", SteelGrade::stockTonnes, "#,##0.0", Locale.US),
                GridColumn.date("Released", SteelGrade::released, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /**
     * {@code count} grades: codes SC-0000000, SC-0000001, ... in order; names cycling through
     * {@link #NAMES}; stock and release date scrambled so that no order follows the input order.
     */
    static List<SteelGrade> many(int count) {
        List<SteelGrade> grades = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long scrambled = (i * 7919L) % 1_000_003L;
            grades.add(new SteelGrade(String.format("SC-%07d", i), NAMES[i % NAMES.length] + " " + (i % 1000),
                    scrambled / 10.0, LocalDate.of(2000, 1, 1).plusDays(scrambled % 9000)));
        }
        return grades;
    }
}
