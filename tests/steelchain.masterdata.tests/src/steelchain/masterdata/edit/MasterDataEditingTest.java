package steelchain.masterdata.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.edit.EditConflict.Kind;

/**
 * Saving editors' forms through the product's DataStore: create, change, and refuse a stale
 * form without losing the other user's change or writing half of its own.
 */
class MasterDataEditingTest {

    private static DataStore store;

    @BeforeAll
    static void findStore() throws InterruptedException {
        store = ProductStore.find();
    }

    private static String uniqueCode(String prefix) {
        return ProductStore.uniqueCode(prefix);
    }

    private static String createCustomer(String name) {
        String code = uniqueCode("E");
        CustomerForm form = MasterDataEditing.newCustomer(store);
        form.set(CustomerForm.CODE, code);
        form.set(CustomerForm.NAME, name);
        form.set(CustomerForm.INDUSTRY, "SHIPBUILDING");
        form.set(CustomerForm.CITY, "Dalian");
        form.set(CustomerForm.CREDIT_LIMIT, "800000");
        form.addContact();
        form.setContact(0, CustomerForm.CONTACT_NAME, "Zhao Min");
        form.setContact(0, CustomerForm.CONTACT_PHONE, "+86 411 1234 5678");
        form.addContact();
        form.setContact(1, CustomerForm.CONTACT_NAME, "Sun Hao");
        form.setContact(1, CustomerForm.CONTACT_EMAIL, "sun.hao@example.com");
        MasterDataEditing.save(store, form);
        return code;
    }

    private static <T> T inCustomer(String code, Function<Customer, T> read) {
        return store.read(em -> read.apply(em.createQuery("select c from Customer c where c.code = :c", Customer.class)
                .setParameter("c", code).getSingleResult()));
    }

    private static List<String> contactNames(String code) {
        return inCustomer(code, c -> c.getContacts().stream().map(x -> x.getName() + "/" + x.getEmail()).toList());
    }

    @Test
    void aNewCustomerIsSavedWithItsContactsAndTheNextFormKnowsItsCode() {
        String code = createCustomer("Dalian Shipyard Steel");
        assertEquals("Dalian Shipyard Steel", inCustomer(code, Customer::getName));
        assertEquals(0, new BigDecimal("800000").compareTo(inCustomer(code, Customer::getCreditLimit)));
        assertEquals(List.of("Sun Hao/sun.hao@example.com", "Zhao Min/null"), contactNames(code));

        CustomerForm another = MasterDataEditing.newCustomer(store);
        another.set(CustomerForm.CODE, code);
        assertEquals(Reason.CODE_EXISTS,
                another.problem(CustomerForm.CODE).reason());
    }

    @Test
    void aChangeIsSavedKeepingUnchangedContactsAndReplacingChangedOnes() {
        String code = createCustomer("Dalian Heavy Industry");
        CustomerForm form = MasterDataEditing.customer(store, code);
        assertEquals("800000.00", form.get(CustomerForm.CREDIT_LIMIT));
        long zhaoId = inCustomer(code, c -> c.getContacts().stream().filter(x -> x.getName().equals("Zhao Min"))
                .findFirst().orElseThrow().getId());
        int sun = form.contacts().get(0).name().equals("Sun Hao") ? 0 : 1;
        form.setContact(sun, CustomerForm.CONTACT_EMAIL, "hao.sun@example.com");
        form.set(CustomerForm.CREDIT_LIMIT, "1200000");
        MasterDataEditing.save(store, form);

        assertEquals(0, new BigDecimal("1200000").compareTo(inCustomer(code, Customer::getCreditLimit)));
        assertEquals(List.of("Sun Hao/hao.sun@example.com", "Zhao Min/null"), contactNames(code));
        assertTrue(inCustomer(code, c -> c.getContacts().stream().anyMatch(x -> x.getId() == zhaoId)),
                "the unchanged contact stays the same record");
    }

