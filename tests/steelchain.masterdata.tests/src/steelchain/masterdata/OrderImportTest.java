package steelchain.masterdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import steelchain.core.data.OrderChangeGuard;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.store.TestDatabase;

/** Orders imported into a database through the JDBC path: what JPA then sees, re-runs, updates, all or nothing. */
class OrderImportTest {

    static final String HEADER = "order_number,customer_code,order_date,line_number,form,grade_code,thickness_mm,"
            + "width_mm,tonnes,due_date,price_cny_per_t,status,order_status";
    static final String SO1_LINE10 = "SO-1,C001,2026-03-05,10,HOT_ROLLED_COIL,Q235B,2.5,1250,25.125,2026-04-30,4120.50,,";
    static final String SO1_LINE20 = "SO-1,C001,2026-03-05,20,REBAR,HRB400E,16,,30,2026-05-31,3850,CONFIRMED,";
    static final String SO2_LINE1 = "SO-2,C002,2026-03-06,1,PLATE,Q235B,20,2000,12,2026-03-06,4500,,CONFIRMED";

    @TempDir
    Path folder;

    private final TestDatabase db = new TestDatabase();
    /** Refuses changes to SO-3, as the sales loop does for an order it has confirmed. */
    private final OrderChangeGuard salesLoop = (em, number, locale) -> number.equals("SO-3")
            ? Optional.of("Order SO-3 is confirmed under contract HT-1; change it in the Sales pipeline.")
            : Optional.empty();
    private final MasterDataImporter importer = new MasterDataImporter(db, salesLoop);

    @BeforeEach
    void customersAndGrades() throws IOException {
        importer.importFile(ImportRequest.of(RecordKind.CUSTOMERS, TestFiles.utf8(folder, "customers.csv",
                CustomerImportTest.HEADER, "C001,宝钢,AUTOMOTIVE,上海,上海,1000000,A", "C002,鞍钢,CONSTRUCTION,辽宁,鞍山,0,B")),
                new NullProgressMonitor());
        importer.importFile(ImportRequest.of(RecordKind.GRADES, TestFiles.utf8(folder, "grades.csv", GradeImportTest.HEADER,
                "Q235B,GB/T 700,,235,370,500,26,0.2,,1.4,,", "HRB400E,GB/T 1499.2,,400,540,,16,0.25,0.8,1.6,,")),
                new NullProgressMonitor());
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private ImportResult importOrders(String... rows) throws IOException {
        return importer.importFile(ImportRequest.of(RecordKind.ORDERS, ordersFile(rows)), new NullProgressMonitor());
    }

    private Path ordersFile(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return TestFiles.utf8(folder, "orders.csv", lines);
    }

    private SalesOrder order(String number) {
        return db.read(em -> {
            SalesOrder order = em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n", SalesOrder.class)
                    .setParameter("n", number).getSingleResult();
            order.getLines().size();
            return order;
        });
    }

    @Test
    void writesOrdersThatJpaReadsAsTheModelsEntities() throws IOException {
        ImportResult result = importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);

        assertTrue(result.accepted(), () -> result.problems().toString());
        assertEquals(new Counts(2, 0, 0), result.records());
        assertEquals(new Counts(3, 0, 0), result.lines());
        SalesOrder so1 = order("SO-1");
        assertEquals("C001", so1.getCustomer().getCode());
        assertEquals(LocalDate.of(2026, 3, 5), so1.getOrderDate());
        assertEquals(OrderStatus.OPEN, so1.getStatus());
        assertEquals(1, so1.getVersion());
        assertEquals(List.of(10, 20), so1.getLines().stream().map(OrderLine::getLineNumber).toList());
        OrderLine coil = so1.getLines().get(0);
        assertEquals(ProductForm.HOT_ROLLED_COIL, coil.getForm());
        assertEquals("Q235B", coil.getGrade().getCode());
        assertEquals(new BigDecimal("1250.0"), coil.getWidthMm());
        assertEquals(OrderStatus.OPEN, coil.getStatus());
        OrderLine rebar = so1.getLines().get(1);
        assertNull(rebar.getWidthMm());
        assertEquals(OrderStatus.CONFIRMED, rebar.getStatus());
        assertEquals(new BigDecimal("55.125"), so1.totalTonnes());
        assertEquals(OrderStatus.CONFIRMED, order("SO-2").getStatus());
    }

