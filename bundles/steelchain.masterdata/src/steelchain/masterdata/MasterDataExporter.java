package steelchain.masterdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import jakarta.persistence.EntityManager;

import steelchain.core.data.DataStore;
import steelchain.masterdata.csv.CsvDelimiter;
import steelchain.masterdata.csv.CsvEncoding;
import steelchain.masterdata.csv.CsvWriter;
import steelchain.masterdata.layout.Column;
import steelchain.masterdata.layout.CustomerLayout;
import steelchain.masterdata.layout.GradeLayout;
import steelchain.masterdata.layout.OrderLayout;
import steelchain.masterdata.store.CustomerStore;
import steelchain.masterdata.store.GradeStore;
import steelchain.masterdata.store.OrderStore;
import steelchain.masterdata.store.RecordSink;

/**
 * Exports customers, steel grades or order lines to a comma-separated file in the layout the
 * {@link MasterDataImporter} reads, so that an export imported again changes nothing. Reads
 * page by page; the file appears only when it is complete.
 */
public final class MasterDataExporter {

    private final DataStore store;

    public MasterDataExporter(DataStore store) {
        this.store = store;
    }

    /**
     * Writes every record of {@code kind} to {@code file}, replacing it.
     *
     * @param encoding UTF-8 (with a byte order mark, for Excel) or GBK
     * @param headers  the language of the column names
     * @return how many records were written (order lines, for orders)
     * @throws steelchain.masterdata.csv.UnencodableValueException when GBK cannot hold a value;
     *         {@code file} is left as it was
     */
    public long export(RecordKind kind, Path file, CsvEncoding encoding, HeaderLanguage headers,
            IProgressMonitor monitor) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            long written;
            try (OutputStream out = Files.newOutputStream(partial);
                    CsvWriter writer = new CsvWriter(out, encoding, CsvDelimiter.COMMA)) {
                writer.write(columnNames(kind, headers));
                written = read(kind, writer::write, monitor);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The column names of {@code kind}'s files, in the order they are written. */
    public static List<String> columnNames(RecordKind kind, HeaderLanguage language) {
        return columnsOf(kind).stream().map(c -> c.name(language)).toList();
    }

    private static List<Column> columnsOf(RecordKind kind) {
        return switch (kind) {
            case CUSTOMERS -> CustomerLayout.COLUMNS;
            case GRADES -> GradeLayout.COLUMNS;
            case ORDERS -> OrderLayout.COLUMNS;
        };
    }

    /** In a transaction that writes nothing: orders are read through its JDBC connection. */
    private long read(RecordKind kind, RecordSink sink, IProgressMonitor monitor) throws IOException {
        try {
            return store.inTransaction((EntityManager em) -> {
                try {
                    return switch (kind) {
                        case CUSTOMERS -> CustomerStore.export(em, sink, monitor);
                        case GRADES -> GradeStore.export(em, sink, monitor);
                        case ORDERS -> OrderStore.export(em, sink, monitor);
                    };
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            // The data store may wrap what the work threw.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UncheckedIOException unchecked) {
                    throw unchecked.getCause();
                }
            }
            throw e;
        }
    }
}
