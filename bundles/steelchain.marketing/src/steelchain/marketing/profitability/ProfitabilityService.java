package steelchain.marketing.profitability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.marketing.pricing.PriceListService;
import steelchain.marketing.pricing.PricingModel;

/** {@link CustomerProfitability} from the order lines and the unit costs of the pricing tables. */
@Component(service = CustomerProfitability.class)
public class ProfitabilityService implements CustomerProfitability {

    private static final String LINES = " from OrderLine l join l.order o join o.customer c"
            + " where o.status <> :cancelled and l.status <> :cancelled and o.orderDate >= :from and o.orderDate <= :to";

    @Reference(target = "(steelchain.owners=" + PricingModel.OWNER + ")")
    private DataStore store;

    @Override
    public Report report(LocalDate from, LocalDate to) {
        return store.read(em -> {
            Map<ProductForm, BigDecimal> costs = PriceListService.unitCosts(em);
            Set<ProductForm> withoutCost = EnumSet.noneOf(ProductForm.class);
            record CustomerKey(String code, String name, CustomerGrade grade) {
            }
            Map<CustomerKey, Sum> byCustomer = new LinkedHashMap<>();
            Map<ProductForm, Sum> byForm = new EnumMap<>(ProductForm.class);
            Sum total = new Sum();
            lines(em, "select c.code, c.name, c.grade, l.form, sum(l.tonnes), sum(l.tonnes * l.priceCnyPerTonne)"
                    + LINES + " group by c.code, c.name, c.grade, l.form", from, to).forEach(r -> {
                        ProductForm form = (ProductForm) r[3];
                        BigDecimal cost = costs.get(form);
                        if (cost == null) {
                            withoutCost.add(form);
                            return;
                        }
                        BigDecimal tonnes = (BigDecimal) r[4];
                        BigDecimal revenue = (BigDecimal) r[5];
                        byCustomer.computeIfAbsent(new CustomerKey((String) r[0], (String) r[1], (CustomerGrade) r[2]),
                                k -> new Sum()).add(tonnes, revenue, cost);
                        byForm.computeIfAbsent(form, f -> new Sum()).add(tonnes, revenue, cost);
                        total.add(tonnes, revenue, cost);
                    });
            List<Map.Entry<CustomerKey, Sum>> entries = new ArrayList<>(byCustomer.entrySet());
            List<Pareto.Ranked<Map.Entry<CustomerKey, Sum>>> ranked = Pareto.rank(entries,
                    e -> e.getValue().contribution().doubleValue());
            List<CustomerContribution> customers = ranked.stream()
                    .map(r -> new CustomerContribution(r.item().getKey().code(), r.item().getKey().name(),
                            r.item().getKey().grade(), r.item().getValue().figures(), r.rank(), r.cumulativeShare()))
                    .toList();
            int lossMakers = (int) customers.stream().filter(c -> c.figures().contribution().signum() < 0).count();
            return new Report(from, to, customers, families(byForm), total.figures(), Pareto.itemsFor(ranked, 0.8),
                    lossMakers, withoutCost);
        });
    }

    @Override
    public List<FamilyContribution> families(String customerCode, LocalDate from, LocalDate to) {
        return store.read(em -> {
            Map<ProductForm, BigDecimal> costs = PriceListService.unitCosts(em);
            Map<ProductForm, Sum> byForm = new EnumMap<>(ProductForm.class);
            em.createQuery("select l.form, sum(l.tonnes), sum(l.tonnes * l.priceCnyPerTonne)" + LINES
                    + " and c.code = :code group by l.form", Object[].class)
                    .setParameter("cancelled", OrderStatus.CANCELLED).setParameter("from", from)
                    .setParameter("to", to).setParameter("code", customerCode).getResultStream().forEach(r -> {
                        BigDecimal cost = costs.get((ProductForm) r[0]);
                        if (cost != null) {
                            byForm.computeIfAbsent((ProductForm) r[0], f -> new Sum()).add((BigDecimal) r[1],
                                    (BigDecimal) r[2], cost);
                        }
                    });
            return families(byForm);
        });
    }

    private static List<Object[]> lines(EntityManager em, String query, LocalDate from, LocalDate to) {
        return em.createQuery(query, Object[].class).setParameter("cancelled", OrderStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static List<FamilyContribution> families(Map<ProductForm, Sum> byForm) {
        return byForm.entrySet().stream().map(e -> new FamilyContribution(e.getKey(), e.getValue().figures()))
                .sorted(Comparator.comparing((FamilyContribution f) -> f.figures().contribution()).reversed())
                .toList();
    }

    /** Running totals of tonnes, revenue and cost. */
    private static final class Sum {
        private BigDecimal tonnes = BigDecimal.ZERO;
        private BigDecimal revenue = BigDecimal.ZERO;
        private BigDecimal cost = BigDecimal.ZERO;

        void add(BigDecimal addedTonnes, BigDecimal addedRevenue, BigDecimal unitCost) {
            tonnes = tonnes.add(addedTonnes);
            revenue = revenue.add(addedRevenue);
            cost = cost.add(addedTonnes.multiply(unitCost));
        }

        BigDecimal contribution() {
            return revenue.subtract(cost);
        }

        CustomerProfitability.Figures figures() {
            return new CustomerProfitability.Figures(tonnes, revenue.setScale(0, RoundingMode.HALF_UP),
                    cost.setScale(0, RoundingMode.HALF_UP), contribution().setScale(0, RoundingMode.HALF_UP));
        }
    }
}
