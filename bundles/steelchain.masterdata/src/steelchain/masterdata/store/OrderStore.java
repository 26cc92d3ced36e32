package steelchain.masterdata.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.masterdata.Counts;
import steelchain.masterdata.layout.Cells;
import steelchain.masterdata.validation.OrderBatch;
import steelchain.masterdata.validation.OrderBatch.Line;
import steelchain.masterdata.validation.OrderBatch.Order;

/**
 * Sales orders and their lines in the database. Orders come by the million, so they are
 * written with JDBC batches on the connection of the data store's own transaction
 * ({@code EntityManager.unwrap(Connection.class)}): no entity objects, no persistence context,
 * one round of inserts per chunk, ids taken from the entities' table generator. The model's
 * entities could not do it anyway: {@code SalesOrder.addLine} numbers lines itself and an
 * {@code OrderLine} cannot be changed after it is made.
 * <p>
 * What is stored already is read per chunk of order numbers with JPQL projections, which
 * also serves the dry run: it compares and counts without a connection of its own.
 */
public final class OrderStore {

    static final int ORDERS_PER_CHUNK = 1000;

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

    /** What a write did to orders and to their lines. */
    public record Result(Counts orders, Counts lines) {
    }

    private record StoredOrder(long id, long customerId, LocalDate orderDate, OrderStatus status) {
    }

    private record StoredLine(long id, ProductForm form, long gradeId, BigDecimal thicknessMm, BigDecimal widthMm,
            BigDecimal tonnes, LocalDate dueDate, BigDecimal priceCnyPerTonne, OrderStatus status) {
    }

