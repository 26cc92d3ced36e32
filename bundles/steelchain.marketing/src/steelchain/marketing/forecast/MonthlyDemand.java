package steelchain.marketing.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;

/**
 * Ordered tonnes per product family, region and month, from the order history: an order counts
 * in the month of its order date (the month the customer asked for the steel), cancelled orders
 * and lines not at all. Months without orders count zero.
 */
public final class MonthlyDemand {

    /** One product family in one region. */
    public record Key(ProductForm form, Region region) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byForm = form.compareTo(other.form);
            return byForm != 0 ? byForm : region.compareTo(other.region);
        }
    }

    private final YearMonth first;
    private final YearMonth last;
    private final Map<Key, double[]> tonnes = new TreeMap<>();

    private MonthlyDemand(YearMonth first, YearMonth last) {
        this.first = first;
        this.last = last;
    }

    /**
     * Reads the demand of the months {@code first} to {@code last} (both included); a null {@code first}
     * starts at the earliest order.
     */
    public static MonthlyDemand read(EntityManager em, YearMonth first, YearMonth last) {
        YearMonth start = first;
        if (start == null) {
            LocalDate earliest = em.createQuery("select min(o.orderDate) from SalesOrder o", LocalDate.class)
                    .getSingleResult();
            start = earliest == null ? last : YearMonth.from(earliest);
        }
        MonthlyDemand demand = new MonthlyDemand(start, last);
        if (start.isAfter(last)) {
            return demand;
        }
        em.createQuery("select l.form, c.location.province, o.orderDate, l.tonnes from OrderLine l join l.order o"
                + " join o.customer c where o.status <> :cancelled and l.status <> :cancelled"
                + " and o.orderDate >= :from and o.orderDate <= :to", Object[].class)
                .setParameter("cancelled", OrderStatus.CANCELLED).setParameter("from", start.atDay(1))
                .setParameter("to", last.atEndOfMonth()).getResultStream()
                .forEach(r -> demand.add((ProductForm) r[0], Region.ofProvince((String) r[1]),
                        YearMonth.from((LocalDate) r[2]), ((BigDecimal) r[3]).doubleValue()));
        return demand;
    }

    /** Demand built from given figures, for calculations outside the database. */
    public static MonthlyDemand of(YearMonth first, YearMonth last, Map<Key, double[]> tonnes) {
        MonthlyDemand demand = new MonthlyDemand(first, last);
        tonnes.forEach((key, months) -> {
            if (months.length != demand.months()) {
                throw new IllegalArgumentException(key + ": " + months.length + " months, expected " + demand.months());
            }
            demand.tonnes.put(key, months.clone());
        });
        return demand;
    }

    private void add(ProductForm form, Region region, YearMonth month, double value) {
        tonnes.computeIfAbsent(new Key(form, region), k -> new double[months()])[index(month)] += value;
    }

    private int index(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(first, month);
    }

    public YearMonth first() {
        return first;
    }

    public YearMonth last() {
        return last;
    }

    /** Number of months from first to last. */
    public int months() {
        return first.isAfter(last) ? 0 : index(last) + 1;
    }

    /** The series that had any demand, by family then region; each array runs from first to last month. */
    public Map<Key, double[]> series() {
        return tonnes;
    }
}
