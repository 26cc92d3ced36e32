package steelchain.core.data;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * The product's database as modules use it, offered as an OSGi service once the persistence
 * unit is built. Each user action and each batch step is one call: one transaction, committed
 * when the work returns and rolled back when it throws, so nothing half-written stays.
 */
public interface DataStore {

    /** Runs {@code work} in a new transaction and returns its result. */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** Runs {@code work} in a new transaction. */
    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs read-only {@code work}; nothing it changes is written. */
    <T> T read(Function<EntityManager, T> work);
}
