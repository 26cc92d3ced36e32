package steelchain.masterdata.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import steelchain.core.data.DataStore;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.masterdata.Counts;
import steelchain.masterdata.layout.Cells;
import steelchain.masterdata.validation.OrderBatch;
import steelchain.masterdata.validation.OrderBatch.Line;
import steelchain.masterdata.validation.OrderBatch.Order;

/**
 * Sales orders and their lines in the database, with plain JDBC on the connection of the data
 * store's own transaction ({@code EntityManager.unwrap(Connection.class)}). Orders come by
 * the million: no entity objects and no persistence context, inserts and updates in JDBC
 * batches per chunk, ids taken in blocks from the entities' table generator. The model's
 * entities could not do it anyway: {@code SalesOrder.addLine} numbers lines itself and an
 * {@code OrderLine} cannot be changed after it is made.
 * <p>
 * What is stored already is looked up order by order on the unique indexes. Lists of keys
 * ({@code IN (?, ?, ...)}) would save round trips, but Derby plans them as a scan when the
 * statement is first compiled on a small table and keeps that plan while the table grows,
 * which makes an import quadratic.
 */
public final class OrderStore {

    static final int ORDERS_PER_CHUNK = 1000;

    private static final String FIND_ORDER = "SELECT ID, CUSTOMER_ID, ORDER_DATE, STATUS FROM SALES_ORDER "
            + "WHERE ORDER_NUMBER = ?";
    private static final String FIND_LINES = "SELECT LINE_NUMBER, ID, FORM, GRADE_ID, THICKNESS_MM, WIDTH_MM, TONNES, "
            + "DUE_DATE, PRICE_CNY_PER_T, STATUS FROM ORDER_LINE WHERE ORDER_ID = ?";
    private static final String ALL_ORDERS = "SELECT ID, ORDER_NUMBER, CUSTOMER_ID, ORDER_DATE, STATUS "
            + "FROM SALES_ORDER ORDER BY ORDER_NUMBER";
    private static final String INSERT_ORDER = "INSERT INTO SALES_ORDER "
            + "(ID, VERSION, ORDER_NUMBER, CUSTOMER_ID, ORDER_DATE, STATUS) VALUES (?, 1, ?, ?, ?, ?)";
    private static final String UPDATE_ORDER = "UPDATE SALES_ORDER "
            + "SET VERSION = VERSION + 1, CUSTOMER_ID = ?, ORDER_DATE = ?, STATUS = ? WHERE ID = ?";
    private static final String INSERT_LINE = "INSERT INTO ORDER_LINE (ID, VERSION, ORDER_ID, LINE_NUMBER, FORM, "
            + "GRADE_ID, THICKNESS_MM, WIDTH_MM, TONNES, DUE_DATE, PRICE_CNY_PER_T, STATUS) "
            + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_LINE = "UPDATE ORDER_LINE SET VERSION = VERSION + 1, FORM = ?, GRADE_ID = ?, "
            + "THICKNESS_MM = ?, WIDTH_MM = ?, TONNES = ?, DUE_DATE = ?, PRICE_CNY_PER_T = ?, STATUS = ? WHERE ID = ?";

    private OrderStore() {
    }

    /**
     * What a write did to orders and to their lines.
     *
     * @param changedOrders the indices in the batch's {@link OrderBatch#orders()} of the orders
     *                      stored before that the write changed (the order or its lines)
     */
    public record Result(Counts orders, Counts lines, List<Integer> changedOrders) {
    }

    private record StoredOrder(long id, long customerId, LocalDate orderDate, OrderStatus status) {
    }

    private record StoredLine(long id, ProductForm form, long gradeId, BigDecimal thicknessMm, BigDecimal widthMm,
            BigDecimal tonnes, LocalDate dueDate, BigDecimal priceCnyPerTonne, OrderStatus status) {
    }

