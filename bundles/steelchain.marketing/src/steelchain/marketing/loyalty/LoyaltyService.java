package steelchain.marketing.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import steelchain.core.data.DataStore;
import steelchain.core.model.OrderStatus;
import steelchain.marketing.loyalty.LoyaltyRule.Account;
import steelchain.marketing.loyalty.LoyaltyRule.Purchase;

/** {@link Loyalty} computed on request from the order lines; nothing is stored. */
@Component(service = Loyalty.class)
public class LoyaltyService implements Loyalty {

    private static final String DAILY_TONNES = "select c.code, o.orderDate, sum(l.tonnes) from OrderLine l"
            + " join l.order o join o.customer c where o.status <> :cancelled and l.status <> :cancelled"
            + " and o.orderDate <= :asOf";

    @Reference
    private DataStore store;

    @Override
    public Account account(String customerCode, LocalDate asOf) {
        List<Purchase> purchases = store.read(em -> em.createQuery(DAILY_TONNES
                + " and c.code = :code group by c.code, o.orderDate", Object[].class)
                .setParameter("cancelled", OrderStatus.CANCELLED).setParameter("asOf", asOf)
                .setParameter("code", customerCode).getResultStream()
                .map(r -> new Purchase((LocalDate) r[1], (BigDecimal) r[2])).toList());
        return LoyaltyRule.account(purchases, asOf);
    }

    @Override
    public Map<String, Account> accounts(LocalDate asOf) {
        Map<String, List<Purchase>> byCustomer = new TreeMap<>();
        store.read(em -> em.createQuery(DAILY_TONNES + " group by c.code, o.orderDate", Object[].class)
                .setParameter("cancelled", OrderStatus.CANCELLED).setParameter("asOf", asOf).getResultList())
                .forEach(r -> byCustomer.computeIfAbsent((String) r[0], c -> new ArrayList<>())
                        .add(new Purchase((LocalDate) r[1], (BigDecimal) r[2])));
        Map<String, Account> accounts = new TreeMap<>();
        byCustomer.forEach((code, purchases) -> accounts.put(code, LoyaltyRule.account(purchases, asOf)));
        return accounts;
    }
}
