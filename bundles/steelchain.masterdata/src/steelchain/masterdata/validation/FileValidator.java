package steelchain.masterdata.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.csv.CsvDelimiter;
import steelchain.masterdata.csv.CsvEncoding;
import steelchain.masterdata.csv.CsvFormatException;
import steelchain.masterdata.csv.CsvReader;
import steelchain.masterdata.csv.CsvRecord;
import steelchain.masterdata.layout.Header;

/**
 * Reads a whole file once, streaming, and checks every row, however many are wrong: the
 * header, the CSV format, then each row through the kind's {@link RowValidator}.
 */
public final class FileValidator {

    private static final int ROWS_PER_PROGRESS_STEP = 1000;

    private FileValidator() {
    }

    /**
     * @param encoding  the file's encoding, or {@code null} to detect it
     * @param delimiter the field separator, or {@code null} to detect it
     * @throws IOException when the file cannot be read at all
     * @throws OperationCanceledException when {@code monitor} is cancelled
     */
    public static <T> Validation<T> validate(Path file, CsvEncoding encoding, CsvDelimiter delimiter,
            RowValidator<T> validator, IProgressMonitor monitor) throws IOException {
        long size = Math.max(1, Files.size(file));
        SubMonitor progress = SubMonitor.convert(monitor, 1000);
        ProblemCollector problems = new ProblemCollector(file.getFileName().toString());
        int rows = 0;
        try (CsvReader reader = CsvReader.open(Files.newInputStream(file), encoding, delimiter)) {
            Header header = null;
            try {
                CsvRecord headerRecord = reader.next();
                if (headerRecord == null) {
                    problems.problem(1, "", "", Reason.EMPTY_FILE);
                    return new Validation<>(reader.dialect(), 0, problems, validator.result());
                }
                header = Header.read(headerRecord, validator.columns(), problems);
                if (problems.total() > 0) {
                    // Without a sound header no cell can be told apart from another.
                    return new Validation<>(reader.dialect(), 0, problems, validator.result());
                }
                int reported = 0;
                for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                    checkFieldCount(header, record, problems);
                    validator.accept(new RowValues(header, record, problems));
                    rows++;
                    if (rows % ROWS_PER_PROGRESS_STEP == 0) {
                        if (progress.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        int done = (int) (reader.bytesRead() * 1000 / size);
                        progress.worked(done - reported);
                        reported = done;
                    }
                }
            } catch (CsvFormatException e) {
                String column = header == null ? "" : header.label(e.fieldIndex());
                if (e.kind() == CsvFormatException.Kind.MALFORMED_ENCODING) {
                    problems.problem(e.line(), column, "", Reason.MALFORMED_ENCODING,
                            reader.dialect().encoding().charset().name());
                } else {
                    problems.problem(e.line(), column, "", reasonOf(e.kind()));
                }
            }
            return new Validation<>(reader.dialect(), rows, problems, validator.result());
        }
    }

    /** Cells beyond the header's columns may be empty (spreadsheets write them), not filled. */
    private static void checkFieldCount(Header header, CsvRecord record, ProblemCollector problems) {
        for (int i = header.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                problems.problem(record.line(), "", record.get(i), Reason.TOO_MANY_FIELDS, record.size(),
                        header.size());
                return;
            }
        }
    }

    private static Reason reasonOf(CsvFormatException.Kind kind) {
        return switch (kind) {
            case UNCLOSED_QUOTE -> Reason.UNCLOSED_QUOTE;
            case TEXT_AFTER_QUOTE -> Reason.TEXT_AFTER_QUOTE;
            case MALFORMED_ENCODING -> Reason.MALFORMED_ENCODING;
        };
    }
}
