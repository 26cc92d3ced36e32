package steelchain.marketing.sales;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import steelchain.core.data.DataStore;
import steelchain.core.data.OrderChangeGuard;
import steelchain.core.text.Texts;

/**
 * Keeps orders confirmed under a contract out of other modules' editors: once the sales loop
 * has confirmed an order, changing or cancelling it leaves a trace in the loop's history, which
 * a change in master data would bypass. Shipped and cancelled confirmations are final there too.
 */
@Component(service = OrderChangeGuard.class)
public class SalesOrderGuard implements OrderChangeGuard {

    private static final Texts TEXTS = Texts.of(SalesOrderGuard.class);

    /** Not used itself: the guard is active once the persistence unit holds the sales loop's entities. */
    @Reference(target = "(steelchain.owners=" + SalesModel.OWNER + ")")
    private DataStore store;

    @Override
    public Optional<String> refusal(EntityManager em, String orderNumber, Locale locale) {
        List<Object[]> found = em.createQuery("SELECT k.number, c.state FROM OrderConfirmation c "
                + "JOIN c.contract k WHERE c.order.orderNumber = :n", Object[].class).setParameter("n", orderNumber)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String contract = (String) found.get(0)[0];
        OrderConfirmation.State state = (OrderConfirmation.State) found.get(0)[1];
        return Optional.of(state == OrderConfirmation.State.CONFIRMED
                ? TEXTS.get(locale, "guard.confirmed", orderNumber, contract)
                : TEXTS.get(locale, "guard.closed", orderNumber, contract, SalesTexts.stateName(locale, state.name())));
    }
}
