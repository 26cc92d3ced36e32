package steelchain.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import jakarta.persistence.EntityManager;

import steelchain.core.data.DataStore;
import steelchain.core.demo.DemoContribution;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.Contact;
import steelchain.core.model.Customer;
import steelchain.core.model.Material;
import steelchain.core.model.OrderLine;
import steelchain.core.model.Plant;
import steelchain.core.model.ProductSpec;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.core.model.Supplier;
import steelchain.core.model.Warehouse;
import steelchain.core.model.WorkCenter;
import steelchain.core.text.Texts;
import steelchain.demo.DemoPlant;

/**
 * Writes a demo plant through the product's data store: master data in one transaction, then
 * orders in transactions of a few thousand, then the installed modules' contributions. It
 * remembers what it wrote, so that a run that fails half-way can take everything out again
 * ({@link #removeWritten()}).
 */
final class DemoDataWriter {

    /** What an empty database must not hold, customers first: they are what users would lose. */
    static final List<Class<? extends BaseEntity>> MUST_BE_EMPTY = List.of(Customer.class, SalesOrder.class,
            SteelGrade.class, ProductSpec.class, Plant.class, WorkCenter.class, Warehouse.class, Supplier.class,
            Material.class);
    /** Small enough for one IN list on every database. */
    private static final int IDS_PER_DELETE = 500;

    /** The first kind of entity found in the database, and how many there are. */
    record Found(Class<? extends BaseEntity> type, long count) {
    }

    private static final Texts TEXTS = Texts.of(DemoDataWriter.class);

    private final DataStore store;
    private final List<DemoContribution> contributions;
    private DemoPlant written;
    /** Contributions whose fill began, in that order; a fill that failed half-way may have written some. */
    private final List<DemoContribution> contributionsStarted = new ArrayList<>();

    /** @param contributions the modules' shares of the demo company, in the order they are written */
    DemoDataWriter(DataStore store, List<DemoContribution> contributions) {
        this.store = store;
        this.contributions = List.copyOf(contributions);
    }

    /** The first kind of data the database already holds, if any. */
    Optional<Found> existingData() {
        return store.read(em -> {
            for (Class<? extends BaseEntity> type : MUST_BE_EMPTY) {
                long count = em.createQuery("SELECT COUNT(e) FROM " + type.getSimpleName() + " e", Long.class)
                        .getSingleResult();
                if (count > 0) {
                    return Optional.of(new Found(type, count));
                }
            }
            return Optional.empty();
        });
    }

    /** Plants, grades, specifications, suppliers and customers with their contacts, in one transaction. */
    void writeMasterData(DemoPlant plant) {
        store.run(em -> {
            plant.materials().forEach(em::persist);
            plant.suppliers().forEach(em::persist);
            plant.grades().forEach(em::persist);
            plant.productSpecs().forEach(em::persist);
            plant.plants().forEach(em::persist);
            plant.workCenters().forEach(em::persist);
            plant.warehouses().forEach(em::persist);
            plant.customers().forEach(em::persist);
        });
        written = plant;
    }

    /**
     * One transaction of orders. Their customers and grades were written in an earlier
     * transaction and are detached now: merging makes the references point at the stored rows,
     * where persisting would take them for new objects.
     */
    void writeOrders(List<SalesOrder> orders) {
        store.run(em -> orders.forEach(em::merge));
    }

    /** Lets each module add its records on top of the written company; returns their summary lines. */
    List<String> writeContributions(long seed, LocalDate today, Locale locale, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, contributions.size());
        List<String> summary = new ArrayList<>();
        for (DemoContribution contribution : contributions) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(TEXTS.get(locale, "writingContribution", contribution.description(locale)));
            contributionsStarted.add(contribution);
            summary.add(contribution.fill(store, seed, today, locale, progress.split(1)));
        }
        return summary;
    }

    /** Whether anything is in the database that {@link #removeWritten()} would take out. */
    boolean hasWritten() {
        return written != null;
    }

    /**
     * Deletes everything this writer wrote. The database was empty before, so the orders are
     * exactly those of the demo customers; they go in chunks of customers, one transaction each,
     * and the master data last, so that a failure here still leaves every remaining row whole.
     */
    void removeWritten() {
        if (written == null) {
            return;
        }
        // Modules' records refer to the company's customers and orders: they go first, the last module first.
        for (int i = contributionsStarted.size() - 1; i >= 0; i--) {
            contributionsStarted.get(i).remove(store);
            contributionsStarted.remove(i);
        }
        List<Long> customerIds = written.customers().stream().map(Customer::getId).toList();
        for (int from = 0; from < customerIds.size(); from += IDS_PER_DELETE) {
            List<Long> chunk = customerIds.subList(from, Math.min(customerIds.size(), from + IDS_PER_DELETE));
            store.run(em -> {
                deleteWhereCustomerIn(em, "DELETE FROM " + OrderLine.class.getSimpleName()
                        + " l WHERE l.order IN (SELECT o FROM SalesOrder o WHERE o.customer.id IN :customers)", chunk);
                deleteWhereCustomerIn(em, "DELETE FROM " + SalesOrder.class.getSimpleName()
                        + " o WHERE o.customer.id IN :customers", chunk);
                deleteWhereCustomerIn(em, "DELETE FROM " + Contact.class.getSimpleName()
                        + " c WHERE c.customer.id IN :customers", chunk);
                deleteWhereCustomerIn(em, "DELETE FROM " + Customer.class.getSimpleName()
                        + " c WHERE c.id IN :customers", chunk);
            });
        }
        DemoPlant plant = written;
        store.run(em -> {
            // Removed one by one, not in bulk: that also deletes their chemistry and supplier-material rows.
            List<BaseEntity> master = new ArrayList<>();
            master.addAll(plant.warehouses());
            master.addAll(plant.workCenters());
            master.addAll(plant.plants());
            master.addAll(plant.productSpecs());
            master.addAll(plant.grades());
            master.addAll(plant.suppliers());
            master.addAll(plant.materials());
            for (BaseEntity entity : master) {
                BaseEntity stored = em.find(entity.getClass(), entity.getId());
                if (stored != null) {
                    em.remove(stored);
                }
            }
        });
        written = null;
    }

    private static void deleteWhereCustomerIn(EntityManager em, String jpql, List<Long> customerIds) {
        em.createQuery(jpql).setParameter("customers", customerIds).executeUpdate();
    }
}
