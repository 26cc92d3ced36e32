package steelchain.masterdata.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.TestFiles;

/** Runs the file validator over test files and compares what it reports. */
final class Check {

    private Check() {
    }

    static <T> Validation<T> file(Path file, RowValidator<T> validator) {
        try {
            return FileValidator.validate(file, null, null, validator, new NullProgressMonitor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> Validation<T> lines(Path folder, RowValidator<T> validator, String... lines) {
        return file(TestFiles.utf8(folder, "data.csv", lines), validator);
    }

    /** The one problem of {@code validation}, which must have exactly one. */
    static ImportProblem onlyProblem(Validation<?> validation) {
        assertEquals(1, validation.problems().total(), () -> validation.problems().kept().toString());
        return validation.problems().kept().get(0);
    }

    static void assertProblem(ImportProblem problem, int row, String column, String value, Reason reason,
            String... arguments) {
        assertEquals(new ImportProblem("data.csv", row, column, value, reason, List.of(arguments)), problem);
    }

    static <T> T passed(Validation<T> validation) {
        assertEquals(List.of(), validation.problems().kept());
        return validation.result();
    }
}
