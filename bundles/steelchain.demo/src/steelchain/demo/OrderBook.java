package steelchain.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import steelchain.core.model.Industry;
import steelchain.core.model.OrderLine;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SalesOrder;
import steelchain.demo.CustomerPlan.Favourite;
import steelchain.demo.DemoPlant.MonthOfOrders;
import steelchain.demo.Products.Product;
import steelchain.demo.Products.Size;

/**
 * Plays the customers' plans forward month by month and writes down their orders. Every walk
 * through the history starts each customer's random stream afresh, so walking twice gives the
 * same orders, and only one month of orders is held at a time.
 */
final class OrderBook implements Iterable<MonthOfOrders> {

    /** How many lines an order has, 1 to 6: most orders are for one or two products. */
    private static final double[] LINE_COUNT_WEIGHTS = { 0.45, 0.30, 0.13, 0.07, 0.03, 0.02 };
    private static final double ORDER_CANCELLED = 0.02;
    private static final double LINE_CANCELLED = 0.015;
    private static final double USUAL_SIZE = 0.8;

    private final List<CustomerPlan> plans;
    private final MarketIndex market;
    private final LocalDate firstDay;
    private final LocalDate today;

    OrderBook(List<CustomerPlan> plans, MarketIndex market, LocalDate firstDay, LocalDate today) {
        this.plans = plans;
        this.market = market;
        this.firstDay = firstDay;
        this.today = today;
    }

