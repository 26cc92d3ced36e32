package steelchain.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import steelchain.core.model.Customer;
import steelchain.core.model.Material;
import steelchain.core.model.Plant;
import steelchain.core.model.ProductSpec;
import steelchain.core.model.SalesOrder;
import steelchain.core.model.SteelGrade;
import steelchain.core.model.Supplier;
import steelchain.core.model.Warehouse;
import steelchain.core.model.WorkCenter;

/**
 * A believable Chinese steel company, invented from a seed: an integrated BF-BOF works and an EAF
 * mini-mill, the grades and product specifications they sell, warehouses, suppliers, customers
 * across industries and provinces, and years of sales orders up to a given day. Nothing is
 * persisted; the same arguments always give the same data.
 * <p>
 * Master data is built at once. Orders are played forward month by month on demand
 * ({@link #ordersByMonth()}), so that a large history never has to be held in memory.
 */
public final class DemoPlant {

    /** The orders placed in one calendar month, in order-number order. */
    public record MonthOfOrders(YearMonth month, List<SalesOrder> orders) {
    }

    private final long seed;
    private final LocalDate firstDay;
    private final LocalDate today;
    private final List<SteelGrade> grades;
    private final List<ProductSpec> productSpecs;
    private final Works works;
    private final Procurement procurement;
    private final List<CustomerPlan> plans;
    private final Map<Customer, CustomerPlan> planByCustomer = new IdentityHashMap<>();
    private final OrderBook orderBook;

    private DemoPlant(long seed, int years, int customers, LocalDate today) {
        this.seed = seed;
        this.today = today;
        firstDay = today.minusYears(years).plusDays(1);
        Chance chance = new Chance(seed);
        grades = SteelGrades.all();
        productSpecs = ProductSpecs.all();
        works = new Works();
        procurement = new Procurement();
        // Separate streams: the market does not change when the number of customers does.
        MarketIndex market = new MarketIndex(new Chance(chance.nextSeed()), YearMonth.from(firstDay),
                YearMonth.from(today));
        Products products = new Products(grades, productSpecs);
        plans = new CustomerBase(new Chance(chance.nextSeed()), products, firstDay, today).generate(customers);
        plans.forEach(plan -> planByCustomer.put(plan.customer(), plan));
        orderBook = new OrderBook(plans, market, firstDay, today);
    }

    /**
     * Invents a steel company.
     *
     * @param seed      same seed, same company
     * @param years     length of the order history, ending {@code today}; at least 1
     * @param customers number of customers; at least 1
     * @param today     the last day with orders; recent orders are still open, older ones completed
     */
    public static DemoPlant generate(long seed, int years, int customers, LocalDate today) {
        if (years < 1) {
            throw new IllegalArgumentException("The order history needs at least one year, not " + years);
        }
        if (customers < 1) {
            throw new IllegalArgumentException("A steel company needs at least one customer, not " + customers);
        }
        return new DemoPlant(seed, years, customers, today);
    }

    public long seed() {
        return seed;
    }

    /** The first day of the order history. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day of the order history. */
    public LocalDate today() {
        return today;
    }

    public List<SteelGrade> grades() {
        return grades;
    }

    public List<ProductSpec> productSpecs() {
        return productSpecs;
    }

    public List<Plant> plants() {
        return works.plants();
    }

    public List<WorkCenter> workCenters() {
        return List.copyOf(works.workCenters);
    }

    public List<Warehouse> warehouses() {
        return List.copyOf(works.warehouses);
    }

    public List<Material> materials() {
        return procurement.materials();
    }

    public List<Supplier> suppliers() {
        return List.copyOf(procurement.suppliers);
    }

    /** The customers with their contacts, in code order. */
    public List<Customer> customers() {
        return plans.stream().map(CustomerPlan::customer).toList();
    }

    /** How {@code customer} was made to buy: what customer segmentation should find again. */
    public BuyingBehaviour behaviourOf(Customer customer) {
        CustomerPlan plan = planByCustomer.get(customer);
        if (plan == null) {
            throw new IllegalArgumentException("Customer " + customer.getCode() + " is not from this demo plant");
        }
        return plan.behaviour();
    }

    /** How many months {@link #ordersByMonth()} has: the calendar months from the first day to today. */
    public int monthCount() {
        return orderBook.monthCount();
    }

    /**
     * The order history, one calendar month at a time, oldest first; order numbers run per year
     * (SO2025-000001, ...). Each call plays the history again and gives equal, new order objects.
     */
    public Stream<MonthOfOrders> ordersByMonth() {
        return StreamSupport.stream(orderBook.spliterator(), false);
    }

    /** The whole order history at once; for small histories and tests. */
    public List<SalesOrder> orders() {
        List<SalesOrder> orders = new ArrayList<>();
        orderBook.forEach(month -> orders.addAll(month.orders()));
        return orders;
    }
}
