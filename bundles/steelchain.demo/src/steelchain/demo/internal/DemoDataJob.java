package steelchain.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.demo.DemoContribution;
import steelchain.core.model.Customer;
import steelchain.core.model.SalesOrder;
import steelchain.core.text.Texts;
import steelchain.demo.DemoPlant;
import steelchain.demo.DemoPlant.MonthOfOrders;

/**
 * {@code demo-data}: fills an empty database with an invented steel company and its order
 * history, for demonstrations, training and trying out the planning modules.
 * <p>
 * All or nothing: master data goes in one transaction and orders in transactions of
 * {@value #ORDERS_PER_TRANSACTION}; then each installed module's {@link DemoContribution} adds
 * its records. When a transaction fails or the run is cancelled, what the earlier ones wrote is
 * deleted again, which the empty database it started from makes exact.
 */
@Component(service = BatchJob.class)
public class DemoDataJob implements BatchJob {

    static final int ORDERS_PER_TRANSACTION = 2_000;
    static final long DEFAULT_SEED = 42;
    static final int DEFAULT_YEARS = 3;
    static final int MAX_YEARS = 10;
    static final int DEFAULT_CUSTOMERS = 2_000;
    static final int MAX_CUSTOMERS = 100_000;

    private static final Texts TEXTS = Texts.of(DemoDataJob.class);

    /** Optional: without a database the job stays listed and says what is missing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataStore dataStore;

    /** The modules' shares of the demo company, whichever modules are installed. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "demo-data";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "job.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(
                JobOption.of("seed", OptionType.INTEGER, TEXTS.get(locale, "option.seed"))
                        .withDefault(Long.toString(DEFAULT_SEED)),
                JobOption.of("years", OptionType.INTEGER, TEXTS.get(locale, "option.years", MAX_YEARS))
                        .withDefault(Integer.toString(DEFAULT_YEARS)),
                JobOption.of("customers", OptionType.INTEGER, TEXTS.get(locale, "option.customers", MAX_CUSTOMERS))
                        .withDefault(Integer.toString(DEFAULT_CUSTOMERS)));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws UsageException {
        Locale locale = arguments.locale();
        long seed = arguments.integer("seed");
        int years = inRange(arguments, "years", 1, MAX_YEARS);
        int customers = inRange(arguments, "customers", 1, MAX_CUSTOMERS);
        DataStore store = dataStore;
        if (store == null) {
            return JobResult.failed(List.of(TEXTS.get(locale, "noDatabase")));
        }
        List<DemoContribution> modules = contributions.stream()
                .sorted(Comparator.comparingInt(DemoContribution::order)).toList();
        DemoDataWriter writer = new DemoDataWriter(store, modules);
        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "task"), 100);

        progress.subTask(TEXTS.get(locale, "checking"));
        Optional<DemoDataWriter.Found> existing = writer.existingData();
        if (existing.isPresent()) {
            return JobResult.failed(List.of(TEXTS.get(locale, "notEmpty", existing.get().count(),
                    TEXTS.get(locale, "entity." + existing.get().type().getSimpleName()))));
        }
        progress.worked(1);

        progress.subTask(TEXTS.get(locale, "generating", customers));
        DemoPlant plant = DemoPlant.generate(seed, years, customers, LocalDate.now());
        progress.worked(2);
        try {
            List<String> summary = new ArrayList<>(write(plant, writer, progress.split(90), locale));
            summary.addAll(writer.writeContributions(seed, LocalDate.now(), locale, progress.split(7)));
            return JobResult.succeeded(summary);
        } catch (OperationCanceledException e) {
            // The runner prints no summary for a cancelled run: the outcome goes to the progress lines.
            progress.subTask(undo(writer, progress, locale, "cancelled", ""));
            throw e;
        } catch (RuntimeException e) {
            return JobResult.failed(List.of(undo(writer, progress, locale, "failed", reasonOf(e))));
        }
    }

    private List<String> write(DemoPlant plant, DemoDataWriter writer, SubMonitor monitor, Locale locale) {
        SubMonitor progress = SubMonitor.convert(monitor, 1 + plant.monthCount());
        progress.subTask(TEXTS.get(locale, "writingMasterData"));
        writer.writeMasterData(plant);
        progress.worked(1);

        OrderTotals totals = new OrderTotals();
        List<SalesOrder> batch = new ArrayList<>();
        for (MonthOfOrders month : (Iterable<MonthOfOrders>) plant.ordersByMonth()::iterator) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(TEXTS.get(locale, "writingOrders", month.month().toString(), totals.orders));
            for (SalesOrder order : month.orders()) {
                batch.add(order);
                totals.add(order);
                if (batch.size() == ORDERS_PER_TRANSACTION) {
                    writer.writeOrders(batch);
                    batch = new ArrayList<>();
                }
            }
            progress.worked(1);
        }
        if (!batch.isEmpty()) {
            writer.writeOrders(batch);
        }
        return summary(plant, totals, locale);
    }

    private List<String> summary(DemoPlant plant, OrderTotals totals, Locale locale) {
        List<Customer> customers = plant.customers();
        long contacts = customers.stream().mapToLong(c -> c.getContacts().size()).sum();
        long provinces = customers.stream().map(c -> c.getLocation().getProvince()).distinct().count();
        return List.of(
                TEXTS.get(locale, "summary.customers", plant.seed(), customers.size(), contacts, provinces),
                TEXTS.get(locale, "summary.products", plant.grades().size(), plant.productSpecs().size()),
                TEXTS.get(locale, "summary.works", plant.plants().size(), plant.workCenters().size(),
                        plant.warehouses().size(), plant.suppliers().size(), plant.materials().size()),
                totals.orders == 0 ? TEXTS.get(locale, "summary.noOrders")
                        : TEXTS.get(locale, "summary.orders", totals.orders, totals.lines, totals.tonnes,
                                totals.first.toString(), totals.last.toString()));
    }

    /**
     * Takes out what the run wrote, after a failure or a cancel, and says how that went: a run
     * that did not finish must not leave half a company behind.
     *
     * @param outcome {@code failed} or {@code cancelled}, the start of the message keys
     */
    private static String undo(DemoDataWriter writer, SubMonitor progress, Locale locale, String outcome,
            String reason) {
        progress.setWorkRemaining(1);
        progress.subTask(TEXTS.get(locale, "removing"));
        boolean anythingWritten = writer.hasWritten();
        try {
            writer.removeWritten();
        } catch (RuntimeException e) {
            return TEXTS.get(locale, outcome + ".notRemoved", reason, reasonOf(e));
        }
        return TEXTS.get(locale, anythingWritten ? outcome + ".removed" : outcome + ".nothingWritten", reason);
    }

    private static String reasonOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private static int inRange(JobArguments arguments, String option, int min, int max) throws UsageException {
        long value = arguments.integer(option);
        if (value < min || value > max) {
            throw new UsageException(TEXTS.get(arguments.locale(), "usage.range", option, min, max, value));
        }
        return (int) value;
    }

    /** Counts of the orders written so far. */
    private static final class OrderTotals {
        long orders;
        long lines;
        BigDecimal tonnes = BigDecimal.ZERO;
        LocalDate first;
        LocalDate last;

        void add(SalesOrder order) {
            orders++;
            lines += order.getLines().size();
            tonnes = tonnes.add(order.totalTonnes());
            if (first == null) {
                first = order.getOrderDate();
            }
            last = order.getOrderDate();
        }
    }
}
