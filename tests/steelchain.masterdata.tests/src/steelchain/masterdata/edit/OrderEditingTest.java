package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderLine;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.edit.EditConflict.Kind;

/**
 * Saving the order editor's form through the product's DataStore: a new order, a change, and
 * a form that is stale because someone else changed the order or one of its lines (before, or
 * while, it is saved) is refused without writing any of it.
 */
class OrderEditingTest {

    private static final OrderChangeGuard NO_GUARD = (em, number, locale) -> Optional.empty();

    private static DataStore store;
    private static String customer;
    private static String grade;

    @BeforeAll
    static void findStoreAndCreateCustomerAndGrade() throws InterruptedException {
        ServiceTracker<DataStore, DataStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(OrderEditingTest.class).getBundleContext(), DataStore.class, null);
        tracker.open();
        try {
            store = tracker.waitForService(20_000);
        } finally {
            tracker.close();
        }
        assertTrue(store != null, "no DataStore service");
        customer = unique("OC");
        grade = unique("OG");
        store.run(em -> {
            em.persist(new Customer(customer, "Wuhan Auto Body", Industry.AUTOMOTIVE));
            em.persist(new SteelGrade(grade, "GB/T 1591"));
        });
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static void fill(OrderForm form, int line, String productForm, String width, String tonnes) {
        form.setLine(line, OrderForm.FORM, productForm);
        form.setLine(line, OrderForm.GRADE, grade);
        form.setLine(line, OrderForm.THICKNESS, "3");
        form.setLine(line, OrderForm.WIDTH, width);
        form.setLine(line, OrderForm.TONNES, tonnes);
        form.setLine(line, OrderForm.DUE_DATE, LocalDate.now().plusDays(40).toString());
        form.setLine(line, OrderForm.PRICE, "4200");
    }

    /** A stored order of two lines: 100 t of hot-rolled coil and 40 t of rebar. */
    private static String createOrder() {
        OrderForm form = OrderEditing.newOrder(store);
        String number = unique("SO-");
        form.set(OrderForm.NUMBER, number);
        form.set(OrderForm.CUSTOMER, customer);
        fill(form, 0, "HOT_ROLLED_COIL", "1500", "100");
        form.addLine();
        fill(form, 1, "REBAR", "", "40");
        OrderEditing.save(store, form, NO_GUARD, Locale.ENGLISH);
        return number;
    }

    private static OrderForm read(String number) {
        return OrderEditing.order(store, number, NO_GUARD, Locale.ENGLISH);
    }

    /** Each line as "number form tonnes status version". */
    private static List<String> storedLines(String number) {
        return store.read(em -> em.createQuery("SELECT l FROM OrderLine l WHERE l.order.orderNumber = :n "
                + "ORDER BY l.lineNumber", OrderLine.class).setParameter("n", number).getResultList().stream()
                .map(l -> l.getLineNumber() + " " + l.getForm() + " " + l.getTonnes().toPlainString() + " "
                        + l.getStatus() + " v" + l.getVersion())
                .toList());
    }

    private static SalesOrder storedOrder(String number) {
        return store.read(em -> em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n", SalesOrder.class)
                .setParameter("n", number).getSingleResult());
    }

    @Test
    void aNewOrderIsSavedWithItsLinesAndReadBackAsTyped() {
        String number = createOrder();
        assertEquals(List.of("1 HOT_ROLLED_COIL 100.000 OPEN v1", "2 REBAR 40.000 OPEN v1"), storedLines(number));
        assertEquals(customer, storedOrder(number).getCustomer().getCode());

        OrderForm form = read(number);
        assertTrue(form.isValid(), () -> form.problems().toString());
        assertEquals(number, form.businessKey());
        assertEquals("Wuhan Auto Body", form.customerName());
        assertEquals(List.of("1500", ""), form.lines().stream().map(l -> l.get(OrderForm.WIDTH)).toList());
        assertEquals(List.of("100", "40"), form.lines().stream().map(l -> l.get(OrderForm.TONNES)).toList());
        assertTrue(form.lines().stream().allMatch(OrderLineEntry::isStored));
        assertTrue(form.refusal().isEmpty());
        assertNull(read(number + "-GONE"));
    }

