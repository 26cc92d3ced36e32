package steelchain.marketing.segmentation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import steelchain.core.text.Texts;

/**
 * Reads an order file {@code customer_code,order_date,tonnes,amount_cny} (columns in any order,
 * further columns ignored; dates {@code yyyy-MM-dd}; decimal point, no thousands separators; no
 * quoted fields) into {@link OrderHistory} columns.
 * <p>
 * Fast on files of millions of rows: the file is cut at line ends into chunks of a few MiB, read
 * as bytes and parsed on all cores, each thread taking the next chunk not yet begun, so that the
 * threads finish together; values are parsed from the bytes (dates by their digits into epoch
 * days), no String is made per row. A file with any bad value is refused as a whole with the first
 * problems, each naming file, row and column.
 */
public final class OrderFileReader {

    public static final String CUSTOMER_CODE = "customer_code";
    public static final String ORDER_DATE = "order_date";
    public static final String TONNES = "tonnes";
    public static final String AMOUNT_CNY = "amount_cny";
    private static final List<String> COLUMNS = List.of(CUSTOMER_CODE, ORDER_DATE, TONNES, AMOUNT_CNY);

    private static final int ROLE_CODE = 0;
    private static final int ROLE_DATE = 1;
    private static final int ROLE_TONNES = 2;
    private static final int ROLE_AMOUNT = 3;
    private static final int ROLE_IGNORED = -1;
    private static final int[] USUAL_LAYOUT = { ROLE_CODE, ROLE_DATE, ROLE_TONNES, ROLE_AMOUNT };

