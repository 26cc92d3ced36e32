package steelchain.marketing.segmentation;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Recency, frequency and monetary value of each customer with orders in a window, and what the
 * segment names need besides: when the orders fell (last six months, the six before, earlier;
 * last twelve months against the twelve before) and how much they crowd into one season.
 * Customers are sorted by code, so results do not depend on the order of the input rows.
 */
public final class CustomerRfm {

    /** Feature columns of {@link #features()}: recency in days, log(1 + frequency), log(1 + monetary). */
    public static final int FEATURES = 3;
    /** A customer is seasonal when this share of their orders falls in three consecutive calendar months. */
    static final double SEASONAL_SHARE = 0.6;
    /** ... and has at least this many orders to tell. */
    static final int SEASONAL_MIN_ORDERS = 4;
    private static final int MONTH_TABLE_DAYS = 40 * 366;

    private final CustomerCodes codes;
    /** Per row the customer's number in {@link #codes}. */
    private final int[] customers;
    private final int[] recencyDays;
    private final int[] frequency;
    private final double[] monetaryCny;
    private final int[] firstDay;
    private final int[] ordersLast6Months;
    private final int[] ordersMonths6To12;
    private final int[] ordersBefore12Months;
    private final int[] ordersLast12Months;
    private final int[] ordersMonths12To24;
    private final double[] seasonShare;
    private final int referenceDay;
    private final byte[] recencyScore;
    private final byte[] frequencyScore;
    private final byte[] monetaryScore;
    private final double[] features;

    private CustomerRfm(CustomerCodes codes, Columns columns, Scores scores, double[] features, int referenceDay) {
        this.codes = codes;
        this.customers = columns.customers;
        this.recencyDays = columns.recency;
        this.frequency = columns.frequency;
        this.monetaryCny = columns.monetary;
        this.firstDay = columns.firstOrder;
        this.ordersLast6Months = columns.last6;
        this.ordersMonths6To12 = columns.months6To12;
        this.ordersBefore12Months = columns.before12;
        this.ordersLast12Months = columns.last12;
        this.ordersMonths12To24 = columns.months12To24;
        this.seasonShare = columns.season;
        this.recencyScore = scores.recency;
        this.frequencyScore = scores.frequency;
        this.monetaryScore = scores.monetary;
        this.features = features;
        this.referenceDay = referenceDay;
    }

    /**
     * Aggregates the orders dated from {@code from} to {@code to} (both included; either may be
     * {@code null} for no limit) as seen on {@code reference}, the day recency is counted to.
     * Orders on or after the reference day are left out.
     * <p>
     * When the window holds every order and the history brings the totals summed while reading,
     * only the counts that depend on the reference day (orders in the last 6, 12, 24 months) are
     * counted here; otherwise every row is summed here.
     */
    public static CustomerRfm aggregate(OrderHistory history, LocalDate from, LocalDate to, LocalDate reference) {
        return aggregate(history, from, to, reference, Runtime.getRuntime().availableProcessors() > 1);
    }

    /**
     * As {@link #aggregate(OrderHistory, LocalDate, LocalDate, LocalDate)}; with {@code parallel},
     * work that does not depend on each other runs on two threads (the same values either way).
     */
    static CustomerRfm aggregate(OrderHistory history, LocalDate from, LocalDate to, LocalDate reference,
            boolean parallel) {
        int reference0 = (int) reference.toEpochDay();
        int first = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
        int last = Math.min(to == null ? Integer.MAX_VALUE : (int) to.toEpochDay(), reference0 - 1);
        Windows windows = new Windows(first, last, (int) reference.minusMonths(6).toEpochDay(),
                (int) reference.minusMonths(12).toEpochDay(), (int) reference.minusMonths(24).toEpochDay());
        int customers = history.customerCount();
        OrderHistory.Totals totals = history.totals();
        Sums sums;
        CodeOrder order;
        if (totals != null && customers > 0 && first <= totals.firstDayOfAll() && totals.lastDayOfAll() <= last) {
            sums = new Sums(totals, customers);
            // The customers with orders are known from the totals: they are sorted while the recent orders are counted.
            order = new CodeOrder(history, sums.count);
            order.fork(parallel);
            for (OrderHistory.Part part : history.parts()) {
                sums.countRecent(part, windows);
            }
        } else {
            sums = new Sums(customers);
            // Calendar month of the days before the reference day, looked up rather than computed per row.
            int tableStart = reference0 - MONTH_TABLE_DAYS;
            byte[] monthOf = new byte[MONTH_TABLE_DAYS];
            for (int i = 0; i < MONTH_TABLE_DAYS; i++) {
                monthOf[i] = (byte) monthIndex(tableStart + i);
            }
            for (OrderHistory.Part part : history.parts()) {
                sums.addAll(part, windows, tableStart, monthOf);
            }
            order = new CodeOrder(history, sums.count);
            order.run();
        }
        order.await();
        Columns columns = sums.columns(order.customers, reference0);
        Scores scores = new Scores(columns);
        scores.fork(parallel);
        double[] features = features(columns);
        scores.await();
        return new CustomerRfm(history.codes(), columns, scores, features, reference0);
    }