    /**
     * Creates the orders and lines that are new and updates those that differ, by order
     * number and line number. Lines stored for an order but absent from the batch are kept.
     * Needs a transaction, for its connection, even when it only counts.
     *
     * @param apply false to only count what would change (a dry run)
     */
    public static Result write(EntityManager em, OrderBatch batch, boolean apply, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, batch.lines().size());
        Tally orders = new Tally();
        Tally lines = new Tally();
        List<Integer> changedOrders = new ArrayList<>();
        Connection connection = connectionOf(em);
        try (PreparedStatement findOrder = connection.prepareStatement(FIND_ORDER);
                PreparedStatement findLines = connection.prepareStatement(FIND_LINES);
                Statements statements = apply ? new Statements(connection) : null) {
            List<Order> all = batch.orders();
            for (int start = 0; start < all.size(); start += ORDERS_PER_CHUNK) {
                List<Order> chunk = all.subList(start, Math.min(all.size(), start + ORDERS_PER_CHUNK));
                List<StoredOrder> storedOrders = new ArrayList<>(chunk.size());
                List<Map<Integer, StoredLine>> storedLines = new ArrayList<>(chunk.size());
                int newRows = 0;
                for (Order order : chunk) {
                    StoredOrder stored = storedOrder(findOrder, order.orderNumber());
                    Map<Integer, StoredLine> linesOfOrder = stored == null ? Map.of() : storedLines(findLines, stored.id());
                    storedOrders.add(stored);
                    storedLines.add(linesOfOrder);
                    newRows += stored == null ? 1 : 0;
                    for (Line line : batch.linesOf(order)) {
                        newRows += linesOfOrder.containsKey(line.lineNumber()) ? 0 : 1;
                    }
                }
                IdSource ids = apply ? new IdSource(connection, newRows) : null;
                int chunkLines = 0;
                for (int i = 0; i < chunk.size(); i++) {
                    Order order = chunk.get(i);
                    long changesBefore = orders.updated + lines.created + lines.updated;
                    long orderId = writeOrder(order, storedOrders.get(i), orders, statements, ids);
                    for (Line line : batch.linesOf(order)) {
                        writeLine(orderId, line, storedLines.get(i).get(line.lineNumber()), lines, statements, ids);
                    }
                    if (storedOrders.get(i) != null && orders.updated + lines.created + lines.updated > changesBefore) {
                        changedOrders.add(start + i);
                    }
                    chunkLines += order.lineCount();
                }
                if (apply) {
                    statements.execute();
                }
                Progress.chunkDone(progress, chunkLines);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Writing orders failed: " + e.getMessage(), e);
        }
        return new Result(orders.counts(), lines.counts(), changedOrders);
    }

    /**
     * Forgets the shared cache's copies of orders and lines: written past JPA, they are stale.
     * Call once the writing transaction has committed.
     */
    public static void forgetCachedOrders(DataStore store) {
        store.read(em -> {
            Cache cache = em.getEntityManagerFactory().getCache();
            cache.evict(SalesOrder.class);
            cache.evict(OrderLine.class);
            return null;
        });
    }

