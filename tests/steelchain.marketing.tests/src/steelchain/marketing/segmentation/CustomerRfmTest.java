package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFM values and quintile scores on a small data set checked by hand. */
class CustomerRfmTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    private static OrderHistory fiveCustomers() {
        return OrderHistory.builder()
                .add("E", LocalDate.of(2025, 7, 1), 500).add("E", LocalDate.of(2025, 7, 2), 500)
                .add("A", LocalDate.of(2025, 12, 30), 100).add("A", LocalDate.of(2025, 12, 1), 200)
                .add("A", LocalDate.of(2025, 6, 15), 300)
                .add("A", LocalDate.of(2026, 1, 5), 9999) // on or after the reference day: left out
                .add("B", LocalDate.of(2025, 11, 1), 1000)
                .add("C", LocalDate.of(2024, 12, 31), 50).add("C", LocalDate.of(2024, 1, 15), 50)
                .add("C", LocalDate.of(2019, 5, 5), 7777) // before the window: left out
                .add("D", LocalDate.of(2025, 12, 31), 10)
                .add("E", LocalDate.of(2025, 7, 3), 500).add("E", LocalDate.of(2025, 7, 4), 500)
                .build();
    }

    @Test
    void recencyFrequencyMonetaryAndScores() {
        CustomerRfm rfm = CustomerRfm.aggregate(fiveCustomers(), LocalDate.of(2020, 1, 1), null, REFERENCE);
        assertEquals(5, rfm.size());
        String[] codes = { "A", "B", "C", "D", "E" };
        int[] recency = { 2, 61, 366, 1, 181 };
        int[] frequency = { 3, 1, 2, 1, 4 };
        double[] monetary = { 600, 1000, 100, 10, 2000 };
        // score = 1 + the number of customers with a strictly worse value (n = 5)
        int[] r = { 4, 3, 1, 5, 2 };
        int[] f = { 4, 1, 3, 1, 5 };
        int[] m = { 3, 4, 2, 1, 5 };
        for (int i = 0; i < 5; i++) {
            assertEquals(codes[i], rfm.code(i), "sorted by code");
            assertEquals(recency[i], rfm.recencyDays(i), "recency of " + codes[i]);
            assertEquals(frequency[i], rfm.frequency(i), "frequency of " + codes[i]);
            assertEquals(monetary[i], rfm.monetaryCny(i), 1e-9, "monetary of " + codes[i]);
            assertEquals(r[i], rfm.recencyScore(i), "R score of " + codes[i]);
            assertEquals(f[i], rfm.frequencyScore(i), "F score of " + codes[i]);
            assertEquals(m[i], rfm.monetaryScore(i), "M score of " + codes[i]);
        }
    }

    @Test
    void quintilesOfTenValuesAndTies() {
        byte[] scores = CustomerRfm.quintiles(new double[] { 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 });
        assertArrayEquals(new byte[] { 5, 5, 4, 4, 3, 3, 2, 2, 1, 1 }, scores);
        byte[] ties = CustomerRfm.quintiles(new double[] { 1, 1, 1, 1, 1, 1, 2, 3, 4, 5 });
        assertArrayEquals(new byte[] { 1, 1, 1, 1, 1, 1, 4, 4, 5, 5 }, ties);
    }

    @Test
    void featuresAreStandardizedLikeStandardScaler() {
        CustomerRfm rfm = CustomerRfm.aggregate(fiveCustomers(), LocalDate.of(2020, 1, 1), null, REFERENCE);
        double[] x = rfm.features();
        double[] raw = { 2, 61, 366, 1, 181 };
        double mean = (2 + 61 + 366 + 1 + 181) / 5.0;
        double variance = 0;
        for (double v : raw) {
            variance += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(variance / 5); // population standard deviation
        for (int i = 0; i < 5; i++) {
            assertEquals((raw[i] - mean) / std, x[i * 3], 1e-12);
        }
        for (int feature = 1; feature < 3; feature++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < 5; i++) {
                sum += x[i * 3 + feature];
                squares += x[i * 3 + feature] * x[i * 3 + feature];
            }
            assertEquals(0, sum, 1e-9);
            assertEquals(5, squares, 1e-9);
        }
        double[] logF = { Math.log1p(3), Math.log1p(1), Math.log1p(2), Math.log1p(1), Math.log1p(4) };
        double logMean = 0;
        for (double l : logF) {
            logMean += l / 5;
        }
        double logSquares = 0;
        for (double l : logF) {
            logSquares += (l - logMean) * (l - logMean);
        }
        assertEquals((logF[0] - logMean) / Math.sqrt(logSquares / 5), x[1], 1e-12, "log(1 + F) of A, standardized");
    }

    /**
     * The totals a file reader sums while parsing give the same RFM values, counts and scores as
     * summing every row (as for orders from the database, or when a window leaves orders out).
     */
    @Test
    void totalsSummedWhileReadingEqualSummingTheRows(@TempDir Path folder) throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        StringBuilder csv = new StringBuilder("customer_code,order_date,tonnes,amount_cny\n");
        OrderHistory.Builder rows = OrderHistory.builder();
        for (int i = 0; i < 20_000; i++) {
            String code = random.nextInt(10) == 0 ? "K-" + random.nextInt(40) : String.format("C%06d", random.nextInt(900));
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(3 * 365));
            long cents = random.nextLong(10_000_000);
            csv.append(code).append(',').append(day).append(",1.000,").append(cents / 100).append('.')
                    .append(String.format("%02d", cents % 100)).append('\n');
            rows.add(code, day, cents / 100.0);
        }
        Path file = folder.resolve("orders.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        OrderHistory read = new OrderFileReader(Locale.ENGLISH, 3, 64 * 1024).read(file, new NullProgressMonitor());
        LocalDate reference = read.lastOrderDate().orElseThrow().plusDays(1);
        CustomerRfm fromTotals = CustomerRfm.aggregate(read, null, null, reference);
        CustomerRfm fromRows = CustomerRfm.aggregate(rows.build(), null, null, reference);
        assertEquals(fromRows.size(), fromTotals.size());
        for (int i = 0; i < fromRows.size(); i++) {
            assertEquals(fromRows.code(i), fromTotals.code(i));
            if (i > 0) {
                assertTrue(fromRows.code(i - 1).compareTo(fromRows.code(i)) < 0, "sorted by code");
            }
            assertEquals(fromRows.recencyDays(i), fromTotals.recencyDays(i));
            assertEquals(fromRows.frequency(i), fromTotals.frequency(i));
            assertEquals(fromRows.monetaryCny(i), fromTotals.monetaryCny(i), 1e-6 * fromRows.monetaryCny(i));
            assertEquals(fromRows.recencyScore(i), fromTotals.recencyScore(i));
            assertEquals(fromRows.frequencyScore(i), fromTotals.frequencyScore(i));
            assertEquals(fromRows.ordersLast6Months(i), fromTotals.ordersLast6Months(i));
            assertEquals(fromRows.ordersLast12Months(i), fromTotals.ordersLast12Months(i));
            assertEquals(fromRows.ordersMonths12To24(i), fromTotals.ordersMonths12To24(i));
            assertEquals(fromRows.seasonShare(i), fromTotals.seasonShare(i));
            assertEquals(fromRows.returned(i), fromTotals.returned(i));
            assertEquals(fromRows.newCustomer(i), fromTotals.newCustomer(i));
        }
        // On two threads (the customers sorted while recent orders are counted, scores while features
        // are made) the values are those of one thread, to the bit.
        for (OrderHistory history : List.of(read, rows.build())) {
            CustomerRfm inLine = CustomerRfm.aggregate(history, null, null, reference, false);
            CustomerRfm parallel = CustomerRfm.aggregate(history, null, null, reference, true);
            assertArrayEquals(inLine.features(), parallel.features());
            for (int i = 0; i < inLine.size(); i++) {
                assertEquals(inLine.code(i), parallel.code(i));
                assertEquals(inLine.ordersLast6Months(i), parallel.ordersLast6Months(i));
                assertEquals(inLine.recencyScore(i), parallel.recencyScore(i));
                assertEquals(inLine.frequencyScore(i), parallel.frequencyScore(i));
                assertEquals(inLine.monetaryScore(i), parallel.monetaryScore(i));
            }
        }
        // A window leaving orders out sums the rows of the file again.
        LocalDate from = reference.minusMonths(12);
        CustomerRfm windowRead = CustomerRfm.aggregate(read, from, null, reference);
        CustomerRfm windowRows = CustomerRfm.aggregate(rows.build(), from, null, reference);
        assertEquals(windowRows.size(), windowRead.size());
        for (int i = 0; i < windowRows.size(); i++) {
            assertEquals(windowRows.code(i), windowRead.code(i));
            assertEquals(windowRows.frequency(i), windowRead.frequency(i));
            assertEquals(windowRows.monetaryCny(i), windowRead.monetaryCny(i), 1e-6 * windowRows.monetaryCny(i));
        }
    }

    @Test
    void usualCodesSortAsTheirNumbers() {
        OrderHistory.Builder orders = OrderHistory.builder();
        String[] codes = { "C000010", "C999999", "C000002", "C500000", "C000001" };
        for (String code : codes) {
            orders.add(code, LocalDate.of(2025, 5, 1), 1);
        }
        CustomerRfm rfm = CustomerRfm.aggregate(orders.build(), null, null, REFERENCE);
        String[] sorted = { "C000001", "C000002", "C000010", "C500000", "C999999" };
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(sorted[i], rfm.code(i));
        }
        CustomerRfm mixed = CustomerRfm.aggregate(orders.add("C12", LocalDate.of(2025, 5, 1), 1).build(), null, null,
                REFERENCE);
        assertEquals("C000001", mixed.code(0));
        assertEquals("C12", mixed.code(3), "by the codes' text: C000010 < C12 < C500000");
    }

    @Test
    void quintilesOfWholeNumbersAreCountedAlike() {
        SplittableRandom random = new SplittableRandom(9);
        for (int range : new int[] { 5, 300, 2_000_000_000 }) {
            int[] values = new int[1_000];
            double[] same = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(range) - range / 2;
                same[i] = values[i];
            }
            assertArrayEquals(CustomerRfm.quintiles(same), CustomerRfm.quintiles(values), "range " + range);
        }
    }

    /** The scores by selection equal the definition, counted the plain way, also with many ties and -0.0. */
    @Test
    void quintilesBySelectionFollowTheDefinition() {
        SplittableRandom random = new SplittableRandom(17);
        for (int n : new int[] { 1, 2, 3, 4, 5, 7, 11, 100, 2_001 }) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextInt(3) - 1.0 : random.nextDouble(-1e6, 1e7);
            }
            values[0] = -0.0;
            byte[] scores = CustomerRfm.quintiles(values);
            for (int i = 0; i < n; i++) {
                int smaller = 0;
                for (double other : values) {
                    if (other < values[i]) {
                        smaller++;
                    }
                }
                assertEquals(Math.min(5, 1 + 5 * smaller / n), scores[i], "n " + n + ", value " + values[i]);
            }
        }
    }

    @Test
    void returnedSeasonalAndNewCustomers() {
        OrderHistory.Builder orders = OrderHistory.builder()
                .add("BACK", LocalDate.of(2024, 3, 1), 100).add("BACK", LocalDate.of(2025, 10, 1), 100)
                .add("STEADY", LocalDate.of(2025, 3, 1), 100).add("STEADY", LocalDate.of(2025, 10, 1), 100)
                .add("NEW", LocalDate.of(2025, 9, 1), 100);
        for (int year = 2023; year <= 2025; year++) {
            orders.add("SPRING", LocalDate.of(year, 3, 10), 100).add("SPRING", LocalDate.of(year, 4, 10), 100)
                    .add("SPRING", LocalDate.of(year, 5, 10), 100);
        }
        orders.add("SPRING", LocalDate.of(2025, 11, 1), 100);
        CustomerRfm rfm = CustomerRfm.aggregate(orders.build(), null, null, REFERENCE);
        // sorted: BACK, NEW, SPRING, STEADY
        assertTrue(rfm.returned(0));
        assertFalse(rfm.returned(3), "ordered in the six months before the last six");
        assertTrue(rfm.newCustomer(1));
        assertFalse(rfm.newCustomer(0));
        assertEquals(9.0 / 10, rfm.seasonShare(2), 1e-12);
        assertTrue(rfm.seasonal(2));
        assertFalse(rfm.seasonal(3), "two orders are too few to tell");
        assertEquals(4, rfm.ordersLast12Months(2), "March, April, May and November 2025");
        assertEquals(3, rfm.ordersMonths12To24(2), "March, April and May 2024");
    }
}
