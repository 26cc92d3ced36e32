package steelchain.marketing.segmentation;

import java.nio.file.Path;

/**
 * What is wrong at one place of an order file.
 *
 * @param file    the file
 * @param row     line number in the file, the header being row 1
 * @param column  column number, from 1
 * @param name    the column's name from the header, or empty when the row has too many columns
 * @param message what is wrong, in the user's language
 */
public record CsvProblem(Path file, long row, int column, String name, String message) {

    /** {@code file:row:column (name): message}, as compilers and editors show a place in a file. */
    @Override
    public String toString() {
        return file + ":" + row + ":" + column + (name.isEmpty() ? "" : " (" + name + ")") + ": " + message;
    }
}
