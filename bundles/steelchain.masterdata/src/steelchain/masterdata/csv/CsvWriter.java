package steelchain.masterdata.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Writes CSV that Excel and WPS open as they are and that {@link CsvReader} reads back:
 * CRLF line ends, fields quoted only when they hold a separator, a quote or a line break.
 * UTF-8 files start with a byte order mark, without which Excel shows Chinese as mojibake.
 */
public final class CsvWriter implements Closeable {

    private final Writer out;
    private final char delimiter;
    /** Set for encodings that cannot hold every character, to refuse what they would garble. */
    private final CharsetEncoder narrowEncoder;

    /** Starts writing to {@code out}, which the writer closes. */
    public CsvWriter(OutputStream out, CsvEncoding encoding, CsvDelimiter delimiter) throws IOException {
        CharsetEncoder encoder = encoding.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.out = new BufferedWriter(new OutputStreamWriter(out, encoder), CsvReader.BLOCK);
        this.delimiter = delimiter.character();
        this.narrowEncoder = encoding == CsvEncoding.UTF_8 ? null : encoding.charset().newEncoder();
        if (encoding == CsvEncoding.UTF_8) {
            this.out.write('\uFEFF');
        }
    }

    /**
     * Writes one record.
     *
     * @throws UnencodableValueException when a field has a character the encoding cannot hold;
     *                                   nothing of the record is written then
     */
    public void write(List<String> fields) throws IOException {
        if (narrowEncoder != null) {
            for (String value : fields) {
                if (!isAscii(value) && !narrowEncoder.canEncode(value)) {
                    throw new UnencodableValueException(value);
                }
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            writeField(fields.get(i));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeField(String value) throws IOException {
        if (value.indexOf(delimiter) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
