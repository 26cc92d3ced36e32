package steelchain.masterdata.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Header;

/**
 * The problems found in one file. Keeps the first {@value #KEPT} and counts the rest, so that a
 * file that is wrong on every one of a million rows neither fills the memory nor hides how
 * much is wrong.
 */
public final class ProblemCollector implements Header.ProblemSink {

    public static final int KEPT = 1000;

    private final String file;
    private final List<ImportProblem> kept = new ArrayList<>();
    private long total;

    public ProblemCollector(String file) {
        this.file = file;
    }

    @Override
    public void problem(int row, String column, String value, Reason reason, Object... arguments) {
        total++;
        if (kept.size() < KEPT) {
            kept.add(new ImportProblem(file, row, column, value, reason,
                    Arrays.stream(arguments).map(String::valueOf).toList()));
        }
    }

    /** How many problems were found, kept or not. */
    public long total() {
        return total;
    }

    /** The first problems found, in file order. */
    public List<ImportProblem> kept() {
        return List.copyOf(kept);
    }
}