    /** The numbers of the customers with orders in the order of their codes ({@link #byCode}), as a side task. */
    private static final class CodeOrder extends SideTask {
        private final OrderHistory history;
        private final int[] count;
        int[] customers;

        CodeOrder(OrderHistory history, int[] count) {
            super("customers by code");
            this.history = history;
            this.count = count;
        }

        @Override
        protected void work() {
            customers = byCode(history, count);
        }
    }

    /** The R, F and M quintile scores of the columns, as a side task. */
    private static final class Scores extends SideTask {
        private final Columns columns;
        byte[] recency;
        byte[] frequency;
        byte[] monetary;

        Scores(Columns columns) {
            super("RFM scores");
            this.columns = columns;
        }

        @Override
        protected void work() {
            int[] lessRecent = new int[columns.recency.length];
            for (int i = 0; i < lessRecent.length; i++) {
                lessRecent[i] = -columns.recency[i];
            }
            recency = quintiles(lessRecent);
            frequency = quintiles(columns.frequency);
            monetary = quintiles(columns.monetary);
        }
    }

    /** The order window and the days the recent counts start. */
    private record Windows(int first, int last, int sixMonths, int twelveMonths, int twentyFourMonths) {
    }

    /** Per customer sums, indexed by the history's customer numbers. */
    private static final class Sums {
        final int[] lastDay;
        final int[] firstDay;
        final int[] count;
        final double[] sum;
        final int[] byCalendarMonth;
        final int[] last6;
        final int[] months6To12;
        final int[] last12;
        final int[] months12To24;

        /** Empty sums, to add every row to. */
        Sums(int customers) {
            lastDay = new int[customers];
            Arrays.fill(lastDay, Integer.MIN_VALUE);
            firstDay = new int[customers];
            Arrays.fill(firstDay, Integer.MAX_VALUE);
            count = new int[customers];
            sum = new double[customers];
            byCalendarMonth = new int[customers * 12];
            last6 = new int[customers];
            months6To12 = new int[customers];
            last12 = new int[customers];
            months12To24 = new int[customers];
        }

        /** The totals of all rows, still without the recent counts. */
        Sums(OrderHistory.Totals totals, int customers) {
            lastDay = totals.lastDay();
            firstDay = totals.firstDay();
            count = totals.orders();
            sum = totals.amountCny();
            byCalendarMonth = totals.byCalendarMonth();
            last6 = new int[customers];
            months6To12 = new int[customers];
            last12 = new int[customers];
            months12To24 = new int[customers];
        }

        /** Counts the part's orders in the last 6, the 6 before, the last 12 and the 12 before. */
        void countRecent(OrderHistory.Part part, Windows windows) {
            int[] customer = part.customer();
            int[] number = part.customerNumbers();
            int[] day = part.day();
            int sixMonths = windows.sixMonths();
            int twelveMonths = windows.twelveMonths();
            int twentyFourMonths = windows.twentyFourMonths();
            for (int row = 0, rows = part.size(); row < rows; row++) {
                int d = day[row];
                if (d >= twentyFourMonths) {
                    int c = number[customer[row]];
                    if (d < twelveMonths) {
                        months12To24[c]++;
                    } else {
                        last12[c]++;
                        if (d >= sixMonths) {
                            last6[c]++;
                        } else {
                            months6To12[c]++;
                        }
                    }
                }
            }
        }

