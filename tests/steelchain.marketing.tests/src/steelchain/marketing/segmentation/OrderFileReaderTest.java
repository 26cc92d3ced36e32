package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading order files: values, chunks, and the place of every problem. */
class OrderFileReaderTest {

    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsColumnsInAnyOrderAcrossChunks() throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFFamount_cny,region,customer_code,order_date,tonnes\r\n");
        Map<String, Double> expected = new HashMap<>();
        String[] codes = { "C100001", "C999999", "宝钢客户-7", "ACME", "C12345" };
        for (int i = 0; i < 5_000; i++) {
            String code = codes[i % codes.length];
            double amount = (i % 97) * 1000.25;
            expected.merge(code, amount, Double::sum);
            csv.append(String.format(Locale.ROOT, "%.2f,East,%s,2025-%02d-%02d,%.3f\r\n", amount, code, 1 + i % 12,
                    1 + i % 28, 1 + (i % 5) * 0.5));
        }
        Path file = write("orders.csv", csv.toString());
        double[] oneThread = null;
        for (int threads : new int[] { 1, 2, 3 }) {
            // chunks of 4 KiB: about 40, taken by the threads in turn
            OrderHistory history = new OrderFileReader(Locale.ENGLISH, threads, 4096).read(file,
                    new NullProgressMonitor());
            assertEquals(5_000, history.rows());
            CustomerRfm rfm = CustomerRfm.aggregate(history, null, null, LocalDate.of(2026, 1, 1));
            assertEquals(5, rfm.size(), "a code read in several chunks is one customer");
            double[] monetary = new double[rfm.size()];
            for (int i = 0; i < rfm.size(); i++) {
                assertEquals(expected.get(rfm.code(i)), rfm.monetaryCny(i), 1e-6, rfm.code(i));
                assertEquals(1_000, rfm.frequency(i));
                monetary[i] = rfm.monetaryCny(i);
            }
            if (oneThread == null) {
                oneThread = monetary;
            }
            assertArrayEquals(oneThread, monetary, "the same sums to the last bit on any number of threads");
            assertEquals(LocalDate.of(2025, 12, 28), history.lastOrderDate().orElseThrow());
        }
    }

    @Test
    void everyProblemNamesFileRowAndColumn() throws IOException {
        Path file = write("bad.csv", """
                customer_code,order_date,tonnes,amount_cny
                C100001,2025-01-02,10.000,41000.00
                C100002,2025-02-30,10.000,41000.00
                C100003,2025-03-01,-1,41000.00
                C100004,2025-03-01,10.000,4l000.00

                ,2025-03-01,10.000,100.00
                C100005,2025-03-01
                C100006,2025-03-01,1,2,3
                """);
        OrderFileException refused = assertThrows(OrderFileException.class,
                () -> new OrderFileReader(Locale.ENGLISH, 2).read(file, new NullProgressMonitor()));
        List<String> problems = refused.problems().stream().map(CsvProblem::toString).toList();
        assertEquals(6, refused.problemCount(), problems.toString());
        assertEquals(file + ":3:2 (order_date): '2025-02-30' is not a date of the form yyyy-MM-dd (for example 2025-03-31).",
                problems.get(0));
        assertTrue(problems.get(1).startsWith(file + ":4:3 (tonnes): '-1' is not a weight in tonnes"), problems.get(1));
        assertTrue(problems.get(2).startsWith(file + ":5:4 (amount_cny): '4l000.00'"), problems.get(2));
        assertEquals(file + ":7:1 (customer_code): The customer code is empty.", problems.get(3));
        assertEquals(file + ":8:3 (tonnes): The row has 2 column(s), the header 4.", problems.get(4));
        assertEquals(file + ":9:5: The row has more columns than the header's 4.", problems.get(5));
        assertTrue(refused.getMessage().contains("6 problem(s)"), refused.getMessage());
    }

    /**
     * A file of several 1 MiB blocks per chunk: rows cut by a block's end, a line longer than a
     * block, and a problem far down keep their values and row numbers; the totals summed while
     * parsing equal the sums of the rows.
     */
    @Test
    void rowsAcrossBlocksKeepTheirValuesAndNumbers() throws Exception {
        StringBuilder csv = new StringBuilder("customer_code,order_date,tonnes,amount_cny,note\n");
        int rows = 90_000;
        for (int i = 0; i < rows; i++) {
            String note = i == 40_000 ? "x".repeat(1_500_000) : "n" + i;
            csv.append(String.format(Locale.ROOT, "C%06d,2024-%02d-%02d,1.5,%d.25,%s\n", i % 1_000, 1 + i % 12,
                    1 + i % 28, i, note));
        }
        Path file = write("long.csv", csv.toString());
        for (int threads : new int[] { 1, 2 }) {
            OrderHistory history = new OrderFileReader(Locale.ENGLISH, threads).read(file, new NullProgressMonitor());
            assertEquals(rows, history.rows());
            CustomerRfm fromTotals = CustomerRfm.aggregate(history, null, null, LocalDate.of(2025, 1, 1));
            assertEquals(1_000, fromTotals.size());
            for (int c = 0; c < 1_000; c++) {
                // customer c has the rows c, c + 1000, ...: amounts (c + 1000 j) + 0.25
                double expected = 0;
                for (int row = c; row < rows; row += 1_000) {
                    expected += row + 0.25;
                }
                assertEquals(String.format(Locale.ROOT, "C%06d", c), fromTotals.code(c));
                assertEquals(rows / 1_000, fromTotals.frequency(c));
                assertEquals(expected, fromTotals.monetaryCny(c), 1e-6);
            }
        }
        Files.writeString(file, "C000001,2024-02-30,1,1,late\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        OrderFileException refused = assertThrows(OrderFileException.class,
                () -> new OrderFileReader(Locale.ENGLISH, 2).read(file, new NullProgressMonitor()));
        assertTrue(refused.problems().get(0).toString().startsWith(file + ":" + (rows + 2) + ":2 (order_date)"),
                refused.problems().get(0).toString());
    }

    /**
     * Rows of the usual layout take a quicker path when they are plain; every kind of row must
     * read the same as in a file whose column order sends every row down the checking path.
     */
    @Test
    void usualAndCheckedRowsReadTheSame() throws Exception {
        String[][] rows = { { "C000001", "2025-01-02", "1.5", "41000.00" }, { "C000002", "2024-02-29", "7", "-12.5" },
                { "C000003", "2025-03-01", "0.125", "12." }, { "C000004", "2025-03-02", ".5", ".75" },
                { "C000005", "2025-03-03", "12345678901234567890", "+3.5" },
                { "C000006", "2025-03-04", "2.0", "1234567890123456.5" }, { "X-1", "2025-03-05", "1", "2" },
                { "C12345", "2025-03-06", "1", "2" }, { "C000001", "2025-12-31", "00.0", "0.000001" } };
        StringBuilder usual = new StringBuilder("customer_code,order_date,tonnes,amount_cny\n");
        StringBuilder checked = new StringBuilder("amount_cny,tonnes,order_date,customer_code\n");
        for (int i = 0; i < rows.length; i++) {
            String[] row = rows[i];
            String end = i % 2 == 0 ? "\r\n" : "\n";
            usual.append(String.join(",", row)).append(end);
            checked.append(row[3]).append(',').append(row[2]).append(',').append(row[1]).append(',').append(row[0])
                    .append(end);
        }
        usual.setLength(usual.length() - 1); // the last line without its line feed
        OrderHistory quick = new OrderFileReader(Locale.ENGLISH, 1).read(write("usual.csv", usual.toString()),
                new NullProgressMonitor());
        OrderHistory slow = new OrderFileReader(Locale.ENGLISH, 1).read(write("checked.csv", checked.toString()),
                new NullProgressMonitor());
        assertEquals(rows.length, quick.rows());
        LocalDate reference = LocalDate.of(2026, 1, 1);
        CustomerRfm a = CustomerRfm.aggregate(quick, null, null, reference);
        CustomerRfm b = CustomerRfm.aggregate(slow, null, null, reference);
        assertEquals(8, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.code(i), a.code(i));
            assertEquals(b.recencyDays(i), a.recencyDays(i), a.code(i));
            assertEquals(b.frequency(i), a.frequency(i), a.code(i));
            assertEquals(b.monetaryCny(i), a.monetaryCny(i), a.code(i));
        }
        assertEquals(41000.000001, a.monetaryCny(0), 1e-9, "C000001: two rows");
        assertEquals(-12.5, a.monetaryCny(1));
    }

    @Test
    void problemsInChinese() throws IOException {
        Path file = write("bad-zh.csv", "customer_code,order_date,tonnes,amount_cny\nC1,2025/01/02,1,2\n");
        OrderFileException refused = assertThrows(OrderFileException.class,
                () -> new OrderFileReader(Locale.SIMPLIFIED_CHINESE, 1).read(file, new NullProgressMonitor()));
        assertEquals(file + ":2:2 (order_date): “2025/01/02”不是 yyyy-MM-dd 格式的日期（例如 2025-03-31）。",
                refused.problems().get(0).toString());
    }

    @Test
    void aHeaderWithoutAColumnIsRefused() throws IOException {
        Path file = write("header.csv", "customer_code,date,tonnes,amount_cny\nC1,2025-01-02,1,2\n");
        OrderFileException refused = assertThrows(OrderFileException.class,
                () -> new OrderFileReader(Locale.ENGLISH).read(file, new NullProgressMonitor()));
        assertEquals(file + ":1:5: The header lacks column order_date; expected columns "
                + "customer_code,order_date,tonnes,amount_cny.", refused.problems().get(0).toString());
    }

    @Test
    void datesByDigitsAgreeWithJavaTime() {
        for (LocalDate day = LocalDate.of(1899, 1, 1); day.isBefore(LocalDate.of(2101, 1, 1)); day = day.plusDays(1)) {
            byte[] text = day.toString().getBytes(StandardCharsets.US_ASCII);
            assertEquals(day.toEpochDay(), OrderFileReader.epochDay(text, 0, text.length), day.toString());
            int looked = OrderFileReader.usualEpochDay(text, 0);
            if (day.getYear() >= 1900) {
                assertEquals(day.toEpochDay(), looked, day.toString());
            } else {
                assertEquals(Integer.MIN_VALUE, looked, "before the table: left to the checking path");
            }
            assertEquals(day.getMonthValue() - 1, CustomerRfm.monthIndex((int) day.toEpochDay()), day.toString());
        }
        for (String bad : new String[] { "2025-02-29", "2024-13-01", "2024-00-10", "2024-1-10", "20240110",
                "2024-01-1x", "2024-04-31", "2024-04-00", "2024/04/01" }) {
            byte[] text = bad.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Integer.MIN_VALUE, OrderFileReader.epochDay(text, 0, text.length), bad);
            if (text.length == 10) {
                assertEquals(Integer.MIN_VALUE, OrderFileReader.usualEpochDay(text, 0), bad);
            }
        }
        byte[] late = "2150-01-01".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Integer.MIN_VALUE, OrderFileReader.usualEpochDay(late, 0), "after the table");
        assertEquals(LocalDate.of(2150, 1, 1).toEpochDay(), OrderFileReader.epochDay(late, 0, late.length));
    }

    @Test
    void decimalsAreParsedExactly() {
        String[] good = { "0", "12", "12.5", "-3.25", "+7", ".5", "41000.00", "123456789012.34",
                "0.000000000000000000123", "12345678901234567890.5" };
        for (String text : good) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertEquals(Double.parseDouble(text), OrderFileReader.decimal(bytes, 0, bytes.length), text);
        }
        for (String text : new String[] { "", "-", ".", "1,5", "1.2.3", "1e5", "NaN", "12 " }) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertTrue(Double.isNaN(OrderFileReader.decimal(bytes, 0, bytes.length)), text);
        }
    }
}
