package steelchain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import steelchain.core.data.DataStore;
import steelchain.core.data.DatabaseStatus;
import steelchain.core.data.Migration;
import steelchain.core.data.PersistenceContribution;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;

/** The persistence bundle in the OSGi runtime, on the embedded Derby of the test workspace. */
class PersistenceIntegrationTest {

    private final BundleContext context = FrameworkUtil.getBundle(PersistenceIntegrationTest.class).getBundleContext();
    private final List<ServiceRegistration<PersistenceContribution>> registered = new ArrayList<>();

    @AfterEach
    void unregister() {
        registered.forEach(ServiceRegistration::unregister);
    }

    private void contribute(PersistenceContribution contribution) {
        registered.add(context.registerService(PersistenceContribution.class, contribution, null));
    }

    /** The data store that maps the entities of all the given owners. */
    private DataStore store(String... owners) {
        StringBuilder filter = new StringBuilder("(&(objectClass=" + DataStore.class.getName() + ")");
        for (String owner : owners) {
            filter.append("(").append(PersistenceManager.OWNERS).append("=").append(owner).append(")");
        }
        try {
            ServiceTracker<DataStore, DataStore> tracker = new ServiceTracker<>(context,
                    context.createFilter(filter.append(")").toString()), null);
            tracker.open();
            try {
                DataStore store = tracker.waitForService(20_000);
                if (store == null) {
                    throw new AssertionError("no data store for " + Arrays.toString(owners));
                }
                return store;
            } finally {
                tracker.close();
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private DatabaseStatus status() {
        ServiceReference<DatabaseStatus> reference = context.getServiceReference(DatabaseStatus.class);
        return context.getService(reference);
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void storesAndReadsTheSharedModel() {
        DataStore store = store("steelchain.core");
        String customerCode = unique("C");
        String gradeCode = unique("Q355B-");
        String orderNumber = unique("SO");
        store.run(em -> {
            Customer customer = new Customer(customerCode, "江苏华建钢构有限公司", Industry.CONSTRUCTION);
            customer.setCreditLimit(new BigDecimal("5000000.00"));
            customer.addContact("王工", "采购", "025-88888888", "wang@example.cn");
            SteelGrade grade = new SteelGrade(gradeCode, "GB/T 1591-2018");
            em.persist(customer);
            em.persist(grade);
            SalesOrder order = new SalesOrder(orderNumber, customer, LocalDate.of(2026, 3, 2));
            order.addLine(ProductForm.PLATE, grade, new BigDecimal("20.00"), new BigDecimal("2200.0"),
                    new BigDecimal("120.500"), LocalDate.of(2026, 4, 10), new BigDecimal("4150.00"));
            em.persist(order);
        });
        SalesOrder read = store.read(em -> {
            SalesOrder order = em.createQuery("select o from SalesOrder o where o.orderNumber = :n", SalesOrder.class)
                    .setParameter("n", orderNumber).getSingleResult();
            order.getLines().size();
            order.getCustomer().getContacts().size();
            return order;
        });
        assertEquals("江苏华建钢构有限公司", read.getCustomer().getName());
        assertEquals("王工", read.getCustomer().getContacts().get(0).getName());
        assertEquals(0, new BigDecimal("500075.00").compareTo(read.totalValueCny()), "120.5 t x 4150 CNY/t");
        assertEquals(gradeCode, read.getLines().get(0).getGrade().getCode());
    }

    @Test
    void entitiesOfAnotherBundleJoinTheUnitAndLeaveWithIt() {
        contribute(Contributions.of("steelchain.persistence.tests", List.of(CustomerNote.class),
                new Migration(1, "customer notes", """
                        CREATE TABLE TEST_CUSTOMER_NOTE (
                          ID BIGINT NOT NULL PRIMARY KEY,
                          VERSION BIGINT NOT NULL,
                          CUSTOMER_ID BIGINT NOT NULL REFERENCES CUSTOMER (ID),
                          NOTE_TEXT VARCHAR(200) NOT NULL
                        );
                        """)));
        DataStore store = store("steelchain.core", "steelchain.persistence.tests");
        String code = unique("N");
        store.run(em -> {
            Customer customer = new Customer(code, "鞍山重型机械", Industry.MACHINERY);
            em.persist(customer);
            em.persist(new CustomerNote(customer, "prefers rail delivery"));
        });
        List<String> notes = store.read(em -> em
                .createQuery("select n.text from CustomerNote n where n.customer.code = :c", String.class)
                .setParameter("c", code).getResultList());
        assertEquals(List.of("prefers rail delivery"), notes);

        registered.remove(0).unregister();
        DataStore without = store("steelchain.core");
        assertThrows(IllegalArgumentException.class,
                () -> without.read(em -> em.createQuery("select n from CustomerNote n").getResultList()));
    }

    @Test
    void anUpgradeKeepsTheDataOfThePreviousVersion() throws SQLException {
        String owner = unique("upgrade.");
        String table = "T_" + owner.substring("upgrade.".length());
        Migration v1 = new Migration(1, "gauges", "CREATE TABLE " + table + " (CODE VARCHAR(20) NOT NULL PRIMARY KEY,"
                + " THICKNESS_MM DECIMAL(8,2) NOT NULL);\nINSERT INTO " + table + " VALUES ('HR-2.0', 2.00);\n"
                + "INSERT INTO " + table + " VALUES ('HR-3.5', 3.50);");
        contribute(Contributions.of(owner, List.of(), v1));
        store("steelchain.core", owner);
        registered.remove(0).unregister();

        Migration v2 = new Migration(2, "tolerances", "ALTER TABLE " + table + " ADD COLUMN TOLERANCE_MM DECIMAL(6,3);\n"
                + "UPDATE " + table + " SET TOLERANCE_MM = 0.17;");
        contribute(Contributions.of(owner, List.of(), v1, v2));
        store("steelchain.core", owner);
        PersistenceManager manager = (PersistenceManager) status();
        try (Connection connection = manager.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement
                        .executeQuery("SELECT CODE, THICKNESS_MM, TOLERANCE_MM FROM " + table + " ORDER BY CODE")) {
            assertTrue(rows.next());
            assertEquals("HR-2.0", rows.getString(1));
            assertEquals(0, new BigDecimal("0.170").compareTo(rows.getBigDecimal(3)));
            assertTrue(rows.next());
            assertEquals("HR-3.5", rows.getString(1));
            assertFalse(rows.next());
        }
        assertEquals(2, new SchemaMigrator(manager.database().dataSource(), java.time.Clock.systemUTC())
                .currentVersion(owner));
    }

    @Test
    void aFailingMigrationKeepsThePreviousVersionIsReportedAndLeavesOthersWorking() throws SQLException {
        String owner = unique("broken.");
        String table = "T_" + owner.substring("broken.".length());
        Migration v1 = new Migration(1, "table", "CREATE TABLE " + table + " (ID INTEGER NOT NULL PRIMARY KEY);");
        Migration v2 = new Migration(2, "half done", "ALTER TABLE " + table + " ADD COLUMN NAME VARCHAR(20);\n"
                + "ALTER TABLE NO_SUCH_TABLE ADD COLUMN X INTEGER;");
        contribute(Contributions.of(owner, List.of(), v1, v2));
        try {
            DataStore store = store("steelchain.core");
            DatabaseStatus.Snapshot snapshot = status().snapshot();
            assertTrue(snapshot.connected(), "the database itself still answers");
            assertTrue(snapshot.problem().contains(owner) && snapshot.problem().contains("version 2"),
                    snapshot.problem());
            assertEquals(0L, count(store, "no such customer"), "the other modules' data stays usable");
            PersistenceManager manager = (PersistenceManager) status();
            SchemaMigrator migrator = new SchemaMigrator(manager.database().dataSource(), java.time.Clock.systemUTC());
            assertEquals(1, migrator.currentVersion(owner));
            try (Connection connection = manager.database().dataSource().getConnection();
                    ResultSet columns = connection.getMetaData().getColumns(null, null, table, "NAME")) {
                assertFalse(columns.next(), "the first statement of the failed step is rolled back too");
            }
        } finally {
            registered.remove(0).unregister();
        }
        store("steelchain.core");
        assertEquals("", status().snapshot().problem(), "without the broken contribution all is well again");
    }

    @Test
    void concurrentEditsOfOneCustomerConflictInsteadOfLosingAnUpdate() {
        DataStore store = store("steelchain.core");
        String code = unique("L");
        Long id = store.inTransaction(em -> {
            Customer customer = new Customer(code, "宝钢汽车板用户", Industry.AUTOMOTIVE);
            em.persist(customer);
            em.flush();
            return customer.getId();
        });
        Customer first = store.read(em -> em.find(Customer.class, id));
        Customer second = store.read(em -> em.find(Customer.class, id));
        first.setCreditLimit(new BigDecimal("8000000"));
        store.run(em -> em.merge(first));
        second.setCreditLimit(new BigDecimal("1000000"));
        RuntimeException conflict = assertThrows(RuntimeException.class, () -> store.run(em -> em.merge(second)));
        assertTrue(conflict instanceof OptimisticLockException || conflict instanceof RollbackException
                && conflict.getCause() instanceof OptimisticLockException, conflict::toString);
        assertEquals(0, new BigDecimal("8000000").compareTo(
                store.read(em -> em.find(Customer.class, id)).getCreditLimit()), "the first edit stands");
    }

    @Test
    void aFailedTransactionWritesNothing() {
        DataStore store = store("steelchain.core");
        String code = unique("R");
        assertThrows(IllegalStateException.class, () -> store.run(em -> {
            em.persist(new Customer(code, "will be rolled back", Industry.TRADING));
            em.flush();
            throw new IllegalStateException("row 7: bad credit limit");
        }));
        assertEquals(0L, count(store, code));
        store.run(em -> em.persist(new Customer(code, "first", Industry.TRADING)));
        assertThrows(RuntimeException.class,
                () -> store.run(em -> em.persist(new Customer(code, "duplicate code", Industry.TRADING))));
        assertEquals(1L, count(store, code));
    }

    @Test
    void statusNamesTheEmbeddedDatabase() {
        store("steelchain.core");
        DatabaseStatus.Snapshot snapshot = status().snapshot();
        assertTrue(snapshot.connected(), snapshot::problem);
        assertEquals("embedded", snapshot.mode());
        assertTrue(snapshot.location().endsWith("database"), snapshot.location());
        assertNotEquals(-1, snapshot.sizeBytes());
    }

    private static long count(DataStore store, String code) {
        return store.read((EntityManager em) -> em
                .createQuery("select count(c) from Customer c where c.code = :c", Long.class).setParameter("c", code)
                .getSingleResult());
    }
}