        /** Adds the part's orders in the window. */
        void addAll(OrderHistory.Part part, Windows windows, int tableStart, byte[] monthOf) {
            int[] customer = part.customer();
            int[] number = part.customerNumbers();
            int[] day = part.day();
            double[] amount = part.amountCny();
            int first = windows.first();
            int last = windows.last();
            int sixMonths = windows.sixMonths();
            int twelveMonths = windows.twelveMonths();
            int twentyFourMonths = windows.twentyFourMonths();
            for (int row = 0, rows = part.size(); row < rows; row++) {
                int d = day[row];
                if (d < first || d > last) {
                    continue;
                }
                int c = number[customer[row]];
                count[c]++;
                sum[c] += amount[row];
                if (d > lastDay[c]) {
                    lastDay[c] = d;
                }
                if (d < firstDay[c]) {
                    firstDay[c] = d;
                }
                if (d >= sixMonths) {
                    last6[c]++;
                } else if (d >= twelveMonths) {
                    months6To12[c]++;
                }
                if (d >= twelveMonths) {
                    last12[c]++;
                } else if (d >= twentyFourMonths) {
                    months12To24[c]++;
                }
                int offset = d - tableStart;
                byCalendarMonth[c * 12 + (offset >= 0 ? monthOf[offset] : monthIndex(d))]++;
            }
        }

        /** The columns of the customers {@code active}, in that order. */
        Columns columns(int[] active, int reference0) {
            Columns columns = new Columns(active.length);
            for (int i = 0; i < active.length; i++) {
                take(columns, i, active[i], reference0);
            }
            return columns;
        }

        /**
         * Customer {@code c} into row {@code i}. One customer per call: a freshly started JVM
         * compiles this method after a few hundred customers, where the body of a loop run once
         * would stay interpreted for all of them.
         */
        private void take(Columns columns, int i, int c, int reference0) {
            columns.customers[i] = c;
            columns.recency[i] = reference0 - lastDay[c];
            columns.frequency[i] = count[c];
            columns.monetary[i] = sum[c];
            columns.firstOrder[i] = firstDay[c];
            columns.last6[i] = last6[c];
            columns.months6To12[i] = months6To12[c];
            columns.before12[i] = count[c] - last6[c] - months6To12[c];
            columns.last12[i] = last12[c];
            columns.months12To24[i] = months12To24[c];
            columns.season[i] = (double) busiestSeason(byCalendarMonth, c * 12) / count[c];
        }
    }

    /** The per-customer columns of a {@link CustomerRfm} while they are filled. */
    private static final class Columns {
        final int[] customers;
        final int[] recency;
        final int[] frequency;
        final double[] monetary;
        final int[] firstOrder;
        final int[] last6;
        final int[] months6To12;
        final int[] before12;
        final int[] last12;
        final int[] months12To24;
        final double[] season;

        Columns(int n) {
            customers = new int[n];
            recency = new int[n];
            frequency = new int[n];
            monetary = new double[n];
            firstOrder = new int[n];
            last6 = new int[n];
            months6To12 = new int[n];
            before12 = new int[n];
            last12 = new int[n];
            months12To24 = new int[n];
            season = new double[n];
        }
    }

    /**
     * The most orders in three consecutive calendar months (December to January wraps) of the
     * twelve monthly counts from {@code at}. A method of its own, called once per customer, so
     * that a freshly started JVM compiles it after a few hundred customers.
     */
    private static int busiestSeason(int[] byMonth, int at) {
        int season = byMonth[at + 10] + byMonth[at + 11] + byMonth[at];
        int best = season;
        for (int m = 0; m < 11; m++) {
            // the season ending in month m + 1 instead of month m
            season += byMonth[at + m + 1] - byMonth[at + (m + 10) % 12];
            best = Math.max(best, season);
        }
        return best;
    }