    /** Problems kept per file (and per chunk); the rest are only counted. */
    static final int MAX_PROBLEMS = 20;
    /** Chunk size: small enough that the threads finish close together, large enough that a chunk's set-up is nothing. */
    private static final int CHUNK_BYTES = 4 << 20;
    private static final int BLOCK_BYTES = 1 << 20;
    private static final int ROWS_PER_CALL = 64;
    /** Layout of a chunk's totals per customer (16 ints: one cache line, so a row touches few). */
    private static final int TOTALS = 16;
    private static final int ORDERS = 0;
    private static final int FIRST_DAY = 1;
    private static final int LAST_DAY = 2;
    private static final int MONTHS = 3;
    private static final int MAX_HEADER_BYTES = 1 << 16;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final int TABLE_FIRST_YEAR = 1900;
    /** The epoch day of 1900-01-01. */
    private static final int TABLE_FIRST_DAY = -25_567;
    private static final int TABLE_MONTHS = 250 * 12;
    /** The epoch day each month of the years from {@value #TABLE_FIRST_YEAR} on starts, and the month after. */
    private static final int[] MONTH_STARTS = monthStarts();
    private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15 };

    private static final Texts TEXTS = Texts.of(OrderFileReader.class);

    private final Locale locale;
    private final int threads;
    private final int chunkBytes;

    public OrderFileReader(Locale locale) {
        this(locale, Runtime.getRuntime().availableProcessors());
    }

    OrderFileReader(Locale locale, int threads) {
        this(locale, threads, CHUNK_BYTES);
    }

    OrderFileReader(Locale locale, int threads, int chunkBytes) {
        this.locale = locale;
        this.threads = Math.max(1, threads);
        this.chunkBytes = Math.max(1, chunkBytes);
    }

    /**
     * Reads the whole file.
     *
     * @throws OrderFileException when a value or the header is bad; nothing of the file is returned
     * @throws IOException        when the file cannot be read
     */
    public OrderHistory read(Path file, IProgressMonitor monitor) throws IOException, OrderFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            Header header = header(file, channel, size);
            long[] bounds = chunkBounds(channel, header.dataStart(), size);
            Chunk[] chunks = new Chunk[bounds.length - 1];
            Tally[] tallies = new Tally[Math.min(threads, chunks.length)];
            for (int t = 0; t < tallies.length; t++) {
                tallies[t] = new Tally(t);
            }
            Parsing parsing = new Parsing(channel, bounds, header.roles(), chunks);
            Parser[] helpers = new Parser[tallies.length - 1];
            for (int t = 0; t < helpers.length; t++) {
                helpers[t] = new Parser(parsing, tallies[t + 1]);
                helpers[t].start();
            }
            SubMonitor progress = SubMonitor.convert(monitor, chunks.length);
            try {
                // This thread parses too, and reports the progress between its chunks.
                int reported = 0;
                for (int chunk = parsing.next(); chunk >= 0; chunk = parsing.next()) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    parsing.parse(chunk, tallies[0]);
                    int done = parsing.done.get();
                    progress.worked(done - reported);
                    reported = done;
                }
                for (Parser helper : helpers) {
                    helper.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } finally {
                parsing.stop();
            }
            parsing.rethrow();
            progress.setWorkRemaining(0);
            return assemble(file, header.names(), List.of(chunks), tallies);
        }
    }

    /** The chunks of one file and who parses which: each parser takes the next chunk not yet begun. */
    private static final class Parsing {
        private final FileChannel channel;
        private final long[] bounds;
        private final int[] roles;
        private final Chunk[] chunks;
        private final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        private volatile Throwable failure;

        Parsing(FileChannel channel, long[] bounds, int[] roles, Chunk[] chunks) {
            this.channel = channel;
            this.bounds = bounds;
            this.roles = roles;
            this.chunks = chunks;
        }

        /** The next chunk to parse, or -1 when all are taken or parsing stopped. */
        int next() {
            int chunk = next.getAndIncrement();
            return chunk < chunks.length && failure == null ? chunk : -1;
        }

        void parse(int chunk, Tally tally) throws IOException {
            chunks[chunk] = OrderFileReader.parse(channel, bounds[chunk], bounds[chunk + 1], roles, tally);
            done.incrementAndGet();
        }

        void stop() {
            next.set(chunks.length);
        }

        void fail(Throwable e) {
            failure = e;
            stop();
        }

        void rethrow() throws IOException {
            Throwable e = failure;
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** A plain thread rather than a pool: nothing to start up but the thread itself. */
    private static final class Parser extends Thread {
        private final Parsing parsing;
        private final Tally tally;

        Parser(Parsing parsing, Tally tally) {
            super("order-file-reader");
            setDaemon(true);
            this.parsing = parsing;
            this.tally = tally;
        }

        @Override
        public void run() {
            try {
                for (int chunk = parsing.next(); chunk >= 0; chunk = parsing.next()) {
                    parsing.parse(chunk, tally);
                }
            } catch (IOException | RuntimeException | Error e) {
                parsing.fail(e);
            }
        }
    }

    private record Header(int[] roles, List<String> names, long dataStart) {
    }

    private Header header(Path file, FileChannel channel, long size) throws IOException, OrderFileException {
        byte[] head = readRange(channel, 0, (int) Math.min(size, MAX_HEADER_BYTES));
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length && end == MAX_HEADER_BYTES) {
            throw refused(file, List.of(problem(file, 1, 1, "", "problem.headerTooLong", MAX_HEADER_BYTES)));
        }
        int start = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf ? 3 : 0;
        int textEnd = end > start && head[end - 1] == '\r' ? end - 1 : end;
        String line = new String(head, start, Math.max(0, textEnd - start), StandardCharsets.UTF_8);
        if (line.isBlank()) {
            throw refused(file, List.of(problem(file, 1, 1, "", "problem.noHeader", String.join(",", COLUMNS))));
        }
        String[] names = line.split(",", -1);
        int[] roles = new int[names.length];
        Map<String, Integer> seen = new HashMap<>();
        List<CsvProblem> problems = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = names[i].trim();
            String name = names[i].toLowerCase(Locale.ROOT);
            roles[i] = COLUMNS.indexOf(name);
            if (roles[i] != ROLE_IGNORED && seen.putIfAbsent(name, i) != null) {
                problems.add(problem(file, 1, i + 1, names[i], "problem.repeatedColumn", names[i]));
            }
        }
        for (String column : COLUMNS) {
            if (!seen.containsKey(column)) {
                problems.add(problem(file, 1, names.length + 1, "", "problem.missingColumn", column,
                        String.join(",", COLUMNS)));
            }
        }
        if (!problems.isEmpty()) {
            throw refused(file, problems);
        }
        return new Header(roles, List.of(names), Math.min(size, end + 1L));
    }

    /**
     * Chunk limits at line starts, about {@code chunkBytes} apart. They do not depend on the number
     * of threads, so neither do the sums of amounts, which are summed per chunk.
     */
    private long[] chunkBounds(FileChannel channel, long dataStart, long size) throws IOException {
        long data = size - dataStart;
        int chunks = (int) Math.max(1, (data + chunkBytes - 1) / chunkBytes);
        long[] bounds = new long[chunks + 1];
        int count = 0;
        bounds[count++] = dataStart;
        for (int i = 1; i < chunks; i++) {
            long guess = Math.max(dataStart + data * i / chunks, bounds[count - 1]);
            long lineStart = nextLineStart(channel, guess, size);
            if (lineStart > bounds[count - 1] && lineStart < size) {
                bounds[count++] = lineStart;
            }
        }
        bounds[count++] = size;
        return Arrays.copyOf(bounds, count);
    }

    private static long nextLineStart(FileChannel channel, long from, long size) throws IOException {
        long position = from;
        while (position < size) {
            byte[] window = readRange(channel, position, (int) Math.min(4096, size - position));
            for (int i = 0; i < window.length; i++) {
                if (window[i] == '\n') {
                    return position + i + 1;
                }
            }
            position += window.length;
        }
        return size;
    }

    private static byte[] readRange(FileChannel channel, long from, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                return Arrays.copyOf(bytes, buffer.position());
            }
        }
        return bytes;
    }

    /**
     * What one parsing thread keeps across the chunks it parses: its numbering of the customers and
     * their totals that do not depend on the order of adding (orders, first and last day, orders
     * per calendar month).
     */
    private static final class Tally {
        final int index;
        final CustomerCodeIndex customers = new CustomerCodeIndex();
        int[] totals = new int[1024 * TOTALS];
        /** The block buffer, used again for each chunk. */
        byte[] buffer;

        Tally(int index) {
            this.index = index;
        }
    }

    /**
     * A chunk's rows (customers numbered by the tally of the thread that parsed it), the sums of its
     * amounts per customer, its line count and its problems (chunk line numbers). Amounts are summed
     * per chunk and the chunks' sums added in file order, so that the sums are the same whichever
     * thread read which chunk.
     */
    private static final class Chunk {
        final Tally tally;
        int[] customer;
        int[] day;
        double[] amount;
        int rows;
        double[] amountSum;
        /** The tally's customers when the chunk was done: the length of amountSum that counts. */
        int customers;
        long lines;
        final List<long[]> problemPlaces = new ArrayList<>();
        final List<Object[]> problemTexts = new ArrayList<>();
        long problemCount;

        Chunk(Tally tally) {
            this.tally = tally;
        }

        void problem(long line, int column, String key, Object... arguments) {
            problemCount++;
            if (problemPlaces.size() < MAX_PROBLEMS) {
                problemPlaces.add(new long[] { line, column });
                Object[] text = new Object[arguments.length + 1];
                text[0] = key;
                System.arraycopy(arguments, 0, text, 1, arguments.length);
                problemTexts.add(text);
            }
        }
    }

    /**
     * Parses the chunk {@code [from, to)} block by block: a small buffer, refilled (the thread's,
     * for all its chunks), costs far less than one array of the whole chunk, whose fresh memory
     * the system must first map. A line cut by the end of a block is moved to the front and
     * completed by the next block.
     */
    private static Chunk parse(FileChannel channel, long from, long to, int[] roles, Tally tally) throws IOException {
        ChunkParser parser = new ChunkParser(roles, (int) Math.min(Integer.MAX_VALUE, (to - from) / 32), tally);
        int size = (int) Math.max(1, Math.min(BLOCK_BYTES, to - from));
        if (tally.buffer == null || tally.buffer.length < size) {
            tally.buffer = new byte[size];
        }
        byte[] buffer = tally.buffer;
        int kept = 0;
        long position = from;
        while (position < to) {
            if (kept == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
                tally.buffer = buffer;
            }
            int length = (int) Math.min(buffer.length - kept, to - position);
            readFully(channel, buffer, kept, length, position);
            position += length;
            int filled = kept + length;
            int end = position == to ? filled : afterLastLineEnd(buffer, filled);
            parser.parse(buffer, end);
            kept = filled - end;
            System.arraycopy(buffer, end, buffer, 0, kept);
        }
        return parser.finish();
    }

    private static int afterLastLineEnd(byte[] buffer, int filled) {
        int i = filled;
        while (i > 0 && buffer[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static void readFully(FileChannel channel, byte[] buffer, int offset, int length, long position)
            throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position() - offset) < 0) {
                throw new IOException("the file became shorter while it was read");
            }
        }
    }

    /**
     * Parses the rows of one chunk and sums each customer's orders, amounts, first and last days
     * and orders per calendar month on the way (the totals of all rows that a segmentation
     * needs when it leaves no order out). Small methods called once per row and field, so that
     * the JIT compiles them early and well, rather than one long loop compiled on stack
     * replacement.
     */
    private static final class ChunkParser {
        private byte[] b;
        private int n;
        private final int[] roles;
        private final boolean usualLayout;
        private final Tally tally;
        private final CustomerCodeIndex codes;
        private final Chunk chunk;
        private int p;
        private long line;
        private int[] customers;
        private int[] days;
        private double[] amounts;
        private int rows;
        private int customer;
        private int day;
        private int month;
        private double amount;
        /** Per customer {@value #TOTALS} ints, one cache line: orders, first day, last day, orders per calendar month. */
        private int[] totals;
        /** Per customer, as many as totals has room for. */
        private double[] amountSum;

        ChunkParser(int[] roles, int expectedRows, Tally tally) {
            this.roles = roles;
            this.tally = tally;
            this.codes = tally.customers;
            this.chunk = new Chunk(tally);
            this.totals = tally.totals;
            this.amountSum = new double[totals.length / TOTALS];
            this.usualLayout = Arrays.equals(roles, USUAL_LAYOUT);
            int capacity = Math.max(16, expectedRows);
            customers = new int[capacity];
            days = new int[capacity];
            amounts = new double[capacity];
        }

        /** Parses the rows in {@code bytes[0, length)}, which ends at a line end or at the end of the chunk. */
        void parse(byte[] bytes, int length) {
            b = bytes;
            n = length;
            p = 0;
            while (p < n) {
                parseSome();
            }
        }

        /**
         * Parses up to {@value OrderFileReader#ROWS_PER_CALL} rows. A freshly started JVM
         * compiles a method called this often after a few thousand rows; a loop over all rows of
         * a block, in a method called once per block, it compiles only after some 60,000 rows,
         * each run interpreted until then.
         */
        private void parseSome() {
            for (int row = 0; row < ROWS_PER_CALL && p < n; row++) {
                if (!usualLayout || !usualRow()) {
                    row();
                }
            }
        }

        /**
         * Takes the row at {@code p} if it is a usual row of the usual layout
         * ({@code customer_code,order_date,tonnes,amount_cny}): a code {@code C} and six digits, a
         * valid date, a plain tonnes figure, a plain amount of at most 15 digits and a line end.
         * One method with its values in locals, which a freshly started JVM's quick compiler turns
         * into fast code; any other row is left to {@link #row()}, which checks and reports every
         * field, so both read the same values.
         *
         * @return whether the row was taken
         */
        private boolean usualRow() {
            byte[] b = this.b;
            int n = this.n;
            int i = p;
            if (n - i < 20 || b[i] != 'C' || b[i + 7] != ',' || b[i + 18] != ',') {
                return false;
            }
            int code = CustomerCodeIndex.sixDigits(b, i + 1);
            if (code < 0) {
                return false;
            }
            int epochDay = usualEpochDay(b, i + 8);
            if (epochDay == NO_DATE) {
                return false;
            }
            int j = i + 19;
            boolean tonnesDigit = false;
            boolean tonnesPoint = false;
            while (true) {
                if (j == n) {
                    return false;
                }
                byte c = b[j++];
                if (c == ',') {
                    break;
                }
                if (c >= '0' && c <= '9') {
                    tonnesDigit = true;
                } else if (c == '.' && !tonnesPoint) {
                    tonnesPoint = true;
                } else {
                    return false;
                }
            }
            if (!tonnesDigit) {
                return false;
            }
            boolean negative = j < n && b[j] == '-';
            if (negative) {
                j++;
            }
            long mantissa = 0;
            int digits = 0;
            int fraction = -1;
            while (true) {
                if (j == n) {
                    return false;
                }
                byte c = b[j];
                if (c >= '0' && c <= '9') {
                    mantissa = mantissa * 10 + (c - '0');
                    digits++;
                    if (fraction >= 0) {
                        fraction++;
                    }
                } else if (c == '.' && fraction < 0) {
                    fraction = 0;
                } else {
                    break;
                }
                j++;
            }
            if (digits == 0 || digits > 15) {
                return false;
            }
            if (b[j] == '\r' && j + 1 < n) {
                j++;
            }
            if (b[j] != '\n') {
                return false;
            }
            // As decimal(): both operands are exact doubles, so the quotient is correctly rounded.
            double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
            line++;
            p = j + 1;
            add(codes.numberOfUsual(code), epochDay, (b[i + 13] - '0') * 10 + b[i + 14] - '0' - 1,
                    negative ? -value : value);
            return true;
        }

        void row() {
            line++;
            if (b[p] == '\n') {
                p++;
                return;
            }
            if (b[p] == '\r' && p + 1 < n && b[p + 1] == '\n') {
                p += 2;
                return;
            }
            int columns = roles.length;
            boolean good = true;
            int field = 0;
            while (true) {
                int fieldStart = p;
                int fieldEnd = fieldEnd();
                if (good) {
                    if (field >= columns) {
                        chunk.problem(line, field + 1, "problem.tooManyColumns", columns);
                        good = false;
                    } else {
                        good = field(roles[field], field, fieldStart, fieldEnd);
                    }
                }
                field++;
                if (p < n && b[p] == ',') {
                    p++;
                    continue;
                }
                if (p < n) {
                    p++;
                }
                break;
            }
            if (good && field < columns) {
                chunk.problem(line, field + 1, "problem.tooFewColumns", field, columns);
                good = false;
            }
            if (good) {
                add(customer, day, month, amount);
            }
        }

        /** Moves to the comma or line end after the field and returns where its value ends (before a CR). */
        private int fieldEnd() {
            int i = p;
            while (i < n) {
                byte c = b[i];
                if (c == ',' || c == '\n') {
                    break;
                }
                i++;
            }
            p = i;
            return i > 0 && b[i - 1] == '\r' && (i == n || b[i] == '\n') ? i - 1 : i;
        }

        private boolean field(int role, int field, int from, int to) {
            switch (role) {
                case ROLE_CODE -> {
                    if (to == from) {
                        chunk.problem(line, field + 1, "problem.emptyCode");
                        return false;
                    }
                    if (b[from] == '"') {
                        chunk.problem(line, field + 1, "problem.quoted");
                        return false;
                    }
                    customer = codes.numberOf(b, from, to);
                }
                case ROLE_DATE -> {
                    day = epochDay(b, from, to);
                    if (day == NO_DATE) {
                        chunk.problem(line, field + 1, "problem.badDate", text(b, from, to));
                        return false;
                    }
                    month = (b[from + 5] - '0') * 10 + b[from + 6] - '0' - 1;
                }
                case ROLE_TONNES -> {
                    double tonnes = decimal(b, from, to);
                    if (Double.isNaN(tonnes) || tonnes < 0) {
                        chunk.problem(line, field + 1, "problem.badTonnes", text(b, from, to));
                        return false;
                    }
                }
                case ROLE_AMOUNT -> {
                    amount = decimal(b, from, to);
                    if (Double.isNaN(amount)) {
                        chunk.problem(line, field + 1, "problem.badAmount", text(b, from, to));
                        return false;
                    }
                }
                default -> {
                    // a column the segmentation does not use
                }
            }
            return true;
        }

        private void add(int c, int day, int month, double amount) {
            if (rows == customers.length) {
                customers = Arrays.copyOf(customers, rows * 2);
                days = Arrays.copyOf(days, rows * 2);
                amounts = Arrays.copyOf(amounts, rows * 2);
            }
            customers[rows] = c;
            days[rows] = day;
            amounts[rows] = amount;
            rows++;
            if (c == amountSum.length) {
                growTotals();
            }
            int[] t = totals;
            int at = c * TOTALS;
            if (t[at + ORDERS]++ == 0) {
                t[at + FIRST_DAY] = day;
                t[at + LAST_DAY] = day;
            } else if (day > t[at + LAST_DAY]) {
                t[at + LAST_DAY] = day;
            } else if (day < t[at + FIRST_DAY]) {
                t[at + FIRST_DAY] = day;
            }
            t[at + MONTHS + month]++;
            amountSum[c] += amount;
        }

        /** Customers are numbered as they first appear, so a new one is at most one past the end. */
        private void growTotals() {
            int capacity = amountSum.length * 2;
            totals = Arrays.copyOf(totals, capacity * TOTALS);
            amountSum = Arrays.copyOf(amountSum, capacity);
        }

        Chunk finish() {
            chunk.customer = customers;
            chunk.day = days;
            chunk.amount = amounts;
            chunk.rows = rows;
            chunk.amountSum = amountSum;
            chunk.customers = codes.size();
            chunk.lines = line;
            tally.totals = totals;
            return chunk;
        }
    }

    private static String text(byte[] b, int from, int to) {
        return new String(b, from, Math.min(to - from, 40), StandardCharsets.UTF_8);
    }

    /**
     * The digits of the {@code yyyy-MM-dd} date at {@code b[from]} packed as
     * {@code year << 14 | month << 7 | day} (each as written, not yet checked as a date), or -1
     * when a digit or a dash is missing.
     */
    private static int dateDigits(byte[] b, int from) {
        int y1 = b[from] - '0';
        int y2 = b[from + 1] - '0';
        int y3 = b[from + 2] - '0';
        int y4 = b[from + 3] - '0';
        int m1 = b[from + 5] - '0';
        int m2 = b[from + 6] - '0';
        int d1 = b[from + 8] - '0';
        int d2 = b[from + 9] - '0';
        // A digit is in 0..9 exactly when neither it nor 9 minus it is negative.
        if ((y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3 | y4 | 9 - y4 | m1 | 9 - m1 | m2 | 9 - m2 | d1 | 9 - d1 | d2
                | 9 - d2) < 0 || b[from + 4] != '-' || b[from + 7] != '-') {
            return -1;
        }
        return (((y1 * 10 + y2) * 10 + y3) * 10 + y4) << 14 | (m1 * 10 + m2) << 7 | (d1 * 10 + d2);
    }

    /**
     * The epoch day of the {@code yyyy-MM-dd} date at {@code b[from]} when its year is in the table
     * of month starts, otherwise (or when it is no date) {@link #NO_DATE}: looked up, with fewer
     * branches than {@link #epochDay} for the JIT to learn.
     */
    static int usualEpochDay(byte[] b, int from) {
        int digits = dateDigits(b, from);
        int month = digits >> 7 & 127;
        int dayOfMonth = digits & 127;
        int monthOfTable = ((digits >> 14) - TABLE_FIRST_YEAR) * 12 + month - 1;
        if (digits < 0 || month < 1 || month > 12 || monthOfTable < 0 || monthOfTable >= TABLE_MONTHS
                || dayOfMonth < 1) {
            return NO_DATE;
        }
        int start = MONTH_STARTS[monthOfTable];
        return dayOfMonth <= MONTH_STARTS[monthOfTable + 1] - start ? start + dayOfMonth - 1 : NO_DATE;
    }

    private static int[] monthStarts() {
        int[] starts = new int[TABLE_MONTHS + 1];
        starts[0] = TABLE_FIRST_DAY;
        for (int m = 0; m < TABLE_MONTHS; m++) {
            starts[m + 1] = starts[m] + monthLength(TABLE_FIRST_YEAR + m / 12, m % 12 + 1);
        }
        return starts;
    }

    /** The epoch day of a {@code yyyy-MM-dd} date, or {@link #NO_DATE} when it is not a valid date. */
    static int epochDay(byte[] b, int from, int to) {
        int digits = to - from == 10 ? dateDigits(b, from) : -1;
        if (digits < 0) {
            return NO_DATE;
        }
        int year = digits >> 14;
        int month = digits >> 7 & 127;
        int dayOfMonth = digits & 127;
        if (year < 1 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > monthLength(year, month)) {
            return NO_DATE;
        }
        // Days from civil (proleptic Gregorian), as java.time computes them, without the objects.
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** A plain decimal number ({@code -12.5}), or NaN when the bytes are not one. */
    static double decimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        int integerStart = i;
        long mantissa = 0;
        for (int digit; i < to && (digit = b[i] - '0') >= 0 && digit <= 9; i++) {
            mantissa = mantissa * 10 + digit;
        }
        int integerDigits = i - integerStart;
        int fraction = 0;
        if (i < to && b[i] == '.') {
            int fractionStart = ++i;
            for (int digit; i < to && (digit = b[i] - '0') >= 0 && digit <= 9; i++) {
                mantissa = mantissa * 10 + digit;
            }
            fraction = i - fractionStart;
        }
        if (i != to || integerDigits + fraction == 0) {
            return Double.NaN;
        }
        if (integerDigits + fraction > 15) {
            return slowDecimal(b, from, to);
        }
        // Both operands are exact doubles (at most 15 digits), so the quotient is the correctly rounded value.
        double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
        return negative ? -value : value;
    }

    private static double slowDecimal(byte[] b, int from, int to) {
        String text = new String(b, from, to - from, StandardCharsets.US_ASCII);
        if (!text.matches("[+-]?[0-9]*\\.?[0-9]*") || !text.matches(".*[0-9].*")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private OrderHistory assemble(Path file, List<String> names, List<Chunk> chunks, Tally[] tallies)
            throws OrderFileException {
        long problemCount = 0;
        for (Chunk chunk : chunks) {
            problemCount += chunk.problemCount;
        }
        if (problemCount > 0) {
            List<CsvProblem> problems = new ArrayList<>();
            long linesBefore = 1;
            for (Chunk chunk : chunks) {
                for (int i = 0; i < chunk.problemPlaces.size(); i++) {
                    long[] place = chunk.problemPlaces.get(i);
                    Object[] text = chunk.problemTexts.get(i);
                    int column = (int) place[1];
                    String name = column <= names.size() ? names.get(column - 1) : "";
                    problems.add(problem(file, linesBefore + place[0], column, name, (String) text[0],
                            Arrays.copyOfRange(text, 1, text.length)));
                }
                linesBefore += chunk.lines;
            }
            problems.sort(Comparator.comparingLong(CsvProblem::row).thenComparingInt(CsvProblem::column));
            List<CsvProblem> first = problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()));
            throw new OrderFileException(TEXTS.get(locale, "problem.refused", file.toString(), problemCount), first,
                    problemCount);
        }
        // The first thread's numbering, extended by the customers only the others read, numbers them all.
        CustomerCodeIndex all = tallies[0].customers;
        int[][] global = new int[tallies.length][];
        global[0] = new int[all.size()];
        for (int c = 0; c < global[0].length; c++) {
            global[0][c] = c;
        }
        for (int t = 1; t < tallies.length; t++) {
            CustomerCodeIndex customers = tallies[t].customers;
            int[] number = new int[customers.size()];
            for (int local = 0; local < number.length; local++) {
                number[local] = all.numberOf(customers, local);
            }
            global[t] = number;
        }
        MergedTotals totals = new MergedTotals(all.size());
        // The amounts (chunk by chunk, in file order) are added while the threads' counts are.
        ChunkAmounts amounts = new ChunkAmounts(totals, chunks, global);
        amounts.fork(tallies.length > 1);
        for (Tally tally : tallies) {
            int[] number = global[tally.index];
            for (int local = 0; local < number.length; local++) {
                totals.add(number[local], tally.totals, local * TOTALS);
            }
        }
        List<OrderHistory.Part> parts = new ArrayList<>();
        for (Chunk chunk : chunks) {
            parts.add(new OrderHistory.Part(chunk.customer, chunk.day, chunk.amount, chunk.rows,
                    global[chunk.tally.index]));
        }
        amounts.await();
        return new OrderHistory(all.codes(), parts, totals.toTotals());
    }

    /** Adds the chunks' sums of amounts to the merged totals in file order, as a side task. */
    private static final class ChunkAmounts extends SideTask {
        private final MergedTotals totals;
        private final List<Chunk> chunks;
        private final int[][] global;

        ChunkAmounts(MergedTotals totals, List<Chunk> chunks, int[][] global) {
            super("order-file amounts");
            this.totals = totals;
            this.chunks = chunks;
            this.global = global;
        }

        @Override
        protected void work() {
            for (Chunk chunk : chunks) {
                totals.addAmounts(global[chunk.tally.index], chunk.amountSum, chunk.customers);
            }
        }
    }

    /** The threads' and chunks' per-customer totals added up, one customer at a time by methods the JIT compiles early. */
    private static final class MergedTotals {
        private final int[] orders;
        private final double[] amountSum;
        private final int[] firstDay;
        private final int[] lastDay;
        private final int[] byCalendarMonth;

        MergedTotals(int customers) {
            orders = new int[customers];
            amountSum = new double[customers];
            firstDay = new int[customers];
            Arrays.fill(firstDay, Integer.MAX_VALUE);
            lastDay = new int[customers];
            Arrays.fill(lastDay, Integer.MIN_VALUE);
            byCalendarMonth = new int[customers * 12];
        }

        void add(int c, int[] totals, int at) {
            orders[c] += totals[at + ORDERS];
            firstDay[c] = Math.min(firstDay[c], totals[at + FIRST_DAY]);
            lastDay[c] = Math.max(lastDay[c], totals[at + LAST_DAY]);
            int months = c * 12;
            for (int m = 0; m < 12; m++) {
                byCalendarMonth[months + m] += totals[at + MONTHS + m];
            }
        }

        /** Adds a chunk's sums of amounts of its thread's first {@code count} customers, numbered by {@code number}. */
        void addAmounts(int[] number, double[] amounts, int count) {
            for (int local = 0; local < count; local++) {
                amountSum[number[local]] += amounts[local];
            }
        }

        OrderHistory.Totals toTotals() {
            return new OrderHistory.Totals(orders, amountSum, firstDay, lastDay, byCalendarMonth);
        }
    }

    private CsvProblem problem(Path file, long row, int column, String name, String key, Object... arguments) {
        return new CsvProblem(file, row, column, name, TEXTS.get(locale, key, arguments));
    }

    private OrderFileException refused(Path file, List<CsvProblem> problems) {
        return new OrderFileException(TEXTS.get(locale, "problem.refused", file.toString(), problems.size()), problems,
                problems.size());
    }
}
