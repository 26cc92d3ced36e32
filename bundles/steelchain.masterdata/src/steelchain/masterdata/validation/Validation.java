package steelchain.masterdata.validation;

import steelchain.masterdata.csv.CsvDialect;

/**
 * The outcome of checking a file.
 *
 * @param dialect  how the file is written
 * @param rows     data rows read (the header not counted)
 * @param problems everything wrong with it; nothing may be written unless this is empty
 * @param result   the valid rows, to be written when there are no problems
 */
public record Validation<T>(CsvDialect dialect, int rows, ProblemCollector problems, T result) {

    public boolean passed() {
        return problems.total() == 0;
    }
}