    /**
     * The numbers of the customers with orders, in the order of their codes. Codes of the usual
     * form {@code C} and six digits sort as their number, by a radix sort (two passes of simple
     * loops, quick even before the JIT has compiled them); any other code makes it a sort by
     * comparing the codes.
     */
    static int[] byCode(OrderHistory history, int[] count) {
        int customers = count.length;
        int n = 0;
        for (int c = 0; c < customers; c++) {
            if (count[c] > 0) {
                n++;
            }
        }
        int[] active = new int[n];
        int[] key = new int[n];
        boolean usual = true;
        CustomerCodes codes = history.codes();
        n = 0;
        for (int c = 0; c < customers; c++) {
            if (count[c] > 0) {
                active[n] = c;
                key[n] = codes.usualNumber(c);
                usual &= key[n] >= 0;
                n++;
            }
        }
        if (usual) {
            return radixSort(active, key);
        }
        ByCode[] byCode = new ByCode[n];
        for (int i = 0; i < n; i++) {
            byCode[i] = new ByCode(codes.code(active[i]), active[i]);
        }
        Arrays.sort(byCode);
        for (int i = 0; i < n; i++) {
            active[i] = byCode[i].number();
        }
        return active;
    }

    /** The values sorted by their keys (0 to 999,999, distinct): two stable passes of 10 bits each. */
    private static int[] radixSort(int[] values, int[] keys) {
        int n = values.length;
        int[] values2 = new int[n];
        int[] keys2 = new int[n];
        int[] start = new int[1 << 10];
        for (int shift = 0; shift < 20; shift += 10) {
            Arrays.fill(start, 0);
            for (int i = 0; i < n; i++) {
                start[(keys[i] >>> shift) & 1023]++;
            }
            int sum = 0;
            for (int digit = 0; digit < start.length; digit++) {
                int size = start[digit];
                start[digit] = sum;
                sum += size;
            }
            for (int i = 0; i < n; i++) {
                int to = start[(keys[i] >>> shift) & 1023]++;
                values2[to] = values[i];
                keys2[to] = keys[i];
            }
            int[] swap = values;
            values = values2;
            values2 = swap;
            swap = keys;
            keys = keys2;
            keys2 = swap;
        }
        return values;
    }

    /** A customer number in the order of its code. */
    private record ByCode(String code, int number) implements Comparable<ByCode> {

        @Override
        public int compareTo(ByCode other) {
            return code.compareTo(other.code);
        }
    }

    /** Calendar month 0..11 of an epoch day (civil-from-days, without the objects). */
    static int monthIndex(int epochDay) {
        int z = epochDay + 719_468;
        int era = Math.floorDiv(z, 146_097);
        int dayOfEra = z - era * 146_097;
        int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int shifted = (5 * dayOfYear + 2) / 153;
        return shifted < 10 ? shifted + 2 : shifted - 10;
    }

    /**
     * Quintile scores 1..5, higher value higher score: a customer scores
     * {@code 1 + floor(5 * s / n)} where {@code s} is the number of customers with a strictly
     * smaller value. Equal values get equal scores. A score is above {@code j} exactly when the
     * value is above the {@code ceil(j * n / 5)}-th smallest value, so the four values at those
     * ranks, found by selection rather than a sort, give every score.
     */
    static byte[] quintiles(double[] values) {
        int n = values.length;
        byte[] scores = new byte[n];
        if (n == 0) {
            return scores;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] bounds = new double[4];
        int from = 0;
        for (int j = 1; j <= 4; j++) {
            int at = (int) ((j * (long) n + 4) / 5) - 1;
            Selection.select(values, order, from, n - 1, at);
            bounds[j - 1] = values[order[at]];
            from = at; // the smaller values are before it now
        }
        double first = bounds[0];
        double second = bounds[1];
        double third = bounds[2];
        double fourth = bounds[3];
        for (int i = 0; i < n; i++) {
            double value = values[i];
            scores[i] = (byte) (value > fourth ? 5 : value > third ? 4 : value > second ? 3 : value > first ? 2 : 1);
        }
        return scores;
    }

