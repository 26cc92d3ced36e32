package steelchain.masterdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.Location;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.store.TestDatabase;

/** Customers imported into a database: created, updated in place, unchanged on a re-run, all or nothing. */
class CustomerImportTest {

    static final String HEADER = "code,name,industry,province,city,credit_limit_cny,grade";

    @TempDir
    Path folder;

    private final TestDatabase db = new TestDatabase();
    private final MasterDataImporter importer = new MasterDataImporter(db, null);

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private ImportResult importCustomers(Path file) throws IOException {
        return importer.importFile(ImportRequest.of(RecordKind.CUSTOMERS, file), new NullProgressMonitor());
    }

    private Customer customer(String code) {
        return db.read(em -> em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                .setParameter("code", code).getSingleResult());
    }

    @Test
    void createsCustomersAndLeavesThemUnchangedWhenTheSameFileComesAgain() throws IOException {
        Path file = TestFiles.utf8(folder, "customers.csv", HEADER,
                "C001,宝山钢铁股份有限公司,AUTOMOTIVE,上海,上海,5000000.00,A",
                "C002,\"Anshan Iron & Steel, \"\"Angang\"\"\",construction,,,0,C");

        ImportResult first = importCustomers(file);
        assertTrue(first.accepted(), () -> first.problems().toString());
        assertEquals(2, first.rows());
        assertEquals(new Counts(2, 0, 0), first.records());

        ImportResult second = importCustomers(file);
        assertEquals(new Counts(0, 0, 2), second.records());
        assertEquals(2, db.count("CUSTOMER"));

        Customer baosteel = customer("C001");
        assertEquals("宝山钢铁股份有限公司", baosteel.getName());
        assertEquals("上海", baosteel.getLocation().getProvince());
        assertEquals(0, new BigDecimal("5000000").compareTo(baosteel.getCreditLimit()));
        assertEquals(CustomerGrade.A, baosteel.getGrade());
        Customer angang = customer("C002");
        assertEquals("Anshan Iron & Steel, \"Angang\"", angang.getName());
        assertEquals(Industry.CONSTRUCTION, angang.getIndustry());
    }

    @Test
    void updatesInPlaceAndKeepsWhatTheLayoutDoesNotHold() throws IOException {
        db.run(em -> {
            Customer customer = new Customer("C001", "Old name", Industry.MACHINERY);
            customer.setLocation(new Location("辽宁", "鞍山", 41.1, 122.9));
            customer.addContact("王工", "buyer", "0412-1234567", null);
            em.persist(customer);
        });
        Customer before = customer("C001");

        ImportResult result = importCustomers(TestFiles.utf8(folder, "customers.csv", HEADER,
                "C001,鞍钢股份,SHIPBUILDING,辽宁,营口,100.50,B", "C002,New,TRADING,,,1,D"));

        assertEquals(new Counts(1, 1, 0), result.records());
        Customer after = customer("C001");
        assertEquals(before.getId(), after.getId());
        assertEquals(before.getVersion() + 1, after.getVersion());
        assertEquals("鞍钢股份", after.getName());
        assertEquals(Industry.SHIPBUILDING, after.getIndustry());
        assertEquals("营口", after.getLocation().getCity());
        assertEquals(41.1, after.getLocation().getLatitude());
        assertEquals(1, db.count("CONTACT"));
    }

    @Test
    void writesNothingWhenOneRowIsWrong() throws IOException {
        importCustomers(TestFiles.utf8(folder, "first.csv", HEADER, "C001,First,TRADING,,,10,A"));

        ImportResult result = importCustomers(TestFiles.utf8(folder, "second.csv", HEADER,
                "C001,Renamed,TRADING,,,10,A", "C002,Second,TRADING,,,10,A", "C003,Third,TRADING,,,-5,A",
                "C004,Fourth,TRADING,,,10,A"));

        assertFalse(result.accepted());
        assertEquals(1, result.problemCount());
        ImportProblem problem = result.problems().get(0);
        assertEquals(4, problem.row());
        assertEquals("credit_limit_cny", problem.column());
        assertEquals(Reason.NEGATIVE, problem.reason());
        assertEquals(Counts.NONE, result.records());
        assertEquals(1, db.count("CUSTOMER"));
        assertEquals("First", customer("C001").getName());
    }

    @Test
    void aDryRunCountsWhatWouldChangeAndWritesNothing() throws IOException {
        importCustomers(TestFiles.utf8(folder, "first.csv", HEADER, "C001,First,TRADING,,,10,A",
                "C002,Second,TRADING,,,10,A"));

        ImportResult result = importer.importFile(ImportRequest.of(RecordKind.CUSTOMERS,
                TestFiles.utf8(folder, "second.csv", HEADER, "C001,First,TRADING,,,10,A", "C002,Changed,TRADING,,,10,A",
                        "C003,Third,TRADING,,,10,A"))
                .asDryRun(), new NullProgressMonitor());

        assertTrue(result.accepted());
        assertEquals(new Counts(1, 1, 1), result.records());
        assertEquals(2, db.count("CUSTOMER"));
        assertEquals("Second", customer("C002").getName());
    }
}