    @Test
    void aFileChangingAnOrderAModuleGuardsIsRefusedAndWritesNothing() throws IOException {
        String so3 = SO2_LINE1.replace("SO-2,", "SO-3,");
        assertTrue(importOrders(SO1_LINE10, so3).accepted(), "new orders are nobody's yet");
        String so1Changed = SO1_LINE10.replace(",25.125,", ",30,");
        String so3Changed = so3.replace(",4500,", ",4300,");

        ImportResult refused = importOrders(so1Changed, so3Changed);
        assertFalse(refused.accepted());
        ImportProblem problem = refused.problems().get(0);
        assertEquals(1, refused.problems().size());
        assertEquals(Reason.ORDER_GUARDED, problem.reason());
        assertEquals("orders.csv:3:order_number: taken over by another module: Order SO-3 is confirmed under "
                + "contract HT-1; change it in the Sales pipeline. (value 'SO-3')", problem.message(Locale.ENGLISH));
        assertEquals(new BigDecimal("25.125"), order("SO-1").getLines().get(0).getTonnes(), "nothing was written");

        assertTrue(importOrders(so1Changed, so3).accepted(), "an unchanged guarded order is no change");
        assertEquals(new BigDecimal("30.000"), order("SO-1").getLines().get(0).getTonnes());
    }

    @Test
    void checkingOrdersGivesThemWithTheirRowsAndWritesNothing() throws IOException {
        CheckedOrders checked = importer.checkOrders(ImportRequest.of(RecordKind.ORDERS,
                ordersFile(SO1_LINE10, SO1_LINE20, SO2_LINE1)), new NullProgressMonitor());
        assertTrue(checked.result().accepted(), () -> checked.result().problems().toString());
        assertEquals(List.of("SO-1", "SO-2"), checked.orders().stream().map(CheckedOrder::orderNumber).toList());
        assertEquals(List.of(2, 4), checked.orders().stream().map(CheckedOrder::row).toList());
        CheckedOrder.Line rebar = checked.orders().get(0).lines().get(1);
        assertEquals(20, rebar.lineNumber());
        assertNull(rebar.widthMm());
        assertEquals(new BigDecimal("55.125"), checked.orders().get(0).totalTonnes());
        assertEquals(0L, db.queryLong("SELECT COUNT(*) FROM SALES_ORDER"));

        CheckedOrders rejected = importer.checkOrders(ImportRequest.of(RecordKind.ORDERS,
                ordersFile(SO1_LINE10, SO2_LINE1.replace(",12,", ",-12,"))), new NullProgressMonitor());
        assertFalse(rejected.result().accepted());
        assertEquals(List.of(), rejected.orders());
        assertEquals("orders.csv:3:tonnes: must be greater than 0 (value '-12')",
                rejected.result().problems().get(0).message(java.util.Locale.ENGLISH));
    }

    @Test
    void theSameFileAgainChangesNothing() throws IOException {
        importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);
        long lastId = db.queryLong("SELECT MAX(ID) FROM ORDER_LINE");

