package steelchain.core.data;

import java.util.Locale;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * A module's veto on changing a sales order outside of it. A module that takes an order over
 * (the sales loop confirms it under a contract and keeps a trace of every later change)
 * registers a guard as an OSGi service; editors of shared orders, such as the master-data
 * order editor, ask every registered guard before letting a user change an order and open it
 * read-only when one refuses, and ask again when saving, as a module may have taken the order
 * over meanwhile.
 */
public interface OrderChangeGuard {

    /**
     * Why the order must not be changed outside the guarding module, in the user's words, e.g.
     * "Order SO-… is confirmed under contract HT-…; change it in the Sales pipeline, which keeps
     * the trace."; empty when the guard has nothing against a change. Reads the database through
     * the caller's transaction, so that an import can ask about the orders it is changing: call
     * it when an editor opens the order and when it saves, not on every keystroke.
     *
     * @param em          the caller's entity manager, of the product's one persistence unit
     * @param orderNumber the order's business key
     * @param locale      the language of the answer
     */
    Optional<String> refusal(EntityManager em, String orderNumber, Locale locale);
}
