package steelchain.masterdata.edit;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import steelchain.core.data.DataStore;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.Contact;
import steelchain.core.model.Customer;
import steelchain.core.model.SteelGrade;
import steelchain.masterdata.edit.EditConflict.Kind;
import steelchain.masterdata.store.CustomerStore;
import steelchain.masterdata.store.Entities;
import steelchain.masterdata.store.GradeStore;

/**
 * Reading a record into an editor's form and saving the form: each save is one transaction
 * through the {@link DataStore}, with the same copy-to-entity code the CSV import uses. A
 * record changed or deleted by someone else since the form was read is not overwritten: the
 * save fails with an {@link EditConflict} and writes nothing.
 */
public final class MasterDataEditing {

    private MasterDataEditing() {
    }

    /** A form for a new customer; the codes taken are those in the database now. */
    public static CustomerForm newCustomer(DataStore store) {
        Set<String> taken = codes(store, "SELECT c.code FROM Customer c");
        return CustomerForm.create(taken::contains);
    }

    /** A form for the customer with {@code code}, or null when there is none. */
    public static CustomerForm customer(DataStore store, String code) {
        return store.read(em -> {
            Customer customer = Entities.byCode(em, Customer.class, code);
            return customer == null ? null : CustomerForm.of(customer);
        });
    }

    /** A form for a new steel grade; the codes taken are those in the database now. */
    public static GradeForm newGrade(DataStore store) {
        Set<String> taken = codes(store, "SELECT g.code FROM SteelGrade g");
        return GradeForm.create(taken::contains);
    }

    /** A form for the steel grade with {@code code}, or null when there is none. */
    public static GradeForm grade(DataStore store, String code) {
        return store.read(em -> {
            SteelGrade grade = Entities.byCode(em, SteelGrade.class, code);
            return grade == null ? null : GradeForm.of(grade);
        });
    }

    /**
     * Creates or updates the customer of a valid form, with its contacts, in one transaction.
     *
     * @throws EditConflict when the database changed since the form was read; nothing is written
     */
    public static void save(DataStore store, CustomerForm form) {
        var row = form.row();
        List<ContactLine> contacts = form.contactValues();
        inTransaction(store, form, em -> {
            if (form.isNew()) {
                refuseTakenCode(em, Customer.class, form);
                Customer customer = CustomerStore.create(row);
                contacts.forEach(c -> add(customer, c));
                em.persist(customer);
            } else {
                Customer customer = current(em, Customer.class, form);
                CustomerStore.copy(row, customer);
                replaceContacts(customer, contacts);
            }
        });
    }

    /**
     * Creates or updates the steel grade of a valid form in one transaction; a changed
     * specification is a new revision, as in the import.
     *
     * @throws EditConflict when the database changed since the form was read; nothing is written
     */
    public static void save(DataStore store, GradeForm form) {
        var row = form.row();
        inTransaction(store, form, em -> {
            if (form.isNew()) {
                refuseTakenCode(em, SteelGrade.class, form);
                em.persist(GradeStore.create(row));
            } else {
                GradeStore.update(current(em, SteelGrade.class, form), row);
            }
        });
    }

    /**
     * Runs the save and turns the database's refusals into conflicts. Flushing inside the
     * transaction makes a stale version or a taken code fail here, not somewhere in commit.
     */
    static void inTransaction(DataStore store, RecordForm form, Consumer<EntityManager> save) {
        Function<EntityManager, Void> work = em -> {
            save.accept(em);
            em.flush();
            return null;
        };
        try {
            store.inTransaction(work);
        } catch (EditConflict conflict) {
            throw conflict;
        } catch (PersistenceException e) {
            if (isStaleVersion(e)) {
                throw new EditConflict(Kind.CHANGED, form.businessKey(), e);
            }
            if (form.isNew() && isConstraintViolation(e)) {
                throw new EditConflict(Kind.CODE_EXISTS, form.businessKey(), e);
            }
            throw e;
        }
    }

    /**
     * The record the form was read from, at the version the form has, locked so that this save
     * increments the version even when only its contacts or chemistry change.
     */
    static <T extends BaseEntity> T current(EntityManager em, Class<T> type, RecordForm form) {
        T entity = em.find(type, form.id());
        if (entity == null) {
            throw new EditConflict(Kind.DELETED, form.businessKey(), null);
        }
        if (entity.getVersion() != form.version()) {
            throw new EditConflict(Kind.CHANGED, form.businessKey(), null);
        }
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return entity;
    }

    static void refuseTakenCode(EntityManager em, Class<?> type, RecordForm form) {
        if (Entities.byCode(em, type, form.businessKey()) != null) {
            throw new EditConflict(Kind.CODE_EXISTS, form.businessKey(), null);
        }
    }

    /**
     * Makes the customer's contacts those of the form: unchanged ones stay, removed ones are
     * deleted, changed ones are replaced (a contact's fields are fixed once it is created).
     */
    private static void replaceContacts(Customer customer, List<ContactLine> lines) {
        Map<Long, ContactLine> kept = new HashMap<>();
        for (ContactLine line : lines) {
            if (line.id() != null) {
                kept.put(line.id(), line);
            }
        }
        Set<Long> unchanged = new HashSet<>();
        customer.getContacts().removeIf(contact -> {
            ContactLine line = kept.get(contact.getId());
            if (line != null && same(contact, line)) {
                unchanged.add(contact.getId());
                return false;
            }
            return true;
        });
        for (ContactLine line : lines) {
            if (line.id() == null || !unchanged.contains(line.id())) {
                add(customer, line);
            }
        }
    }

    /** An empty field of the editor is no value in the database. */
    private static void add(Customer customer, ContactLine line) {
        customer.addContact(line.name(), emptyToNull(line.role()), emptyToNull(line.phone()),
                emptyToNull(line.email()));
    }

    private static boolean same(Contact contact, ContactLine line) {
        return contact.getName().equals(line.name()) && Objects.equals(contact.getRole(), emptyToNull(line.role()))
                && Objects.equals(contact.getPhone(), emptyToNull(line.phone()))
                && Objects.equals(contact.getEmail(), emptyToNull(line.email()));
    }

    static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    static Set<String> codes(DataStore store, String query) {
        return store.read(em -> new HashSet<>(em.createQuery(query, String.class).getResultList()));
    }

    /**
     * JPA's OptimisticLockException, or the provider's own of that name when the provider
     * reports it at commit (EclipseLink does), which this bundle does not import.
     */
    private static boolean isStaleVersion(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 23: a unique key taken by a record another user just created. */
    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
