package steelchain.masterdata.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import steelchain.masterdata.csv.CsvFormatException.Kind;

/**
 * Streams the records of a CSV file (RFC 4180 as Excel and WPS write it): fields separated by
 * a comma or a tab, optionally in double quotes, where a quoted field may hold separators,
 * line breaks and quotes written twice. Blank lines are skipped; line breaks inside quoted
 * fields become {@code \n}. Each record knows the line it starts on.
 * <p>
 * The encoding and the separator are detected unless given: a UTF-8 byte order mark, or a
 * first block that is valid UTF-8, means UTF-8, anything else GBK; the header line's more
 * frequent separator outside quotes wins. Bytes that are not valid in the encoding stop the
 * reading with an error at the line they are on, so no text is silently garbled.
 */
public final class CsvReader implements Closeable {

    /** How much is read to detect the encoding, and the size of the decoding buffers. */
    static final int BLOCK = 64 * 1024;
    private static final int END = -1;

    private final InputStream in;
    private final CsvDialect dialect;
    private final char delimiter;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
    private final char[] text = new char[BLOCK];
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private int position;
    private int limit;
    private boolean endOfBytes;
    /** The decoder met bytes it cannot read right after the characters in the buffer. */
    private boolean malformedAhead;
    private long bytesRead;
    private int line = 1;