        ImportResult again = importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);

        assertEquals(new Counts(0, 0, 2), again.records());
        assertEquals(new Counts(0, 0, 3), again.lines());
        assertEquals(2, db.count("SALES_ORDER"));
        assertEquals(3, db.count("ORDER_LINE"));
        assertEquals(lastId, db.queryLong("SELECT MAX(ID) FROM ORDER_LINE"));
        assertEquals(3, db.queryLong("SELECT SUM(VERSION) FROM ORDER_LINE"));
    }

    @Test
    void updatesChangedOrdersAndLinesInPlaceAndAddsNewLines() throws IOException {
        importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);
        long coilId = order("SO-1").getLines().get(0).getId();

        ImportResult result = importOrders(SO1_LINE10.replace("25.125", "26"), SO1_LINE20,
                "SO-1,C001,2026-03-05,30,WIRE_ROD,HRB400E,6.5,,8,2026-05-31,3900,,", SO2_LINE1.replace("CONFIRMED", "SHIPPED"));

        assertEquals(new Counts(0, 1, 1), result.records());
        assertEquals(new Counts(1, 1, 2), result.lines());
        SalesOrder so1 = order("SO-1");
        assertEquals(List.of(10, 20, 30), so1.getLines().stream().map(OrderLine::getLineNumber).toList());
        OrderLine coil = so1.getLines().get(0);
        assertEquals(coilId, coil.getId());
        assertEquals(2, coil.getVersion());
        assertEquals(new BigDecimal("26.000"), coil.getTonnes());
        assertEquals(OrderStatus.SHIPPED, order("SO-2").getStatus());
        assertEquals(2, order("SO-2").getVersion());
    }

    @Test
    void anEmptyStatusKeepsTheStoredOne() throws IOException {
        importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);
        db.run(em -> {
            SalesOrder so1 = em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = 'SO-1'", SalesOrder.class)
                    .getSingleResult();
            so1.setStatus(OrderStatus.IN_PRODUCTION);
            so1.getLines().get(0).setStatus(OrderStatus.IN_PRODUCTION);
        });

        ImportResult result = importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);

        assertEquals(new Counts(0, 0, 2), result.records());
        assertEquals(new Counts(0, 0, 3), result.lines());
        assertEquals(OrderStatus.IN_PRODUCTION, order("SO-1").getStatus());
        assertEquals(OrderStatus.IN_PRODUCTION, order("SO-1").getLines().get(0).getStatus());
    }

    @Test
    void jpaSeesWhatTheImportChangedNotAStaleCachedCopy() throws IOException {
        importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);
        assertEquals(OrderStatus.CONFIRMED, order("SO-2").getStatus());

        importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1.replace("CONFIRMED", "SHIPPED"));

        assertEquals(OrderStatus.SHIPPED, order("SO-2").getStatus());
    }

    @Test
    void aDryRunCountsAndWritesNothing() throws IOException {
        ImportResult result = importer.importFile(
                ImportRequest.of(RecordKind.ORDERS, ordersFile(SO1_LINE10, SO1_LINE20, SO2_LINE1)).asDryRun(),
                new NullProgressMonitor());

        assertTrue(result.accepted());
        assertEquals(new Counts(2, 0, 0), result.records());
        assertEquals(new Counts(3, 0, 0), result.lines());
        assertEquals(0, db.count("SALES_ORDER"));
        assertEquals(0, db.count("ORDER_LINE"));
    }

    @Test
    void writesNothingWhenOneLineRefersToAnUnknownGrade() throws IOException {
        ImportResult result = importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1,
                "SO-3,C001,2026-03-07,1,PLATE,Q999,20,2000,12,2026-04-06,4500,,");

        assertFalse(result.accepted());
        ImportProblem problem = result.problems().get(0);
        assertEquals(5, problem.row());
        assertEquals("grade_code", problem.column());
        assertEquals(Reason.UNKNOWN_GRADE, problem.reason());
        assertEquals(0, db.count("SALES_ORDER"));
        assertEquals(0, db.count("ORDER_LINE"));
    }

    @Test
    void idsTakenForOrdersNeverMeetIdsTheEntitiesGet() throws IOException {
        importOrders(SO1_LINE10, SO1_LINE20, SO2_LINE1);
        String[] customers = new String[1201];
        customers[0] = CustomerImportTest.HEADER;
        for (int i = 1; i <= 1200; i++) {
            customers[i] = "K" + i + ",Customer " + i + ",TRADING,,,0,C";
        }
        importer.importFile(ImportRequest.of(RecordKind.CUSTOMERS, TestFiles.utf8(folder, "more.csv", customers)),
                new NullProgressMonitor());
        db.run(em -> {
            Customer customer = em.createQuery("SELECT c FROM Customer c WHERE c.code = 'C001'", Customer.class)
                    .getSingleResult();
            SalesOrder order = new SalesOrder("SO-JPA", customer, LocalDate.of(2026, 3, 8));
            SteelGrade grade = em.createQuery("SELECT g FROM SteelGrade g WHERE g.code = 'Q235B'", SteelGrade.class)
                    .getSingleResult();
            order.addLine(ProductForm.PLATE, grade, new BigDecimal("10"), new BigDecimal("1500"), BigDecimal.ONE,
                    LocalDate.of(2026, 4, 1), new BigDecimal("4000"));
            em.persist(order);
            em.persist(new Customer("K-JPA", "By JPA", Industry.ENERGY));
        });
        ImportResult more = importOrders("SO-4,K1200,2026-03-09,1,PLATE,Q235B,20,2000,12,2026-04-06,4500,,");
        assertTrue(more.accepted(), () -> more.problems().toString());

        String allIds = "SELECT ID FROM CUSTOMER UNION ALL SELECT ID FROM STEEL_GRADE UNION ALL "
                + "SELECT ID FROM SALES_ORDER UNION ALL SELECT ID FROM ORDER_LINE";
        assertEquals(db.queryLong("SELECT COUNT(*) FROM (" + allIds + ") AS I"),
                db.queryLong("SELECT COUNT(DISTINCT ID) FROM (" + allIds + ") AS I"));
        assertEquals(2 + 1200 + 1, db.count("CUSTOMER"));
    }
}