    @Test
    void aChangeWritesOnlyWhatChangedAndNewLinesFollowTheLast() {
        String number = createOrder();
        OrderForm form = read(number);
        form.setLine(1, OrderForm.LINE_STATUS, "CANCELLED");
        int added = form.addLine();
        fill(form, added, "PLATE", "2200", "25.5");
        form.set(OrderForm.STATUS, "CONFIRMED");
        OrderEditing.save(store, form, NO_GUARD, Locale.ENGLISH);

        assertEquals(List.of("1 HOT_ROLLED_COIL 100.000 OPEN v1", "2 REBAR 40.000 CANCELLED v2",
                "3 PLATE 25.500 OPEN v1"), storedLines(number));
        assertEquals("CONFIRMED", storedOrder(number).getStatus().name());
        assertTrue(storedOrder(number).getVersion() > form.version(), "the save makes older forms stale");
        OrderForm reopened = read(number);
        assertEquals(3, reopened.lines().size(), "the editor reopens the order as saved");
        assertEquals("CONFIRMED", reopened.get(OrderForm.STATUS));
        assertTrue(reopened.lines().stream().allMatch(OrderLineEntry::isStored), "line 3 is stored now");
        reopened.setLine(2, OrderForm.TONNES, "26");
        OrderEditing.save(store, reopened, NO_GUARD, Locale.ENGLISH);
        assertEquals("3 PLATE 26.000 OPEN v2", storedLines(number).get(2));
        assertThrows(IllegalStateException.class, () -> read(number).removeLine(0), "a stored line stays");
    }

    @Test
    void aFormReadBeforeSomeoneElsesSaveIsRefusedAndNothingOfItIsWritten() {
        String number = createOrder();
        OrderForm mine = read(number);
        OrderForm theirs = read(number);
        theirs.setLine(0, OrderForm.TONNES, "110");
        OrderEditing.save(store, theirs, NO_GUARD, Locale.ENGLISH);

        mine.set(OrderForm.STATUS, "CANCELLED");
        mine.setLine(1, OrderForm.TONNES, "1");
        int added = mine.addLine();
        fill(mine, added, "PLATE", "2200", "5");
        EditConflict conflict = assertThrows(EditConflict.class, () -> OrderEditing.save(store, mine, NO_GUARD, Locale.ENGLISH));
        assertEquals(Kind.CHANGED, conflict.kind());
        assertEquals(number + " was changed by someone else since you opened it; nothing was saved. "
                + "Reopen it to see their change.", conflict.message(Locale.ENGLISH));
        assertEquals(List.of("1 HOT_ROLLED_COIL 110.000 OPEN v2", "2 REBAR 40.000 OPEN v1"), storedLines(number));
        assertEquals("OPEN", storedOrder(number).getStatus().name());
    }

    @Test
    void anOrderTakenOverSinceTheFormWasReadIsRefusedAtSaveAndNothingIsWritten() {
        String number = createOrder();
        OrderForm mine = read(number);
        assertTrue(mine.refusal().isEmpty(), "no module had the order when the form was read");
        mine.setLine(0, OrderForm.TONNES, "90");
        OrderChangeGuard takenOver = (em, orderNumber, locale) -> Optional.of("Order " + orderNumber
                + " is confirmed under contract HT-1; change it in the Sales pipeline.");
        EditConflict conflict = assertThrows(EditConflict.class,
                () -> OrderEditing.save(store, mine, takenOver, Locale.ENGLISH));
        assertEquals(Kind.TAKEN_OVER, conflict.kind());
        assertEquals(number + " was taken over by another module since you opened it; nothing was saved. Order "
                + number + " is confirmed under contract HT-1; change it in the Sales pipeline.",
                conflict.message(Locale.ENGLISH));
        assertEquals(List.of("1 HOT_ROLLED_COIL 100.000 OPEN v1", "2 REBAR 40.000 OPEN v1"), storedLines(number));
    }

    @Test
    void aLineChangedOrAddedBehindTheOrdersBackMakesTheFormStale() {
        String number = createOrder();
        OrderForm mine = read(number);
        // As the sales loop changes a confirmed line: the line's version moves, the order's does not.
        store.run(em -> em.createQuery("UPDATE OrderLine l SET l.tonnes = 45, l.version = l.version + 1 "
                + "WHERE l.order.orderNumber = :n AND l.lineNumber = 2").setParameter("n", number).executeUpdate());
        mine.setLine(0, OrderForm.TONNES, "90");
        assertEquals(Kind.CHANGED, assertThrows(EditConflict.class, () -> OrderEditing.save(store, mine, NO_GUARD, Locale.ENGLISH)).kind());
        assertEquals(List.of("1 HOT_ROLLED_COIL 100.000 OPEN v1", "2 REBAR 45.000 OPEN v2"), storedLines(number));

        OrderForm again = read(number);
        store.run(em -> {
            SalesOrder order = em.createQuery("SELECT o FROM SalesOrder o WHERE o.orderNumber = :n", SalesOrder.class)
                    .setParameter("n", number).getSingleResult();
            SteelGrade steel = order.getLines().get(0).getGrade();
            order.addLine(ProductForm.WIRE_ROD, steel, BigDecimal.valueOf(6.5), null,
                    BigDecimal.TEN, LocalDate.now().plusDays(20), BigDecimal.valueOf(3900));
        });
        int added = again.addLine();
        fill(again, added, "PLATE", "2200", "5");
        assertEquals(Kind.CHANGED, assertThrows(EditConflict.class, () -> OrderEditing.save(store, again, NO_GUARD, Locale.ENGLISH)).kind(),
                "their line 3 is not overwritten by mine");
        assertEquals("3 WIRE_ROD 10.000 OPEN v1", storedLines(number).get(2));
    }