    private CsvReader(InputStream in, CsvEncoding encoding, CsvDelimiter delimiter, boolean byteOrderMark) {
        this.in = in;
        this.dialect = new CsvDialect(encoding, delimiter, byteOrderMark);
        this.delimiter = delimiter.character();
        this.decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Starts reading {@code in}, which the reader closes.
     *
     * @param encoding  the file's encoding, or {@code null} to detect it
     * @param delimiter the field separator, or {@code null} to detect it from the first line
     */
    public static CsvReader open(InputStream in, CsvEncoding encoding, CsvDelimiter delimiter) throws IOException {
        ByteBuffer sample = ByteBuffer.allocate(BLOCK);
        boolean wholeFile = readFully(in, sample);
        sample.flip();
        boolean byteOrderMark = startsWithUtf8ByteOrderMark(sample);
        CsvEncoding actualEncoding = encoding != null ? encoding
                : byteOrderMark || isUtf8(sample.duplicate(), wholeFile) ? CsvEncoding.UTF_8 : CsvEncoding.GBK;
        boolean skipByteOrderMark = byteOrderMark && actualEncoding == CsvEncoding.UTF_8;
        if (skipByteOrderMark) {
            sample.position(3);
        }
        CsvDelimiter actualDelimiter = delimiter != null ? delimiter : delimiterOfFirstLine(sample.duplicate());
        CsvReader reader = new CsvReader(in, actualEncoding, actualDelimiter, skipByteOrderMark);
        reader.bytes.put(sample).flip();
        reader.endOfBytes = wholeFile;
        reader.bytesRead = sample.limit();
        return reader;
    }

    /** The encoding and separator in use, given or detected. */
    public CsvDialect dialect() {
        return dialect;
    }

    /** Bytes taken from the input so far, for progress reports. */
    public long bytesRead() {
        return bytesRead;
    }

    /**
     * The next record, or {@code null} at the end of the file.
     *
     * @throws CsvFormatException when the quoting is broken or the bytes are not text in the encoding
     */
    public CsvRecord next() throws IOException, CsvFormatException {
        int c = peek();
        while (c == '\r' || c == '\n') {
            endLine(read());
            c = peek();
        }
        if (c == END) {
            return null;
        }
        int startLine = line;
        fields.clear();
        boolean endOfRecord;
        do {
            endOfRecord = readField();
            fields.add(field.toString());
        } while (!endOfRecord);
        return new CsvRecord(startLine, fields.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads one field into {@link #field} and the separator after it; true when the record ended. */
    private boolean readField() throws IOException, CsvFormatException {
        field.setLength(0);
        if (peek() == '"') {
            return readQuotedField();
        }
        while (true) {
            if (position == limit && !fill()) {
                return true;
            }
            int start = position;
            while (position < limit) {
                char c = text[position];
                if (c == delimiter || c == '\n' || c == '\r') {
                    field.append(text, start, position - start);
                    position++;
                    if (c == delimiter) {
                        return false;
                    }
                    endLine(c);
                    return true;
                }
                position++;
            }
            field.append(text, start, position - start);
        }
    }

    private boolean readQuotedField() throws IOException, CsvFormatException {
        int quoteLine = line;
        read();
        while (true) {
            int c = read();
            if (c == END) {
                throw new CsvFormatException(Kind.UNCLOSED_QUOTE, quoteLine, fields.size());
            }
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                read();
                field.append('"');
            } else if (c == '\r' || c == '\n') {
                endLine(c);
                field.append('\n');
            } else {
                field.append((char) c);
            }
        }
        int next = read();
        if (next == delimiter) {
            return false;
        }
        if (next == END || next == '\r' || next == '\n') {
            endLine(next);
            return true;
        }
        throw new CsvFormatException(Kind.TEXT_AFTER_QUOTE, line, fields.size());
    }

    /** Counts a line break; {@code \r\n} is one. */
    private void endLine(int c) throws IOException, CsvFormatException {
        if (c == END) {
            return;
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException, CsvFormatException {
        if (position == limit && !fill()) {
            return END;
        }
        return text[position++];
    }

    private int peek() throws IOException, CsvFormatException {
        if (position == limit && !fill()) {
            return END;
        }
        return text[position];
    }

    /** Decodes the next characters into the buffer; false at the end of the input. */
    private boolean fill() throws IOException, CsvFormatException {
        if (malformedAhead) {
            // Every good character before the bad bytes is consumed: the line is exact.
            throw new CsvFormatException(Kind.MALFORMED_ENCODING, line, -1);
        }
        CharBuffer out = CharBuffer.wrap(text);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfBytes);
            if (result.isError()) {
                malformedAhead = true;
                break;
            }
            if (result.isOverflow() || out.position() > 0 || endOfBytes) {
                break;
            }
            readMoreBytes();
        }
        position = 0;
        limit = out.position();
        if (limit == 0 && malformedAhead) {
            throw new CsvFormatException(Kind.MALFORMED_ENCODING, line, -1);
        }
        return limit > 0;
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int count = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (count < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + count);
            bytesRead += count;
        }
        bytes.flip();
    }

    /** Fills {@code buffer} from {@code in}; true when that took the whole input. */
    private static boolean readFully(InputStream in, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            int count = in.read(buffer.array(), buffer.position(), buffer.remaining());
            if (count < 0) {
                return true;
            }
            buffer.position(buffer.position() + count);
        }
        return false;
    }

    private static boolean startsWithUtf8ByteOrderMark(ByteBuffer sample) {
        return sample.remaining() >= 3 && (sample.get(0) & 0xFF) == 0xEF && (sample.get(1) & 0xFF) == 0xBB
                && (sample.get(2) & 0xFF) == 0xBF;
    }

    /** Whether the sample decodes as UTF-8; a character cut off at the end of a partial sample is fine. */
    private static boolean isUtf8(ByteBuffer sample, boolean wholeFile) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(BLOCK);
        while (true) {
            CoderResult result = utf8.decode(sample, out, wholeFile);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    /**
     * The separator used more often outside quotes in the first line. Works on bytes: comma, tab,
     * quote and line feed are single bytes in UTF-8 and GBK and never part of a Chinese character.
     */
    private static CsvDelimiter delimiterOfFirstLine(ByteBuffer sample) {
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        while (sample.hasRemaining()) {
            byte b = sample.get();
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? CsvDelimiter.TAB : CsvDelimiter.COMMA;
    }
}
