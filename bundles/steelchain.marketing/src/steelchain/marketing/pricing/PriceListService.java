package steelchain.marketing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;

/** {@link PriceService} on the price list, discount and cost tables and the order history. */
@Component(service = PriceService.class)
public class PriceListService implements PriceService {

    /** How many earlier prices a quote shows. */
    static final int HISTORY_LINES = 20;

    @Reference(target = "(steelchain.owners=" + PricingModel.OWNER + ")")
    private DataStore store;

    @Override
    public Quote quote(String customerCode, ProductForm form, String gradeCode, BigDecimal tonnes, LocalDate date) {
        if (tonnes == null || tonnes.signum() <= 0) {
            throw new PricingException("quote.tonnesPositive", tonnes == null ? "" : tonnes.toPlainString());
        }
        return store.read(em -> {
            Customer customer = em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                    .setParameter("code", customerCode).getResultStream().findFirst()
                    .orElseThrow(() -> new PricingException("quote.unknownCustomer", customerCode));
            if (grade(em, gradeCode) == null) {
                throw new PricingException("quote.unknownGrade", gradeCode);
            }
            PriceListEntry entry = em.createQuery("select p from PriceListEntry p where p.form = :form"
                    + " and p.grade.code = :grade and p.validFrom <= :day and (p.validTo is null or p.validTo >= :day)"
                    + " order by p.validFrom desc", PriceListEntry.class).setParameter("form", form)
                    .setParameter("grade", gradeCode).setParameter("day", date).setMaxResults(1).getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new PricingException("quote.noPrice", form, gradeCode, date.toString()));
            BigDecimal cost = unitCosts(em).get(form);
            if (cost == null) {
                throw new PricingException("quote.noCost", form);
            }
            BigDecimal tier = tierDiscounts(em).getOrDefault(customer.getGrade(), BigDecimal.ZERO);
            BigDecimal volume = BigDecimal.ZERO;
            for (Map.Entry<BigDecimal, BigDecimal> step : volumeBreaks(em).entrySet()) {
                if (tonnes.compareTo(step.getKey()) >= 0) {
                    volume = step.getValue();
                }
            }
            BigDecimal price = PriceListRules.price(entry.getBasePriceCnyPerTonne(), tier, volume);
            BigDecimal margin = price.subtract(cost);
            BigDecimal ratio = price.signum() == 0 ? BigDecimal.ZERO : margin.divide(price, 4, RoundingMode.HALF_UP);
            List<PricePaid> history = em.createQuery("select o.orderNumber, o.orderDate, l.tonnes, l.priceCnyPerTonne"
                    + " from OrderLine l join l.order o where o.customer = :customer and l.form = :form"
                    + " and l.grade.code = :grade and o.status <> :cancelled and l.status <> :cancelled"
                    + " order by o.orderDate desc, o.orderNumber desc, l.lineNumber", Object[].class)
                    .setParameter("customer", customer).setParameter("form", form).setParameter("grade", gradeCode)
                    .setParameter("cancelled", OrderStatus.CANCELLED).setMaxResults(HISTORY_LINES)
                    .getResultStream().map(r -> new PricePaid((String) r[0], (LocalDate) r[1], (BigDecimal) r[2],
                            (BigDecimal) r[3]))
                    .toList();
            return new Quote(customer.getCode(), customer.getGrade(), form, gradeCode, tonnes, date,
                    entry.getBasePriceCnyPerTonne(), tier, volume, price, cost, margin, ratio, history);
        });
    }

    @Override
    public List<PriceListRow> priceList() {
        return store.read(em -> em.createQuery("select p from PriceListEntry p order by p.form, p.grade.code,"
                + " p.validFrom", PriceListEntry.class).getResultStream().map(PriceListService::row).toList());
    }

    @Override
    public List<PriceListProblem> check(PriceListRow row) {
        return store.read(em -> check(em, row));
    }

    private static List<PriceListProblem> check(EntityManager em, PriceListRow row) {
        boolean gradeExists = row.gradeCode() != null && grade(em, row.gradeCode()) != null;
        List<PriceListRow> others = row.form() == null || !gradeExists ? List.of()
                : em.createQuery("select p from PriceListEntry p where p.form = :form and p.grade.code = :grade",
                        PriceListEntry.class).setParameter("form", row.form()).setParameter("grade", row.gradeCode())
                        .getResultStream().map(PriceListService::row).toList();
        return PriceListRules.check(row, others, gradeExists);
    }

    @Override
    public PriceListRow save(PriceListRow row) {
        return store.inTransaction(em -> {
            List<PriceListProblem> problems = check(em, row);
            if (!problems.isEmpty()) {
                throw new PricingException(problems);
            }
            PriceListEntry entry;
            if (row.id() == null) {
                entry = new PriceListEntry(row.form(), grade(em, row.gradeCode()), row.basePrice(), row.validFrom(),
                        row.validTo());
                em.persist(entry);
            } else {
                entry = em.find(PriceListEntry.class, row.id());
                if (entry == null) {
                    throw new PricingException("priceList.gone", row.id());
                }
                if (entry.getForm() != row.form() || !entry.getGrade().getCode().equals(row.gradeCode())) {
                    throw new PricingException("priceList.identityChanged", row.id());
                }
                entry.update(row.basePrice(), row.validFrom(), row.validTo());
            }
            em.flush();
            return row(entry);
        });
    }

    @Override
    public void delete(long id) {
        store.run(em -> {
            PriceListEntry entry = em.find(PriceListEntry.class, id);
            if (entry != null) {
                em.remove(entry);
            }
        });
    }

    @Override
    public Map<CustomerGrade, BigDecimal> tierDiscounts() {
        return store.read(PriceListService::tierDiscounts);
    }

    @Override
    public Map<BigDecimal, BigDecimal> volumeBreaks() {
        return store.read(PriceListService::volumeBreaks);
    }

    @Override
    public Map<ProductForm, BigDecimal> unitCosts() {
        return store.read(PriceListService::unitCosts);
    }

    @Override
    public void setUnitCost(ProductForm form, BigDecimal costCnyPerTonne) {
        if (costCnyPerTonne == null || costCnyPerTonne.signum() <= 0) {
            throw new PricingException("cost.positive", form.name(),
                    costCnyPerTonne == null ? "" : costCnyPerTonne.toPlainString());
        }
        store.run(em -> em.createQuery("select c from UnitCost c where c.form = :form", UnitCost.class)
                .setParameter("form", form).getResultStream().findFirst()
                .ifPresentOrElse(cost -> cost.setCostCnyPerTonne(costCnyPerTonne),
                        () -> em.persist(new UnitCost(form, costCnyPerTonne))));
    }

    static Map<CustomerGrade, BigDecimal> tierDiscounts(EntityManager em) {
        Map<CustomerGrade, BigDecimal> discounts = new EnumMap<>(CustomerGrade.class);
        em.createQuery("select t from TierDiscount t", TierDiscount.class).getResultStream()
                .forEach(t -> discounts.put(t.getCustomerGrade(), t.getDiscountPercent()));
        return discounts;
    }

    static Map<BigDecimal, BigDecimal> volumeBreaks(EntityManager em) {
        Map<BigDecimal, BigDecimal> breaks = new TreeMap<>();
        em.createQuery("select v from VolumeBreak v", VolumeBreak.class).getResultStream()
                .forEach(v -> breaks.put(v.getMinTonnes(), v.getDiscountPercent()));
        return breaks;
    }

    /** Full cost per tonne of each form, read in the caller's transaction. */
    public static Map<ProductForm, BigDecimal> unitCosts(EntityManager em) {
        Map<ProductForm, BigDecimal> costs = new EnumMap<>(ProductForm.class);
        em.createQuery("select c from UnitCost c", UnitCost.class).getResultStream()
                .forEach(c -> costs.put(c.getForm(), c.getCostCnyPerTonne()));
        return costs;
    }

    private static SteelGrade grade(EntityManager em, String code) {
        return em.createQuery("select g from SteelGrade g where g.code = :code", SteelGrade.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private static PriceListRow row(PriceListEntry entry) {
        return new PriceListRow(entry.getId(), entry.getForm(), entry.getGrade().getCode(),
                entry.getBasePriceCnyPerTonne(), entry.getValidFrom(), entry.getValidTo());
    }
}
