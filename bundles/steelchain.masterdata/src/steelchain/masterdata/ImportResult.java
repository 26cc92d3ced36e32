package steelchain.masterdata;

import java.util.List;

import steelchain.masterdata.csv.CsvDialect;

/**
 * What an import found and did.
 *
 * @param request      what was asked
 * @param dialect      how the file is written, given or detected
 * @param rows         data rows read (the header not counted)
 * @param problems     the first {@value steelchain.masterdata.validation.ProblemCollector#KEPT} problems
 *                     found, in file order; none when the file was accepted
 * @param problemCount how many problems there are in all
 * @param records      what happened to the customers, grades or orders (in a dry run: what would)
 * @param lines        what happened to order lines; {@link Counts#NONE} for other kinds
 */
public record ImportResult(ImportRequest request, CsvDialect dialect, int rows, List<ImportProblem> problems,
        long problemCount, Counts records, Counts lines) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    /** Whether every row was valid; only then was anything written. */
    public boolean accepted() {
        return problemCount == 0;
    }
}