    /**
     * Creates the orders and lines that are new and updates those that differ, by order
     * number and line number. Lines stored for an order but absent from the batch are kept.
     *
     * @param apply false to only count what would change (a dry run); needs no transaction then
     */
    public static Result write(EntityManager em, OrderBatch batch, boolean apply, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, batch.lines().size());
        Tally orders = new Tally();
        Tally lines = new Tally();
        try (Statements statements = apply ? new Statements(connectionOf(em)) : null) {
            List<Order> all = batch.orders();
            for (int start = 0; start < all.size(); start += ORDERS_PER_CHUNK) {
                List<Order> chunk = all.subList(start, Math.min(all.size(), start + ORDERS_PER_CHUNK));
                Map<String, StoredOrder> storedOrders = storedOrders(em, chunk);
                Map<Long, Map<Integer, StoredLine>> storedLines = storedLines(em, storedOrders);
                IdSource ids = apply ? new IdSource(statements.connection,
                        newRows(batch, chunk, storedOrders, storedLines)) : null;
                int chunkLines = 0;
                for (Order order : chunk) {
                    StoredOrder stored = storedOrders.get(order.orderNumber());
                    long orderId = writeOrder(order, stored, orders, statements, ids);
                    Map<Integer, StoredLine> linesOfOrder = stored == null ? Map.of()
                            : storedLines.getOrDefault(stored.id(), Map.of());
                    for (Line line : batch.linesOf(order)) {
                        writeLine(orderId, line, linesOfOrder.get(line.lineNumber()), lines, statements, ids);
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
        return new Result(orders.counts(), lines.counts());
    }

    /**
     * Writes every order line with its order's fields, ordered by order number and line
     * number, a page of orders at a time; returns how many lines.
     */
    public static long export(EntityManager em, RecordSink sink, IProgressMonitor monitor) throws IOException {
        long total = em.createQuery("SELECT COUNT(l) FROM OrderLine l", Long.class).getSingleResult();
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, total));
        long written = 0;
        String after = "";
        while (true) {
            List<String> numbers = em.createQuery(
                    "SELECT o.orderNumber FROM SalesOrder o WHERE o.orderNumber > :after ORDER BY o.orderNumber",
                    String.class).setParameter("after", after).setMaxResults(ORDERS_PER_CHUNK).getResultList();
            if (numbers.isEmpty()) {
                return written;
            }
            // In the order of OrderLayout.COLUMNS.
            List<Object[]> page = em.createQuery("SELECT o.orderNumber, c.code, o.orderDate, l.lineNumber, l.form, "
                    + "g.code, l.thicknessMm, l.widthMm, l.tonnes, l.dueDate, l.priceCnyPerTonne, l.status, o.status "
                    + "FROM OrderLine l JOIN l.order o JOIN o.customer c JOIN l.grade g "
                    + "WHERE o.orderNumber >= :first AND o.orderNumber <= :last ORDER BY o.orderNumber, l.lineNumber",
                    Object[].class).setParameter("first", numbers.get(0))
                    .setParameter("last", numbers.get(numbers.size() - 1)).getResultList();
            for (Object[] row : page) {
                List<String> cells = new ArrayList<>(row.length);
                for (Object value : row) {
                    cells.add(Cells.format(value));
                }
                sink.write(cells);
            }
            written += page.size();
            after = numbers.get(numbers.size() - 1);
            Progress.chunkDone(progress, page.size());
        }
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

    private static Map<String, StoredOrder> storedOrders(EntityManager em, List<Order> chunk) {
        List<Object[]> rows = em.createQuery("SELECT o.orderNumber, o.id, o.customer.id, o.orderDate, o.status "
                + "FROM SalesOrder o WHERE o.orderNumber IN :numbers", Object[].class)
                .setParameter("numbers", chunk.stream().map(Order::orderNumber).toList()).getResultList();
        Map<String, StoredOrder> stored = new HashMap<>();
        for (Object[] row : rows) {
            stored.put((String) row[0],
                    new StoredOrder((Long) row[1], (Long) row[2], (LocalDate) row[3], (OrderStatus) row[4]));
        }
        return stored;
    }

    /** The stored lines of the stored orders, by order id and line number. */
    private static Map<Long, Map<Integer, StoredLine>> storedLines(EntityManager em,
            Map<String, StoredOrder> storedOrders) {
        Map<Long, Map<Integer, StoredLine>> stored = new HashMap<>();
        if (storedOrders.isEmpty()) {
            return stored;
        }
        List<Object[]> rows = em.createQuery("SELECT l.order.id, l.lineNumber, l.id, l.form, l.grade.id, "
                + "l.thicknessMm, l.widthMm, l.tonnes, l.dueDate, l.priceCnyPerTonne, l.status "
                + "FROM OrderLine l WHERE l.order.id IN :ids", Object[].class)
                .setParameter("ids", storedOrders.values().stream().map(StoredOrder::id).toList()).getResultList();
        for (Object[] row : rows) {
            stored.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Integer) row[1],
                    new StoredLine((Long) row[2], (ProductForm) row[3], (Long) row[4], (BigDecimal) row[5],
                            (BigDecimal) row[6], (BigDecimal) row[7], (LocalDate) row[8], (BigDecimal) row[9],
                            (OrderStatus) row[10]));
        }
        return stored;
    }

    /** How many orders and lines of the chunk are not stored yet and need an id. */
    private static int newRows(OrderBatch batch, List<Order> chunk, Map<String, StoredOrder> storedOrders,
            Map<Long, Map<Integer, StoredLine>> storedLines) {
        int count = 0;
        for (Order order : chunk) {
            StoredOrder stored = storedOrders.get(order.orderNumber());
            if (stored == null) {
                count += 1 + order.lineCount();
                continue;
            }
            Map<Integer, StoredLine> lines = storedLines.getOrDefault(stored.id(), Map.of());
            for (Line line : batch.linesOf(order)) {
                if (!lines.containsKey(line.lineNumber())) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean sameNumber(BigDecimal stored, BigDecimal wanted) {
        return stored == null ? wanted == null : wanted != null && stored.compareTo(wanted) == 0;
    }

    private static Connection connectionOf(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("The data store gives no JDBC connection inside its transaction; "
                    + "orders are written through it");
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
        final Connection connection;
        final PreparedStatement insertOrder;
        final PreparedStatement updateOrder;
        final PreparedStatement insertLine;
        final PreparedStatement updateLine;

        Statements(Connection connection) throws SQLException {
            this.connection = connection;
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
