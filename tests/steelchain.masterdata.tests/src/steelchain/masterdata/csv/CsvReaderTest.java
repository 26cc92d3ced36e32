package steelchain.masterdata.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import steelchain.masterdata.csv.CsvFormatException.Kind;

class CsvReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private static CsvReader open(byte[] bytes) throws IOException {
        return CsvReader.open(new ByteArrayInputStream(bytes), null, null);
    }

    private static List<CsvRecord> readAll(CsvReader reader) throws IOException, CsvFormatException {
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    @Test
    void readsUtf8WithByteOrderMarkAndCrLf() throws Exception {
        CsvReader reader = open(concat(BOM, "客户编码,客户名称\r\nC001,宝钢\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new CsvDialect(CsvEncoding.UTF_8, CsvDelimiter.COMMA, true), reader.dialect());
        List<CsvRecord> records = readAll(reader);
        assertEquals(List.of("客户编码", "客户名称"), records.get(0).fields(), "the mark is not part of the first name");
        assertEquals(List.of("C001", "宝钢"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
    }

    @Test
    void readsUtf8WithoutByteOrderMark() throws Exception {
        CsvReader reader = open("code,name\nC001,首钢\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new CsvDialect(CsvEncoding.UTF_8, CsvDelimiter.COMMA, false), reader.dialect());
        assertEquals("首钢", readAll(reader).get(1).get(1));
    }

    @Test
    void detectsGbkAsChineseExcelWritesIt() throws Exception {
        CsvReader reader = open("客户编码,客户名称,城市\nC001,鞍山钢铁,鞍山\n".getBytes(GBK));
        assertEquals(CsvEncoding.GBK, reader.dialect().encoding());
        List<CsvRecord> records = readAll(reader);
        assertEquals(List.of("客户编码", "客户名称", "城市"), records.get(0).fields());
        assertEquals(List.of("C001", "鞍山钢铁", "鞍山"), records.get(1).fields());
    }

    @Test
    void detectsTabsFromTheHeaderLine() throws Exception {
        CsvReader reader = open("code\tname\tcity\nC001\tWISCO, Wuhan\t武汉\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(CsvDelimiter.TAB, reader.dialect().delimiter());
        assertEquals(List.of("C001", "WISCO, Wuhan", "武汉"), readAll(reader).get(1).fields());
    }

    @Test
    void commasInsideQuotesDoNotCountWhenDetecting() throws Exception {
        CsvReader reader = open("\"a,b,c\"\tname\nx\ty\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(CsvDelimiter.TAB, reader.dialect().delimiter());
    }

    @Test
    void givenEncodingAndDelimiterWinOverDetection() throws Exception {
        byte[] gbkAsciiHeader = "code,name\tx\nC1,鞍钢\ty\n".getBytes(GBK);
        CsvReader reader = CsvReader.open(new ByteArrayInputStream(gbkAsciiHeader), CsvEncoding.GBK, CsvDelimiter.TAB);
        assertEquals(new CsvDialect(CsvEncoding.GBK, CsvDelimiter.TAB, false), reader.dialect());
        assertEquals(List.of("C1,鞍钢", "y"), readAll(reader).get(1).fields());
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws Exception {
        String text = "code,name,note\n"
                + "C1,\"Acme, \"\"Steel\"\" Ltd\",\"first line\r\nsecond line\nthird\"\n"
                + "C2,\"\",plain\n"
                + "C3,last,\"no line end\"";
        List<CsvRecord> records = readAll(open(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("C1", "Acme, \"Steel\" Ltd", "first line\nsecond line\nthird"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("C2", "", "plain"), records.get(2).fields());
        assertEquals(5, records.get(2).line(), "the record above spans lines 2 to 4");
        assertEquals(List.of("C3", "last", "no line end"), records.get(3).fields());
        assertEquals(6, records.get(3).line());
    }

    @Test
    void skipsBlankLinesButCountsThemAndKeepsEmptyFields() throws Exception {
        List<CsvRecord> records = readAll(open("a,b,c\n\n\r\n1,,\n,2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, records.size());
        assertEquals(4, records.get(1).line());
        assertEquals(List.of("1", "", ""), records.get(1).fields());
        assertEquals(List.of("", "2"), records.get(2).fields());
        assertEquals("", records.get(2).get(5), "cells beyond the record's end read as empty");
    }

    @Test
    void anEmptyFileHasNoRecords() throws Exception {
        assertNull(open(new byte[0]).next());
        assertNull(open(BOM).next());
    }

    @Test
    void keepsLineNumbersAcrossBufferBoundaries() throws Exception {
        StringBuilder text = new StringBuilder("id,note\n");
        int records = 20_000;
        for (int i = 0; i < records; i++) {
            text.append(i).append(",\"宝钢 ").append(i).append("\n\"\"二\"\", ok\"\n");
        }
        CsvReader reader = open(text.toString().getBytes(StandardCharsets.UTF_8));
        reader.next();
        for (int i = 0; i < records; i++) {
            CsvRecord record = reader.next();
            assertEquals(2 + 2 * i, record.line());
            assertEquals(List.of(Integer.toString(i), "宝钢 " + i + "\n\"二\", ok"), record.fields());
        }
        assertNull(reader.next());
    }

    @Test
    void aQuoteLeftOpenIsReportedWhereItStarts() throws Exception {
        CsvReader reader = open("code,name\nC1,ok\nC2,\"open\nrest of the file\n".getBytes(StandardCharsets.UTF_8));
        reader.next();
        reader.next();
        CsvFormatException e = assertThrows(CsvFormatException.class, reader::next);
        assertEquals(Kind.UNCLOSED_QUOTE, e.kind());
        assertEquals(3, e.line());
        assertEquals(1, e.fieldIndex());
    }

    @Test
    void textAfterAClosingQuoteIsAnError() throws Exception {
        CsvReader reader = open("code,name\n\"C1\"x,y\n".getBytes(StandardCharsets.UTF_8));
        reader.next();
        CsvFormatException e = assertThrows(CsvFormatException.class, reader::next);
        assertEquals(Kind.TEXT_AFTER_QUOTE, e.kind());
        assertEquals(2, e.line());
        assertEquals(0, e.fieldIndex());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLineNotGarbled() throws Exception {
        // The first block is plain ASCII, so UTF-8 is detected; GBK bytes come far later.
        StringBuilder ascii = new StringBuilder("code,name\n");
        int line = 1;
        while (ascii.length() < 100_000) {
            ascii.append("C").append(line).append(",plain\n");
            line++;
        }
        byte[] bytes = concat(ascii.toString().getBytes(StandardCharsets.US_ASCII), "C9,鞍钢\n".getBytes(GBK));
        CsvReader reader = open(bytes);
        assertEquals(CsvEncoding.UTF_8, reader.dialect().encoding());
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> readAll(reader));
        assertEquals(Kind.MALFORMED_ENCODING, e.kind());
        assertEquals(line + 1, e.line());
    }
}
