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
import steelchain.core.model.Material;
import steelchain.core.model.Plant;
import steelchain.core.model.SteelGrade;
import steelchain.core.model.Supplier;
import steelchain.core.model.Warehouse;
import steelchain.core.model.WorkCenter;
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

    /** A form for a new plant; the codes taken are those in the database now. */
    public static PlantForm newPlant(DataStore store) {
        Set<String> taken = codes(store, "SELECT p.code FROM Plant p");
        return PlantForm.create(taken::contains);
    }

    /** A form for the plant with {@code code}, or null when there is none. */
    public static PlantForm plant(DataStore store, String code) {
        return store.read(em -> {
            Plant plant = Entities.byCode(em, Plant.class, code);
            return plant == null ? null : PlantForm.of(plant);
        });
    }

    /** A form for a new warehouse, at one of the plants in the database now or none. */
    public static WarehouseForm newWarehouse(DataStore store) {
        Set<String> taken = codes(store, "SELECT w.code FROM Warehouse w");
        return WarehouseForm.create(taken::contains, store.read(MasterDataEditing::plants));
    }

    /** A form for the warehouse with {@code code}, or null when there is none. */
    public static WarehouseForm warehouse(DataStore store, String code) {
        return store.read(em -> {
            Warehouse warehouse = Entities.byCode(em, Warehouse.class, code);
            return warehouse == null ? null : WarehouseForm.of(warehouse, plants(em));
        });
    }

    /** A form for a new work centre, at one of the plants in the database now. */
    public static WorkCenterForm newWorkCenter(DataStore store) {
        Set<String> taken = codes(store, "SELECT w.code FROM WorkCenter w");
        return WorkCenterForm.create(taken::contains, store.read(MasterDataEditing::plants));
    }

    /** A form for the work centre with {@code code}, or null when there is none. */
    public static WorkCenterForm workCenter(DataStore store, String code) {
        return store.read(em -> {
            WorkCenter workCenter = Entities.byCode(em, WorkCenter.class, code);
            return workCenter == null ? null : WorkCenterForm.of(workCenter, plants(em));
        });
    }

    /** A form for a new supplier of the materials in the database now. */
    public static SupplierForm newSupplier(DataStore store) {
        Set<String> taken = codes(store, "SELECT s.code FROM Supplier s");
        return SupplierForm.create(taken::contains, store.read(MasterDataEditing::materials));
    }

    /** A form for the supplier with {@code code}, or null when there is none. */
    public static SupplierForm supplier(DataStore store, String code) {
        return store.read(em -> {
            Supplier supplier = Entities.byCode(em, Supplier.class, code);
            return supplier == null ? null : SupplierForm.of(supplier, materials(em));
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
     * Creates or updates the plant of a valid form in one transaction.
     *
     * @throws EditConflict when the database changed since the form was read; nothing is written
     */
    public static void save(DataStore store, PlantForm form) {
        inTransaction(store, form, em -> {
            if (form.isNew()) {
                refuseTakenCode(em, Plant.class, form);
                em.persist(new Plant(form.code(), form.name(), form.location()));
            } else {
                Plant plant = current(em, Plant.class, form);
                plant.setName(form.name());
                plant.setLocation(form.location());
            }
        });
    }

    /**
     * Creates or updates the warehouse of a valid form in one transaction.
     *
     * @throws EditConflict when the database changed since the form was read, or its plant
     *         was deleted meanwhile; nothing is written
     */
    public static void save(DataStore store, WarehouseForm form) {
        inTransaction(store, form, em -> {
            Plant plant = form.plantCode() == null ? null : referenced(em, Plant.class, form.plantCode());
            if (form.isNew()) {
                refuseTakenCode(em, Warehouse.class, form);
                em.persist(new Warehouse(form.code(), form.name(), plant, form.location(), form.capacityTonnes()));
            } else {
                Warehouse warehouse = current(em, Warehouse.class, form);
                warehouse.setName(form.name());
                warehouse.setPlant(plant);
                warehouse.setLocation(form.location());
                warehouse.setCapacityTonnes(form.capacityTonnes());
            }
        });
    }

    /**
     * Creates or updates the work centre of a valid form in one transaction.
     *
     * @throws EditConflict when the database changed since the form was read, or its plant
     *         was deleted meanwhile; nothing is written
     */
    public static void save(DataStore store, WorkCenterForm form) {
        inTransaction(store, form, em -> {
            Plant plant = referenced(em, Plant.class, form.plantCode());
            if (form.isNew()) {
                refuseTakenCode(em, WorkCenter.class, form);
                em.persist(new WorkCenter(form.code(), form.name(), plant, form.type(), form.capacityTonnesPerHour()));
            } else {
                WorkCenter workCenter = current(em, WorkCenter.class, form);
                workCenter.setName(form.name());
                workCenter.setPlant(plant);
                workCenter.setType(form.type());
                workCenter.setCapacityTonnesPerHour(form.capacityTonnesPerHour());
            }
        });
    }

    /**
     * Creates or updates the supplier of a valid form, with the materials it delivers, in one
     * transaction.
     *
     * @throws EditConflict when the database changed since the form was read, or one of its
     *         materials was deleted meanwhile; nothing is written
     */
    public static void save(DataStore store, SupplierForm form) {
        inTransaction(store, form, em -> {
            Set<Material> materials = new HashSet<>();
            for (String code : form.materialCodes()) {
                materials.add(referenced(em, Material.class, code));
            }
            Supplier supplier;
            if (form.isNew()) {
                refuseTakenCode(em, Supplier.class, form);
                supplier = new Supplier(form.code(), form.name(), form.location());
                em.persist(supplier);
            } else {
                supplier = current(em, Supplier.class, form);
                supplier.setName(form.name());
                supplier.setLocation(form.location());
            }
            supplier.getMaterials().retainAll(materials);
            supplier.getMaterials().addAll(materials);
        });
    }

    /**
     * Runs the save and turns the database's refusals into conflicts. Flushing inside the
     * transaction makes a stale version or a taken code fail here, not somewhere in commit.
     */
    static void inTransaction(DataStore store, RecordForm form, Consumer<EntityManager> save) {
        if (!form.isValid()) {
            throw new IllegalStateException("The form has problems: " + form.problems());
        }
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
     * The record a form's field names, which the form found in the database when it was read;
     * gone since then, it is someone else's change.
     */
    private static <T> T referenced(EntityManager em, Class<T> type, String code) {
        T found = Entities.byCode(em, type, code);
        if (found == null) {
            throw new EditConflict(Kind.REFERENCE_DELETED, code, null);
        }
        return found;
    }

    /** Every plant, by code, for the plant of a warehouse or work centre. */
    static List<Reference> plants(EntityManager em) {
        return em.createQuery("SELECT p.code, p.name FROM Plant p ORDER BY p.code", Object[].class).getResultStream()
                .map(r -> new Reference((String) r[0], (String) r[1])).toList();
    }

    /** Every material, by code, for what a supplier delivers. */
    static List<Reference> materials(EntityManager em) {
        return em.createQuery("SELECT m.code, m.name FROM Material m ORDER BY m.code", Object[].class)
                .getResultStream().map(r -> new Reference((String) r[0], (String) r[1])).toList();
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
