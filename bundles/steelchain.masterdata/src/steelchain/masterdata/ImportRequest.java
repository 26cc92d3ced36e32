package steelchain.masterdata;

import java.nio.file.Path;
import java.util.Objects;

import steelchain.masterdata.csv.CsvDelimiter;
import steelchain.masterdata.csv.CsvEncoding;

/**
 * What to import.
 *
 * @param encoding  the file's encoding, or {@code null} to detect it
 * @param delimiter the field separator, or {@code null} to detect it from the header line
 * @param dryRun    check the file and count what would change, without writing anything
 */
public record ImportRequest(RecordKind kind, Path file, CsvEncoding encoding, CsvDelimiter delimiter, boolean dryRun) {

    public ImportRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
    }

    /** Import {@code file}, detecting its encoding and separator. */
    public static ImportRequest of(RecordKind kind, Path file) {
        return new ImportRequest(kind, file, null, null, false);
    }

    public ImportRequest withEncoding(CsvEncoding value) {
        return new ImportRequest(kind, file, value, delimiter, dryRun);
    }

    public ImportRequest withDelimiter(CsvDelimiter value) {
        return new ImportRequest(kind, file, encoding, value, dryRun);
    }

    public ImportRequest asDryRun() {
        return new ImportRequest(kind, file, encoding, delimiter, true);
    }
}
