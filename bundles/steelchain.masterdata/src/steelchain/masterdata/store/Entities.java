package steelchain.masterdata.store;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/** Finding master-data entities by the business key users know. */
public final class Entities {

    private Entities() {
    }

    /**
     * The {@code type} entity whose {@code code} is {@code code}, or null. One lookup on the
     * unique index per code: Derby plans a list of codes ({@code IN (...)}) as a scan once the
     * statement was compiled on a small table, which makes big files quadratic. No flush first:
     * a code appears once per file, so nothing pending can match.
     */
    public static <T> T byCode(EntityManager em, Class<T> type, String code) {
        List<T> found = em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code", type)
                .setParameter("code", code).setFlushMode(FlushModeType.COMMIT).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