    /**
     * The same for whole numbers, counted rather than sorted when they span no more than a few
     * times as many values as there are numbers (days and order counts do).
     */
    static byte[] quintiles(int[] values) {
        int n = values.length;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (n == 0 || (long) max - min >= 4L * n + 1024) {
            double[] asDoubles = new double[n];
            for (int i = 0; i < n; i++) {
                asDoubles[i] = values[i];
            }
            return quintiles(asDoubles);
        }
        int[] smaller = new int[max - min + 2];
        for (int value : values) {
            smaller[value - min + 1]++;
        }
        for (int v = 1; v < smaller.length; v++) {
            smaller[v] += smaller[v - 1];
        }
        byte[] scores = new byte[n];
        for (int i = 0; i < n; i++) {
            scores[i] = score(smaller[values[i] - min], n);
        }
        return scores;
    }

    private static byte score(int smaller, int n) {
        return (byte) Math.min(5, 1 + (5L * smaller) / n);
    }

    /**
     * The clustering features, row by row ({@value #FEATURES} per customer): recency days,
     * log(1 + frequency), log(1 + monetary CNY) (a net negative monetary value as 0), each
     * standardized to mean 0 and population standard deviation 1 (as scikit-learn's
     * StandardScaler; a constant column is only centred).
     */
    public double[] features() {
        return features.clone();
    }

    private static double[] features(Columns columns) {
        int[] recencyDays = columns.recency;
        int[] frequency = columns.frequency;
        double[] monetaryCny = columns.monetary;
        int n = recencyDays.length;
        double[] x = new double[n * FEATURES];
        // Math.log(1 + v), not Math.log1p(v): for v >= 0 they differ by about 1e-16 at most, and
        // Math.log is an intrinsic even in the interpreter, where log1p is plain Java code that a
        // freshly started JVM would interpret, then compile, while the features are made.
        for (int i = 0; i < n; i++) {
            x[i * FEATURES] = recencyDays[i];
            x[i * FEATURES + 1] = Math.log(1 + frequency[i]);
            // Net returns (credit notes above sales) count as no revenue: log(1 + M) has no value below M = -1.
            double monetary = monetaryCny[i];
            x[i * FEATURES + 2] = Math.log(1 + (monetary > 0 ? monetary : 0));
        }
        for (int f = 0; f < FEATURES; f++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * FEATURES + f];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double deviation = x[i * FEATURES + f] - mean;
                squares += deviation * deviation;
            }
            double std = Math.sqrt(squares / n);
            double scale = std == 0 ? 1 : std;
            for (int i = 0; i < n; i++) {
                x[i * FEATURES + f] = (x[i * FEATURES + f] - mean) / scale;
            }
        }
        return x;
    }

    public int size() {
        return customers.length;
    }

    public String code(int i) {
        return codes.code(customers[i]);
    }

    /** Days from the last order to the reference day (at least 1). */
    public int recencyDays(int i) {
        return recencyDays[i];
    }

    /** Number of orders in the window. */
    public int frequency(int i) {
        return frequency[i];
    }

    /** Sum of the order amounts in the window, CNY. */
    public double monetaryCny(int i) {
        return monetaryCny[i];
    }

    public int recencyScore(int i) {
        return recencyScore[i];
    }

    public int frequencyScore(int i) {
        return frequencyScore[i];
    }

    public int monetaryScore(int i) {
        return monetaryScore[i];
    }

    /** Orders in the six months before the reference day. */
    public int ordersLast6Months(int i) {
        return ordersLast6Months[i];
    }

    /** Orders in the twelve months before the reference day. */
    public int ordersLast12Months(int i) {
        return ordersLast12Months[i];
    }

    /** Orders in the twelve months before those. */
    public int ordersMonths12To24(int i) {
        return ordersMonths12To24[i];
    }

    /** Share of the orders in the customer's busiest three consecutive calendar months. */
    public double seasonShare(int i) {
        return seasonShare[i];
    }

    /** Buys in one season: most orders in three consecutive calendar months, with enough orders to tell. */
    public boolean seasonal(int i) {
        return frequency[i] >= SEASONAL_MIN_ORDERS && seasonShare[i] >= SEASONAL_SHARE;
    }

    /** Came back: orders in the last six months, none in the six before, and some earlier. */
    public boolean returned(int i) {
        return ordersLast6Months[i] > 0 && ordersMonths6To12[i] == 0 && ordersBefore12Months[i] > 0;
    }

    /** First order within the twelve months before the reference day. */
    public boolean newCustomer(int i) {
        return firstDay[i] >= referenceDay - 365;
    }
}
