package steelchain.marketing.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Location;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.marketing.customer.CustomerProfile.ContactRow;
import steelchain.marketing.customer.CustomerProfile.Lifetime;
import steelchain.marketing.customer.CustomerProfile.MonthTotal;
import steelchain.marketing.customer.CustomerProfile.OpenLine;

/** Finds customers and reads their {@link CustomerProfile}, each in one read-only transaction. */
@Component(service = CustomerProfiles.class)
public class CustomerProfiles {

    /** Open lines: not yet completed, not cancelled. */
    private static final List<OrderStatus> OPEN = List.of(OrderStatus.OPEN, OrderStatus.CONFIRMED,
            OrderStatus.IN_PRODUCTION, OrderStatus.SHIPPED);

    @Reference
    private DataStore store;

    /** A customer as a search lists it. */
    public record CustomerHit(String code, String name, String city) {
    }

    /**
     * Customers whose code or name contains {@code text} (case ignored), by code.
     *
     * @param limit at most this many
     */
    public List<CustomerHit> find(String text, int limit) {
        String pattern = "%" + text.trim().toUpperCase(Locale.ROOT) + "%";
        return store.read(em -> em.createQuery("SELECT c FROM Customer c WHERE UPPER(c.code) LIKE :p "
                + "OR UPPER(c.name) LIKE :p ORDER BY c.code", Customer.class)
                .setParameter("p", pattern).setMaxResults(limit).getResultList().stream()
                .map(c -> new CustomerHit(c.getCode(), c.getName(), locationOf(c).getCity())).toList());
    }

    /**
     * The profile of the customer with this code.
     *
     * @param today  the day the month series ends
     * @param months how many months the series covers, the current one included
     */
    public Optional<CustomerProfile> profile(String code, LocalDate today, int months) {
        return store.read(em -> {
            List<Customer> found = em.createQuery("SELECT c FROM Customer c WHERE c.code = :code", Customer.class)
                    .setParameter("code", code).getResultList();
            return found.isEmpty() ? Optional.empty() : Optional.of(profile(em, found.get(0), today, months));
        });
    }

    private static CustomerProfile profile(EntityManager em, Customer customer, LocalDate today, int months) {
        List<ContactRow> contacts = customer.getContacts().stream()
                .map(c -> new ContactRow(c.getName(), c.getRole(), c.getPhone(), c.getEmail())).toList();
        List<OrderLine> lines = em.createQuery("SELECT l FROM OrderLine l JOIN FETCH l.order o JOIN FETCH l.grade "
                + "WHERE o.customer = :customer AND l.status <> :cancelled", OrderLine.class)
                .setParameter("customer", customer).setParameter("cancelled", OrderStatus.CANCELLED).getResultList();
        Location location = locationOf(customer);
        return new CustomerProfile(customer.getCode(), customer.getName(), customer.getIndustry(),
                location.getProvince(), location.getCity(), customer.getGrade(),
                customer.getCreditLimit(), contacts, lifetime(lines), monthTotals(lines, YearMonth.from(today), months),
                openLines(lines));
    }

    /** JPA reads a customer without province and city with no location at all. */
    private static Location locationOf(Customer customer) {
        return customer.getLocation() == null ? new Location() : customer.getLocation();
    }

    private static Lifetime lifetime(List<OrderLine> lines) {
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        LocalDate first = null;
        LocalDate last = null;
        for (OrderLine line : lines) {
            tonnes = tonnes.add(line.getTonnes());
            revenue = revenue.add(line.valueCny());
            LocalDate date = line.getOrder().getOrderDate();
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
        long orders = lines.stream().map(l -> l.getOrder().getOrderNumber()).distinct().count();
        return new Lifetime(orders, tonnes, revenue, first, last);
    }

    private static List<MonthTotal> monthTotals(List<OrderLine> lines, YearMonth last, int months) {
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, BigDecimal[]> totals = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            totals.put(month, new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
        }
        for (OrderLine line : lines) {
            BigDecimal[] total = totals.get(YearMonth.from(line.getOrder().getOrderDate()));
            if (total != null) {
                total[0] = total[0].add(line.getTonnes());
                total[1] = total[1].add(line.valueCny());
            }
        }
        List<MonthTotal> result = new ArrayList<>();
        totals.forEach((month, total) -> result.add(new MonthTotal(month, total[0], total[1])));
        return result;
    }

    private static List<OpenLine> openLines(List<OrderLine> lines) {
        return lines.stream().filter(l -> OPEN.contains(l.getStatus()))
                .sorted(Comparator.comparing(OrderLine::getDueDate)
                        .thenComparing(l -> l.getOrder().getOrderNumber()).thenComparing(OrderLine::getLineNumber))
                .map(l -> new OpenLine(l.getOrder().getOrderNumber(), l.getLineNumber(), l.getForm(),
                        l.getGrade().getCode(), l.getThicknessMm(), l.getWidthMm(), l.getTonnes(),
                        l.getPriceCnyPerTonne(), l.getDueDate(), l.getStatus()))
                .toList();
    }
}
