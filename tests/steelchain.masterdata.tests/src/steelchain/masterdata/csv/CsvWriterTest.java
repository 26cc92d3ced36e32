package steelchain.masterdata.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static byte[] write(CsvEncoding encoding, CsvDelimiter delimiter, List<List<String>> records)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out, encoding, delimiter)) {
            for (List<String> record : records) {
                writer.write(record);
            }
        }
        return out.toByteArray();
    }

    @Test
    void writesUtf8WithByteOrderMarkCrLfAndQuotesOnlyWhereNeeded() throws IOException {
        byte[] bytes = write(CsvEncoding.UTF_8, CsvDelimiter.COMMA,
                List.of(List.of("code", "name"), List.of("C1", "宝钢, \"Baosteel\""), List.of("C2", "two\nlines")));
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        assertEquals("code,name\r\nC1,\"宝钢, \"\"Baosteel\"\"\"\r\nC2,\"two\nlines\"\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void writesGbkWithoutByteOrderMarkAndQuotesTabsOnlyWhenTabSeparated() throws IOException {
        byte[] bytes = write(CsvEncoding.GBK, CsvDelimiter.TAB, List.of(List.of("客户编码", "a,b", "c\td")));
        assertEquals("客户编码\ta,b\t\"c\td\"\r\n", new String(bytes, Charset.forName("GBK")));
    }

    @Test
    void refusesWhatGbkCannotHoldInsteadOfWritingQuestionMarks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(out, CsvEncoding.GBK, CsvDelimiter.COMMA)) {
            UnencodableValueException e = assertThrows(UnencodableValueException.class,
                    () -> writer.write(List.of("C1", "\uD842\uDFB7野家")));
            assertEquals("\uD842\uDFB7野家", e.value());
        }
        assertEquals(0, out.size(), "nothing of the record was written");
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        List<List<String>> records = List.of(List.of("code", "name", "note"),
                List.of("C1", "首钢 \"Shougang\"", "a,b;c"), List.of("C2", "", "line 1\nline 2"),
                List.of("C3", "  spaced  ", "\"\""));
        for (CsvEncoding encoding : CsvEncoding.values()) {
            for (CsvDelimiter delimiter : CsvDelimiter.values()) {
                byte[] bytes = write(encoding, delimiter, records);
                CsvReader reader = CsvReader.open(new ByteArrayInputStream(bytes), null, null);
                assertEquals(new CsvDialect(encoding, delimiter, encoding == CsvEncoding.UTF_8), reader.dialect());
                for (List<String> record : records) {
                    assertEquals(record, reader.next().fields(), encoding + " " + delimiter);
                }
            }
        }
    }
}