    @Test
    void aFormReadBeforeSomeoneElsesSaveIsRefusedAndTheirChangeStays() {
        String code = createCustomer("Yingkou Port Steel");
        CustomerForm mine = MasterDataEditing.customer(store, code);
        CustomerForm theirs = MasterDataEditing.customer(store, code);

        theirs.set(CustomerForm.NAME, "Yingkou Port Steel Trading");
        MasterDataEditing.save(store, theirs);

        mine.set(CustomerForm.CREDIT_LIMIT, "1");
        mine.removeContact(0);
        mine.addContact();
        mine.setContact(1, CustomerForm.CONTACT_NAME, "Not written");
        EditConflict conflict = assertThrows(EditConflict.class, () -> MasterDataEditing.save(store, mine));
        assertEquals(Kind.CHANGED, conflict.kind());
        assertEquals(code + " was changed by someone else since you opened it; nothing was saved. "
                + "Reopen it to see their change.", conflict.message(Locale.ENGLISH));
        assertTrue(conflict.message(Locale.SIMPLIFIED_CHINESE).contains("已被他人修改"));

        assertEquals("Yingkou Port Steel Trading", inCustomer(code, Customer::getName));
        assertEquals(0, new BigDecimal("800000").compareTo(inCustomer(code, Customer::getCreditLimit)));
        assertEquals(List.of("Sun Hao/sun.hao@example.com", "Zhao Min/null"), contactNames(code));
    }

    @Test
    void aChangeOfTheContactsAloneMakesOlderFormsStale() {
        String code = createCustomer("Qingdao Offshore");
        CustomerForm mine = MasterDataEditing.customer(store, code);
        CustomerForm theirs = MasterDataEditing.customer(store, code);
        theirs.removeContact(0);
        MasterDataEditing.save(store, theirs);

        mine.set(CustomerForm.NAME, "Qingdao Offshore Engineering");
        assertEquals(Kind.CHANGED, assertThrows(EditConflict.class, () -> MasterDataEditing.save(store, mine)).kind());
        assertEquals("Qingdao Offshore", inCustomer(code, Customer::getName));
    }

    @Test
    void aNewRecordWhoseCodeSomeoneElseCreatedMeanwhileIsRefused() {
        String code = uniqueCode("G");
        GradeForm first = MasterDataEditing.newGrade(store);
        GradeForm second = MasterDataEditing.newGrade(store);
        for (GradeForm form : List.of(first, second)) {
            form.set(GradeForm.CODE, code);
            form.set(GradeForm.STANDARD, "GB/T 700");
        }
        first.set(GradeForm.DESCRIPTION, "first");
        MasterDataEditing.save(store, first);
        EditConflict conflict = assertThrows(EditConflict.class, () -> MasterDataEditing.save(store, second));
        assertEquals(Kind.CODE_EXISTS, conflict.kind());
        assertEquals("first", store.read(em -> em.createQuery("select g from SteelGrade g where g.code = :c",
                SteelGrade.class).setParameter("c", code).getSingleResult().getDescription()));
    }

    @Test
    void aChangedSpecificationIsTheGradesNextRevisionAndADescriptionIsNot() {
        String code = uniqueCode("G");
        GradeForm form = MasterDataEditing.newGrade(store);
        form.set(GradeForm.CODE, code);
        form.set(GradeForm.STANDARD, "GB/T 1591");
        form.set(GradeForm.YIELD_MIN, "355");
        form.set(GradeForm.element("Mn").max(), "1.6");
        MasterDataEditing.save(store, form);

        GradeForm described = MasterDataEditing.grade(store, code);
        assertEquals("1.6", described.get(GradeForm.element("Mn").max()));
        described.set(GradeForm.DESCRIPTION, "structural");
        MasterDataEditing.save(store, described);
        assertEquals(1, grade(code).getRevision());

        GradeForm changed = MasterDataEditing.grade(store, code);
        changed.set(GradeForm.element("Mn").min(), "1.0");
        changed.set(GradeForm.element("Si").max(), "0.55");
        MasterDataEditing.save(store, changed);
        SteelGrade saved = grade(code);
        assertEquals(2, saved.getRevision());
        assertEquals("structural", saved.getDescription());
        assertEquals(List.of("Mn 1.0000-1.6000", "Si null-0.5500"), saved.getChemistry().stream()
                .map(r -> r.getElement() + " " + r.getMinPercent() + "-" + r.getMaxPercent()).sorted().toList());

        described.set(GradeForm.DESCRIPTION, "stale");
        assertEquals(Kind.CHANGED, assertThrows(EditConflict.class, () -> MasterDataEditing.save(store, described))
                .kind());
        assertEquals("structural", grade(code).getDescription());
        assertNull(MasterDataEditing.grade(store, code + "-GONE"));
    }

    private static SteelGrade grade(String code) {
        return store.read(em -> {
            SteelGrade grade = em.createQuery("select g from SteelGrade g where g.code = :c", SteelGrade.class)
                    .setParameter("c", code).getSingleResult();
            grade.getChemistry().size();
            return grade;
        });
    }
}