    int monthCount() {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(firstDay), YearMonth.from(today)) + 1;
    }

    @Override
    public Iterator<MonthOfOrders> iterator() {
        return new Walk();
    }

    /** An order before it gets its number, which depends on all orders of the month. */
    private record Draft(CustomerPlan plan, LocalDate date, int sequence, List<LineDraft> lines, boolean cancelled) {
    }

    private record LineDraft(Product product, Size size, BigDecimal tonnes, LocalDate dueDate, BigDecimal price,
            boolean cancelled) {
    }

    /** One pass through the history. */
    private final class Walk implements Iterator<MonthOfOrders> {

        private final Chance[] chances = new Chance[plans.size()];
        private final Map<Integer, Integer> lastNumberByYear = new HashMap<>();
        private YearMonth month = YearMonth.from(firstDay);

        Walk() {
            for (CustomerPlan plan : plans) {
                chances[plan.index()] = new Chance(plan.orderSeed());
            }
        }

        @Override
        public boolean hasNext() {
            return !month.isAfter(YearMonth.from(today));
        }

        @Override
        public MonthOfOrders next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Map<Industry, double[]> demandByIndustry = new EnumMap<>(Industry.class);
            List<Draft> drafts = new ArrayList<>();
            for (CustomerPlan plan : plans) {
                double[] demand = demandByIndustry.computeIfAbsent(plan.customer().getIndustry(),
                        industry -> Season.demandByDay(industry, month));
                draftOrders(plan, chances[plan.index()], demand, drafts);
            }
            drafts.sort(Comparator.comparing(Draft::date).thenComparingInt(d -> d.plan().index())
                    .thenComparingInt(Draft::sequence));
            List<SalesOrder> orders = drafts.stream().map(this::order).toList();
            MonthOfOrders result = new MonthOfOrders(month, orders);
            month = month.plusMonths(1);
            return result;
        }

        private void draftOrders(CustomerPlan plan, Chance chance, double[] demand, List<Draft> drafts) {
            double[] weights = new double[demand.length];
            double expected = 0;
            List<LocalDate> sureDays = new ArrayList<>();
            for (int i = 0; i < demand.length; i++) {
                LocalDate day = month.atDay(i + 1);
                if (day.isBefore(firstDay) || day.isAfter(today) || !plan.activeOn(day)) {
                    continue;
                }
                weights[i] = plan.dailyRate(day) * demand[i];
                expected += weights[i];
                if (plan.ordersSurelyOn(day)) {
                    sureDays.add(day);
                }
            }
            int sequence = 0;
            for (LocalDate day : sureDays) {
                drafts.add(draft(plan, chance, day, sequence++));
            }
            if (expected == 0) {
                return;
            }
            int count = chance.poisson(expected);
            for (int i = 0; i < count; i++) {
                LocalDate day = month.atDay(chance.weightedIndex(weights, expected) + 1);
                drafts.add(draft(plan, chance, day, sequence++));
            }
        }

        private Draft draft(CustomerPlan plan, Chance chance, LocalDate date, int sequence) {
            int lineCount = 1 + chance.weightedIndex(LINE_COUNT_WEIGHTS, 1.0);
            lineCount = StrictMath.min(lineCount + (plan.behaviour() == BuyingBehaviour.KEY_ACCOUNT ? 1 : 0),
                    plan.behaviour().linesPerOrderMax);
            double marketIndex = market.at(YearMonth.from(date));
            long firstDueInDays = chance.between(21, 56);
            List<LineDraft> lines = new ArrayList<>();
            for (int attempt = 0; attempt < lineCount * 3 && lines.size() < lineCount; attempt++) {
                Favourite favourite = chance.weighted(plan.favourites(), Favourite::weight);
                Product product = favourite.product();
                Size size = chance.chance(USUAL_SIZE) ? chance.pick(favourite.usualSizes())
                        : chance.pick(product.sizes());
                // One line per product and size; a second wish for the same is more tonnes on that line.
                if (lines.stream().anyMatch(l -> l.product() == product && l.size().equals(size))) {
                    continue;
                }
                long dueInDays = StrictMath.max(21, StrictMath.min(56, firstDueInDays + chance.between(-7, 7)));
                double price = Products.marketPrice(product, size, marketIndex) * plan.priceTerms()
                        * (1 + 0.01 * chance.gaussian());
                lines.add(new LineDraft(product, size, tonnes(plan, product.form(), chance), date.plusDays(dueInDays),
                        BigDecimal.valueOf(StrictMath.round(price / 10) * 10L).setScale(2),
                        !lines.isEmpty() && chance.chance(LINE_CANCELLED)));
            }
            return new Draft(plan, date, sequence, lines, chance.chance(ORDER_CANCELLED));
        }

        /** Ordered weight, whole tonnes: at least a coil, a plate batch or a bundle lot. */
        private BigDecimal tonnes(CustomerPlan plan, ProductForm form, Chance chance) {
            int minimum = form.isRound() ? 3 : form == ProductForm.HOT_ROLLED_COIL ? 10 : 5;
            long tonnes = StrictMath.max(minimum, StrictMath.round(chance.logNormal(plan.lineTonnesMedian(), 0.45)));
            return BigDecimal.valueOf(tonnes).setScale(3);
        }

        private SalesOrder order(Draft draft) {
            int year = draft.date().getYear();
            int number = lastNumberByYear.merge(year, 1, Integer::sum);
            SalesOrder order = new SalesOrder("SO%d-%06d".formatted(year, number), draft.plan().customer(),
                    draft.date());
            OrderStatus least = null;
            for (LineDraft line : draft.lines()) {
                OrderLine orderLine = order.addLine(line.product().form(), line.product().grade(),
                        line.size().thicknessMm(), line.size().widthMm(), line.tonnes(), line.dueDate(), line.price());
                OrderStatus status = draft.cancelled() || line.cancelled() ? OrderStatus.CANCELLED
                        : progress(draft.date(), line.dueDate());
                orderLine.setStatus(status);
                if (status != OrderStatus.CANCELLED && (least == null || status.ordinal() < least.ordinal())) {
                    least = status;
                }
            }
            // An order is as far as its least advanced line; cancelled when nothing is left of it.
            order.setStatus(least == null ? OrderStatus.CANCELLED : least);
            return order;
        }

        /** Where a line stands today: confirmed within days, produced before the due date, shipped, then closed. */
        private OrderStatus progress(LocalDate orderDate, LocalDate dueDate) {
            long age = ChronoUnit.DAYS.between(orderDate, today);
            if (age < 2) {
                return OrderStatus.OPEN;
            }
            if (age < 7) {
                return OrderStatus.CONFIRMED;
            }
            if (today.isBefore(dueDate.minusDays(5))) {
                return OrderStatus.IN_PRODUCTION;
            }
            if (today.isBefore(dueDate.plusDays(10))) {
                return OrderStatus.SHIPPED;
            }
            return OrderStatus.COMPLETED;
        }
    }
}
