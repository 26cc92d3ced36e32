package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.Customer;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.edit.EditConflict.Kind;
import steelchain.masterdata.edit.OrderForm.Header;
import steelchain.masterdata.edit.OrderForm.LineValues;
import steelchain.masterdata.edit.OrderForm.Lookups;
import steelchain.masterdata.store.Entities;
import steelchain.masterdata.store.OrderStore;
import steelchain.masterdata.validation.OrderBatch;
import steelchain.masterdata.validation.OrderBatch.Line;
import steelchain.masterdata.validation.OrderBatch.Order;

/**
 * Reading an order into the order editor's form and saving it: one transaction, written by the
 * same {@link OrderStore} the CSV import writes orders with. An order whose row or any of whose
 * lines changed since the form was read (or that got a line meanwhile) is not overwritten: the
 * save fails with an {@link EditConflict} and writes nothing.
 */
public final class OrderEditing {

    /** Makes the order stale for everyone else and, by its row lock, keeps other savers out until commit. */
    private static final String LOCK_ORDER = "UPDATE SALES_ORDER SET VERSION = VERSION + 1 "
            + "WHERE ID = ? AND VERSION = ?";
    /**
     * Locks the order's lines without changing them, so that no line changes between the
     * check of their versions and the write; a line this save changes gets its next version
     * from the write itself.
     */
    private static final String LOCK_LINES = "UPDATE ORDER_LINE SET VERSION = VERSION WHERE ORDER_ID = ?";
    private static final String LINE_VERSIONS = "SELECT ID, VERSION FROM ORDER_LINE WHERE ORDER_ID = ?";

    private OrderEditing() {
    }

    /** A form for a new order dated today; customers and grades are those in the database now. */
    public static OrderForm newOrder(DataStore store) {
        return OrderForm.create(LocalDate.now(), lookups(store));
    }

    /**
     * A form for the order with {@code orderNumber}, or null when there is none; read-only with
     * the guard's reason when {@code guard} refuses changes to it.
     *
     * @param guard  the guards of the modules that may have taken the order over
     * @param locale the language of the guard's reason
     */
    public static OrderForm order(DataStore store, String orderNumber, OrderChangeGuard guard, Locale locale) {
        String refusal = store.read(em -> guard.refusal(em, orderNumber, locale)).orElse(null);
        Lookups lookups = lookups(store);
        return store.read(em -> {
            SalesOrder order = order(em, orderNumber);
            return order == null ? null : OrderForm.of(order, lookups, refusal);
        });
    }

    /**
     * Creates or updates the order of a valid form with its lines, in one transaction. The guards
     * are asked again, with the order locked: a module may have taken it over since the form was
     * read.
     *
     * @param guard  the guards of the modules that may have taken the order over
     * @param locale the language of the guard's reason
     * @throws EditConflict          when the database changed since the form was read, or a guard
     *                               now refuses the change; nothing is written
     * @throws IllegalStateException when the form is invalid or read-only
     */
    public static void save(DataStore store, OrderForm form, OrderChangeGuard guard, Locale locale) {
        if (form.refusal().isPresent()) {
            throw new IllegalStateException("Order " + form.businessKey() + " may not be changed here: "
                    + form.refusal().get());
        }
        Header header = form.header();
        List<LineValues> lines = form.lineValues();
        MasterDataEditing.inTransaction(store, form, em -> {
            if (form.isNew()) {
                if (order(em, header.number()) != null) {
                    throw new EditConflict(Kind.CODE_EXISTS, form.businessKey(), null);
                }
            } else {
                lockUnchanged(em, form, lines);
                guard.refusal(em, form.businessKey(), locale).ifPresent(refusal -> {
                    throw new EditConflict(Kind.TAKEN_OVER, form.businessKey(), refusal, null);
                });
            }
            OrderStore.write(em, batch(em, header, lines), true, null);
        });
        OrderStore.forgetCachedOrders(store);
    }