    /**
     * Writes every order line with its order's fields, ordered by order number and line
     * number; returns how many lines. One cursor runs over the orders and each order's lines
     * are looked up on the index, so memory stays flat however many orders there are.
     * Needs a transaction, for its connection.
     */
    public static long export(EntityManager em, RecordSink sink, IProgressMonitor monitor) throws IOException {
        Connection connection = connectionOf(em);
        try (PreparedStatement allOrders = connection.prepareStatement(ALL_ORDERS);
                PreparedStatement findLines = connection.prepareStatement(FIND_LINES + " ORDER BY LINE_NUMBER")) {
            SubMonitor progress = SubMonitor.convert(monitor,
                    (int) Math.min(Integer.MAX_VALUE, count(connection, "ORDER_LINE")));
            Map<Long, String> customerCodes = codesById(connection, "CUSTOMER");
            Map<Long, String> gradeCodes = codesById(connection, "STEEL_GRADE");
            allOrders.setFetchSize(ORDERS_PER_CHUNK);
            long written = 0;
            int sinceProgress = 0;
            try (ResultSet order = allOrders.executeQuery()) {
                while (order.next()) {
                    findLines.setLong(1, order.getLong(1));
                    try (ResultSet line = findLines.executeQuery()) {
                        while (line.next()) {
                            // In the order of OrderLayout.COLUMNS.
                            sink.write(Arrays.asList(order.getString(2), customerCodes.get(order.getLong(3)),
                                    Cells.format(order.getDate(4).toLocalDate()), Integer.toString(line.getInt(1)),
                                    line.getString(3), gradeCodes.get(line.getLong(4)),
                                    Cells.format(line.getBigDecimal(5)), Cells.format(line.getBigDecimal(6)),
                                    Cells.format(line.getBigDecimal(7)), Cells.format(line.getDate(8).toLocalDate()),
                                    Cells.format(line.getBigDecimal(9)), line.getString(10), order.getString(5)));
                            written++;
                            if (++sinceProgress == ORDERS_PER_CHUNK) {
                                Progress.chunkDone(progress, sinceProgress);
                                sinceProgress = 0;
                            }
                        }
                    }
                }
            }
            return written;
        } catch (SQLException e) {
            throw new PersistenceException("Reading orders failed: " + e.getMessage(), e);
        }
    }

    private static StoredOrder storedOrder(PreparedStatement findOrder, String orderNumber) throws SQLException {
        findOrder.setString(1, orderNumber);
        try (ResultSet row = findOrder.executeQuery()) {
            return row.next() ? new StoredOrder(row.getLong(1), row.getLong(2), row.getDate(3).toLocalDate(),
                    OrderStatus.valueOf(row.getString(4))) : null;
        }
    }

