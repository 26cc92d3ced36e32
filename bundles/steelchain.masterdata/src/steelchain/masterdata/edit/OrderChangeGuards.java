package steelchain.masterdata.edit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import steelchain.core.data.OrderChangeGuard;

/**
 * Every {@link OrderChangeGuard} installed right now, asked as one: the first refusal wins.
 * Guards come and go with their bundles; the order editor asks this service when it opens an
 * order. It is not itself offered as an {@link OrderChangeGuard}, so it never asks itself.
 */
@Component(service = OrderChangeGuards.class)
public final class OrderChangeGuards implements OrderChangeGuard {

    private final List<OrderChangeGuard> guards = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addGuard(OrderChangeGuard guard) {
        guards.add(guard);
    }

    void removeGuard(OrderChangeGuard guard) {
        guards.remove(guard);
    }

    @Override
    public Optional<String> refusal(EntityManager em, String orderNumber, Locale locale) {
        for (OrderChangeGuard guard : guards) {
            Optional<String> refusal = guard.refusal(em, orderNumber, locale);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