    @Test
    void aLineChangedWhileTheSaveRunsIsNotOverwritten() throws Exception {
        String number = createOrder();
        OrderForm mine = read(number);
        mine.setLine(1, OrderForm.TONNES, "1");
        // Threads of their own: the common pool may have a single one on a small machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch changedNotCommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> theirs = CompletableFuture.runAsync(() -> store.run(em -> {
            em.createQuery("UPDATE OrderLine l SET l.tonnes = 48, l.version = l.version + 1 "
                    + "WHERE l.order.orderNumber = :n AND l.lineNumber = 2").setParameter("n", number).executeUpdate();
            changedNotCommitted.countDown();
            try {
                commit.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), threads);
        changedNotCommitted.await();
        AtomicReference<Thread> saver = new AtomicReference<>();
        CompletableFuture<Void> save = CompletableFuture.runAsync(() -> {
            saver.set(Thread.currentThread());
            OrderEditing.save(store, mine, NO_GUARD, Locale.ENGLISH);
        }, threads);
        // The save waits for their transaction's lock on the line, then finds the line changed.
        while (saver.get() == null || !waiting(saver.get())) {
            Thread.onSpinWait();
        }
        commit.countDown();
        theirs.get();
        ExecutionException failed = assertThrows(ExecutionException.class, save::get);
        assertTrue(failed.getCause() instanceof EditConflict conflict && conflict.kind() == Kind.CHANGED,
                () -> String.valueOf(failed.getCause()));
        threads.shutdown();
        assertEquals(List.of("1 HOT_ROLLED_COIL 100.000 OPEN v1", "2 REBAR 48.000 OPEN v2"), storedLines(number));
    }

    private static boolean waiting(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED
                || state == Thread.State.TERMINATED;
    }

    @Test
    void aNumberSomeoneElseTookMeanwhileIsRefusedAndTheirOrderStays() {
        String number = createOrder();
        OrderForm late = OrderEditing.newOrder(store);
        late.set(OrderForm.CUSTOMER, customer);
        fill(late, 0, "PLATE", "2000", "7");
        late.set(OrderForm.NUMBER, number);
        assertEquals(Reason.CODE_EXISTS, late.problem(OrderForm.NUMBER).reason(), "the form knows stored numbers");

        String taken = unique("SO-");
        OrderForm first = OrderEditing.newOrder(store);
        OrderForm second = OrderEditing.newOrder(store);
        for (OrderForm form : List.of(first, second)) {
            form.set(OrderForm.NUMBER, taken);
            form.set(OrderForm.CUSTOMER, customer);
        }
        fill(first, 0, "PLATE", "2000", "7");
        fill(second, 0, "HOT_ROLLED_COIL", "1250", "9");
        second.addLine();
        fill(second, 1, "REBAR", "", "3");
        OrderEditing.save(store, first, NO_GUARD, Locale.ENGLISH);
        assertEquals(Kind.CODE_EXISTS, assertThrows(EditConflict.class, () -> OrderEditing.save(store, second, NO_GUARD, Locale.ENGLISH)).kind());
        assertEquals(List.of("1 PLATE 7.000 OPEN v1"), storedLines(taken));
    }

    @Test
    void anOrderAGuardRefusesIsReadOnlyAndCannotBeSaved() {
        String number = createOrder();
        OrderChangeGuard sales = (em, n, locale) -> n.equals(number) ? Optional.of("Sales pipeline: " + n)
                : Optional.empty();
        OrderForm form = OrderEditing.order(store, number, sales, Locale.ENGLISH);
        assertEquals(Optional.of("Sales pipeline: " + number), form.refusal());
        form.setLine(0, OrderForm.TONNES, "1");
        assertThrows(IllegalStateException.class, () -> OrderEditing.save(store, form, NO_GUARD, Locale.ENGLISH));
        assertEquals("1 HOT_ROLLED_COIL 100.000 OPEN v1", storedLines(number).get(0));
        assertTrue(OrderEditing.order(store, createOrder(), sales, Locale.ENGLISH).refusal().isEmpty());
    }
}