    /**
     * Locks the order and its lines and checks that they are as the form read them: the same
     * version of the order, the same lines at the same versions.
     */
    private static void lockUnchanged(EntityManager em, OrderForm form, List<LineValues> lines) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement lockOrder = connection.prepareStatement(LOCK_ORDER);
                PreparedStatement lockLines = connection.prepareStatement(LOCK_LINES);
                PreparedStatement versions = connection.prepareStatement(LINE_VERSIONS)) {
            lockOrder.setLong(1, form.id());
            lockOrder.setLong(2, form.version());
            if (lockOrder.executeUpdate() == 0) {
                throw new EditConflict(em.find(SalesOrder.class, form.id()) == null ? Kind.DELETED : Kind.CHANGED,
                        form.businessKey(), null);
            }
            lockLines.setLong(1, form.id());
            lockLines.executeUpdate();
            versions.setLong(1, form.id());
            Map<Long, Long> stored = new HashMap<>();
            try (ResultSet row = versions.executeQuery()) {
                while (row.next()) {
                    stored.put(row.getLong(1), row.getLong(2));
                }
            }
            Map<Long, Long> read = new HashMap<>();
            lines.stream().filter(l -> l.id() != null).forEach(l -> read.put(l.id(), l.version()));
            if (!stored.equals(read)) {
                throw new EditConflict(Kind.CHANGED, form.businessKey(), null);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Checking order " + form.businessKey() + " failed: " + e.getMessage(), e);
        }
    }

    /** The form's order as the import's writer takes it: customers and grades by id. */
    private static OrderBatch batch(EntityManager em, Header header, List<LineValues> lines) {
        Map<String, Long> gradeIds = new HashMap<>();
        List<Line> batchLines = lines.stream().map(l -> new Line(l.number(), l.form(),
                gradeIds.computeIfAbsent(l.gradeCode(), code -> id(em, SteelGrade.class, code)),
                unscaled(l.thicknessMm()),
                l.widthMm() == null ? OrderBatch.NO_WIDTH : unscaled(l.widthMm()), unscaled(l.tonnes()),
                (int) l.dueDate().toEpochDay(), unscaled(l.priceCnyPerTonne()), l.status())).toList();
        Order order = new Order(header.number(), id(em, Customer.class, header.customerCode()),
                (int) header.orderDate().toEpochDay(), header.status(), 0, batchLines.size());
        return OrderBatch.of(order, batchLines);
    }

    /** The id of the customer or grade with {@code code}; one deleted since the form was read is a conflict. */
    private static long id(EntityManager em, Class<? extends BaseEntity> type, String code) {
        BaseEntity found = Entities.byCode(em, type, code);
        if (found == null) {
            throw new EditConflict(Kind.DELETED, code, null);
        }
        return found.getId();
    }

    /** The number in units of its last decimal place; the form has given it the column's scale. */
    private static long unscaled(BigDecimal number) {
        return number.unscaledValue().longValueExact();
    }

    private static SalesOrder order(EntityManager em, String orderNumber) {
        List<SalesOrder> found = em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n", SalesOrder.class)
                .setParameter("n", orderNumber).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Customers and grades as they are now: a few thousand codes at most. Whether an order
     * number is taken is asked of the database, as there may be millions.
     */
    private static Lookups lookups(DataStore store) {
        Map<String, String> customers = store.read(em -> {
            Map<String, String> names = new HashMap<>();
            em.createQuery("SELECT c.code, c.name FROM Customer c", Object[].class).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
            return names;
        });
        Set<String> grades = MasterDataEditing.codes(store, "SELECT g.code FROM SteelGrade g");
        return new Lookups(customers::get, grades::contains, number -> store.read(em -> em.createQuery(
                "SELECT COUNT(o) FROM SalesOrder o WHERE o.orderNumber = :n", Long.class).setParameter("n", number)
                .getSingleResult() > 0));
    }
}