    /** The stored lines of an order by line number. */
    private static Map<Integer, StoredLine> storedLines(PreparedStatement findLines, long orderId) throws SQLException {
        findLines.setLong(1, orderId);
        Map<Integer, StoredLine> lines = new HashMap<>();
        try (ResultSet row = findLines.executeQuery()) {
            while (row.next()) {
                lines.put(row.getInt(1), new StoredLine(row.getLong(2), ProductForm.valueOf(row.getString(3)),
                        row.getLong(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getBigDecimal(7),
                        row.getDate(8).toLocalDate(), row.getBigDecimal(9), OrderStatus.valueOf(row.getString(10))));
            }
        }
        return lines;
    }

    /** Inserts or updates the order row as needed and returns its id (none in a dry run for a new order). */
    private static long writeOrder(Order order, StoredOrder stored, Tally tally, Statements statements, IdSource ids)
            throws SQLException {
        if (stored == null) {
            tally.created++;
            if (statements == null) {
                return -1;
            }
            long id = ids.next();
            PreparedStatement insert = statements.insertOrder;
            insert.setLong(1, id);
            insert.setString(2, order.orderNumber());
            insert.setLong(3, order.customerId());
            insert.setDate(4, Date.valueOf(order.orderDate()));
            insert.setString(5, (order.status() == null ? OrderStatus.OPEN : order.status()).name());
            insert.addBatch();
            return id;
        }
        OrderStatus status = order.status() == null ? stored.status() : order.status();
        if (stored.customerId() == order.customerId() && stored.orderDate().equals(order.orderDate())
                && stored.status() == status) {
            tally.unchanged++;
            return stored.id();
        }
        tally.updated++;
        if (statements != null) {
            PreparedStatement update = statements.updateOrder;
            update.setLong(1, order.customerId());
            update.setDate(2, Date.valueOf(order.orderDate()));
            update.setString(3, status.name());
            update.setLong(4, stored.id());
            update.addBatch();
        }
        return stored.id();
    }

    private static void writeLine(long orderId, Line line, StoredLine stored, Tally tally, Statements statements,
            IdSource ids) throws SQLException {
        if (stored == null) {
            tally.created++;
            if (statements != null) {
                PreparedStatement insert = statements.insertLine;
                insert.setLong(1, ids.next());
                insert.setLong(2, orderId);
                insert.setInt(3, line.lineNumber());
                bindLineValues(insert, 4, line, line.status() == null ? OrderStatus.OPEN : line.status());
                insert.addBatch();
            }
            return;
        }
        OrderStatus status = line.status() == null ? stored.status() : line.status();
        if (stored.form() == line.form() && stored.gradeId() == line.gradeId()
                && sameNumber(stored.thicknessMm(), line.thicknessMm()) && sameNumber(stored.widthMm(), line.widthMm())
                && sameNumber(stored.tonnes(), line.tonnes()) && stored.dueDate().equals(line.dueDate())
                && sameNumber(stored.priceCnyPerTonne(), line.priceCnyPerTonne()) && stored.status() == status) {
            tally.unchanged++;
            return;
        }
        tally.updated++;
        if (statements != null) {
            PreparedStatement update = statements.updateLine;
            bindLineValues(update, 1, line, status);
            update.setLong(9, stored.id());
            update.addBatch();
        }
    }

    /** FORM, GRADE_ID, THICKNESS_MM, WIDTH_MM, TONNES, DUE_DATE, PRICE_CNY_PER_T, STATUS from {@code first} on. */
    private static void bindLineValues(PreparedStatement statement, int first, Line line, OrderStatus status)
            throws SQLException {
        statement.setString(first, line.form().name());
        statement.setLong(first + 1, line.gradeId());
        statement.setBigDecimal(first + 2, line.thicknessMm());
        if (line.widthTenthsMm() == OrderBatch.NO_WIDTH) {
            statement.setNull(first + 3, Types.DECIMAL);
        } else {
            statement.setBigDecimal(first + 3, line.widthMm());
        }
        statement.setBigDecimal(first + 4, line.tonnes());
        statement.setDate(first + 5, Date.valueOf(line.dueDate()));
        statement.setBigDecimal(first + 6, line.priceCnyPerTonne());
        statement.setString(first + 7, status.name());
    }

    /** Id to code of every row of a small table (customers, grades). */
    private static Map<Long, String> codesById(Connection connection, String table) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT ID, CODE FROM " + table)) {
            while (row.next()) {
                codes.put(row.getLong(1), row.getString(2));
            }
        }
        return codes;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static boolean sameNumber(BigDecimal stored, BigDecimal wanted) {
        return stored == null ? wanted == null : wanted != null && stored.compareTo(wanted) == 0;
    }

    private static Connection connectionOf(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("The data store gives no JDBC connection inside its transaction; "
                    + "orders are read and written through it");
        }
        return connection;
    }

    /** The ids reserved for one chunk, handed out in turn. */
    private static final class IdSource {
        private long next;
        private final long end;

        IdSource(Connection connection, int count) throws SQLException {
            next = count == 0 ? 0 : IdReservation.reserve(connection, count);
            end = next + count;
        }

        long next() {
            if (next >= end) {
                throw new IllegalStateException("More new rows than ids reserved for the chunk");
            }
            return next++;
        }
    }

    private static final class Tally {
        long created;
        long updated;
        long unchanged;

        Counts counts() {
            return new Counts(created, updated, unchanged);
        }
    }

    /** The four batched statements of a write, prepared once and run per chunk. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement insertOrder;
        final PreparedStatement updateOrder;
        final PreparedStatement insertLine;
        final PreparedStatement updateLine;

        Statements(Connection connection) throws SQLException {
            insertOrder = connection.prepareStatement(INSERT_ORDER);
            updateOrder = connection.prepareStatement(UPDATE_ORDER);
            insertLine = connection.prepareStatement(INSERT_LINE);
            updateLine = connection.prepareStatement(UPDATE_LINE);
        }

        /** Orders first: their lines refer to them. */
        void execute() throws SQLException {
            insertOrder.executeBatch();
            updateOrder.executeBatch();
            insertLine.executeBatch();
            updateLine.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insertOrder.close();
            updateOrder.close();
            insertLine.close();
            updateLine.close();
        }
    }
}
