package steelchain.masterdata.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import jakarta.persistence.EntityManager;

import steelchain.core.model.Customer;
import steelchain.core.model.Location;
import steelchain.masterdata.Counts;
import steelchain.masterdata.layout.Cells;
import steelchain.masterdata.validation.CustomerRow;

/**
 * Customers in the database, through JPA: there are thousands, not millions, and the model's
 * setters are the rules. Works in chunks that are flushed and cleared, so the persistence
 * context stays small whatever the file's size. Coordinates and contacts are not in the CSV
 * layout and are kept as they are.
 */
public final class CustomerStore {

    static final int CHUNK = 500;

    private CustomerStore() {
    }

    /**
     * Creates the customers that are new and updates those that differ, by code.
     *
     * @param apply false to only count what would change (a dry run)
     */
    public static Counts write(EntityManager em, List<CustomerRow> rows, boolean apply, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, rows.size());
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<CustomerRow> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
            for (CustomerRow row : chunk) {
                Customer customer = Entities.byCode(em, Customer.class, row.code());
                if (customer == null) {
                    created++;
                    if (apply) {
                        em.persist(create(row));
                    }
                } else if (matches(customer, row)) {
                    unchanged++;
                } else {
                    updated++;
                    if (apply) {
                        copy(row, customer);
                    }
                }
            }
            if (apply) {
                em.flush();
            }
            em.clear();
            Progress.chunkDone(progress, chunk.size());
        }
        return new Counts(created, updated, unchanged);
    }

    /** Writes every customer, ordered by code, a page at a time; returns how many. */
    public static long export(EntityManager em, RecordSink sink, IProgressMonitor monitor) throws IOException {
        long total = em.createQuery("SELECT COUNT(c) FROM Customer c", Long.class).getSingleResult();
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, total));
        long written = 0;
        String after = "";
        while (true) {
            // In the order of CustomerLayout.COLUMNS.
            List<Object[]> page = em.createQuery("SELECT c.code, c.name, c.industry, c.location.province, "
                    + "c.location.city, c.creditLimit, c.grade FROM Customer c WHERE c.code > :after ORDER BY c.code",
                    Object[].class).setParameter("after", after).setMaxResults(CHUNK).getResultList();
            if (page.isEmpty()) {
                return written;
            }
            for (Object[] row : page) {
                List<String> cells = new ArrayList<>(row.length);
                for (Object value : row) {
                    cells.add(Cells.format(value));
                }
                sink.write(cells);
            }
            written += page.size();
            after = (String) page.get(page.size() - 1)[0];
            Progress.chunkDone(progress, page.size());
        }
    }

    /** A new customer with the row's values. */
    public static Customer create(CustomerRow row) {
        Customer customer = new Customer(row.code(), row.name(), row.industry());
        copy(row, customer);
        return customer;
    }

    /** Whether the customer has the row's values already. */
    public static boolean matches(Customer customer, CustomerRow row) {
        Location location = customer.getLocation();
        return customer.getName().equals(row.name()) && customer.getIndustry() == row.industry()
                && Objects.equals(location == null ? null : location.getProvince(), row.province())
                && Objects.equals(location == null ? null : location.getCity(), row.city())
                && customer.getCreditLimit().compareTo(row.creditLimit()) == 0 && customer.getGrade() == row.grade();
    }

    /** Gives the customer the row's values; its code, coordinates and contacts stay. */
    public static void copy(CustomerRow row, Customer customer) {
        Location old = customer.getLocation();
        customer.setName(row.name());
        customer.setIndustry(row.industry());
        customer.setLocation(new Location(row.province(), row.city(), old == null ? null : old.getLatitude(),
                old == null ? null : old.getLongitude()));
        customer.setCreditLimit(row.creditLimit());
        customer.setGrade(row.grade());
    }
}
