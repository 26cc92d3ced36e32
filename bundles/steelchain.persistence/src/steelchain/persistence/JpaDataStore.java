package steelchain.persistence;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import steelchain.core.data.DataStore;

/** {@link DataStore} on a JPA factory: one EntityManager and one transaction per call. */
final class JpaDataStore implements DataStore {

    private final EntityManagerFactory factory;

    JpaDataStore(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return transaction(work, true);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(Function<EntityManager, T> work, boolean commit) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            if (commit) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }
}
