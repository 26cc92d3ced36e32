package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

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
