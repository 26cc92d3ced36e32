package steelchain.masterdata.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** The customers and steel grades an orders file may refer to, by code, with their database ids. */
public final class References {

    private final Map<String, Long> customerIds;
    private final Map<String, Long> gradeIds;

    public References(Map<String, Long> customerIds, Map<String, Long> gradeIds) {
        this.customerIds = Map.copyOf(customerIds);
        this.gradeIds = Map.copyOf(gradeIds);
    }

    /** The codes and ids of every customer and grade in the database: a few thousand, not millions. */
    public static References load(EntityManager em) {
        return new References(codesToIds(em, "SELECT c.code, c.id FROM Customer c"),
                codesToIds(em, "SELECT g.code, g.id FROM SteelGrade g"));
    }

    /** The customer's id, or null when there is no customer with that code. */
    public Long customerId(String code) {
        return customerIds.get(code);
    }

    /** The grade's id, or null when there is no grade with that code. */
    public Long gradeId(String code) {
        return gradeIds.get(code);
    }

    private static Map<String, Long> codesToIds(EntityManager em, String query) {
        List<Object[]> rows = em.createQuery(query, Object[].class).getResultList();
        Map<String, Long> ids = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            ids.put((String) row[0], (Long) row[1]);
        }
        return ids;
    }
}
