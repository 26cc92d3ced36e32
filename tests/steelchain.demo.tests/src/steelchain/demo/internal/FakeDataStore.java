package steelchain.demo.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import steelchain.core.data.DataStore;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.Contact;
import steelchain.core.model.Customer;
import steelchain.core.model.OrderLine;
import steelchain.core.model.SalesOrder;

/**
 * The product's database as far as the demo job uses it, in memory: rows per entity class,
 * transactions that commit or leave no trace, and the few JPA calls the job makes. Any other
 * call fails the test, so a new use of the entity manager is noticed. Can be told to fail a
 * given transaction.
 */
final class FakeDataStore implements DataStore {

    private static final Field ID;

    static {
        try {
            ID = BaseEntity.class.getDeclaredField("id");
            ID.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<Class<?>, Map<Long, BaseEntity>> rows = new HashMap<>();
    /** Orders merged by each transaction that merged any. */
    final List<Integer> ordersPerTransaction = new ArrayList<>();
    int transactions;
    int failingTransaction = -1;
    private long nextId = 1;

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        transactions++;
        if (transactions == failingTransaction) {
            throw new IllegalStateException("disk full");
        }
        Transaction transaction = new Transaction();
        T result = work.apply(transaction.entityManager());
        transaction.commit();
        return result;
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return work.apply(new Transaction().entityManager());
    }

    /** Puts an entity in as if an earlier session had stored it. */
    void store(BaseEntity entity) {
        Transaction transaction = new Transaction();
        transaction.insert(entity);
        transaction.commit();
    }

    long count(Class<?> type) {
        return rows.getOrDefault(type, Map.of()).size();
    }

    long totalRows() {
        return rows.values().stream().mapToLong(Map::size).sum();
    }

    /** Changes staged until the work returns. */
    private final class Transaction {

        private final Map<Class<?>, Map<Long, BaseEntity>> inserted = new HashMap<>();
        private final Set<BaseEntity> deleted = new HashSet<>();
        private int mergedOrders;

        EntityManager entityManager() {
            InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
                case "persist" -> {
                    insert((BaseEntity) args[0]);
                    yield null;
                }
                case "merge" -> {
                    mergedOrders += args[0] instanceof SalesOrder ? 1 : 0;
                    insert((BaseEntity) args[0]);
                    yield args[0];
                }
                case "find" -> visible((Class<?>) args[0]).get((Long) args[1]);
                case "remove" -> {
                    deleted.add((BaseEntity) args[0]);
                    yield null;
                }
                case "createQuery" -> args.length == 2 ? countQuery((String) args[0]) : bulkDelete((String) args[0]);
                default -> throw new UnsupportedOperationException("The fake data store has no " + method);
            };
            return proxy(EntityManager.class, handler);
        }

        void insert(BaseEntity entity) {
            try {
                if (ID.get(entity) == null) {
                    ID.set(entity, nextId++);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            inserted.computeIfAbsent(entity.getClass(), c -> new LinkedHashMap<>()).put(entity.getId(), entity);
            // Cascades of the shared model: contacts with their customer, lines with their order.
            if (entity instanceof Customer customer) {
                customer.getContacts().forEach(this::insert);
            }
            if (entity instanceof SalesOrder order) {
                order.getLines().forEach(this::insert);
            }
        }

        void commit() {
            for (BaseEntity entity : deleted) {
                rows.getOrDefault(entity.getClass(), new HashMap<>()).remove(entity.getId());
            }
            inserted.forEach((type, entities) -> rows.computeIfAbsent(type, t -> new LinkedHashMap<>()).putAll(entities));
            if (mergedOrders > 0) {
                ordersPerTransaction.add(mergedOrders);
            }
        }

        private Map<Long, BaseEntity> visible(Class<?> type) {
            Map<Long, BaseEntity> visible = new HashMap<>(rows.getOrDefault(type, Map.of()));
            visible.putAll(inserted.getOrDefault(type, Map.of()));
            deleted.forEach(entity -> visible.remove(entity.getId()));
            return visible;
        }

        private TypedQuery<?> countQuery(String jpql) {
            String entityName = jpql.replaceFirst(".* FROM (\\w+) .*", "$1");
            long count = rows.entrySet().stream().filter(e -> e.getKey().getSimpleName().equals(entityName))
                    .mapToLong(e -> e.getValue().size()).sum();
            return proxy(TypedQuery.class, (proxy, method, args) -> {
                if (method.getName().equals("getSingleResult")) {
                    return count;
                }
                throw new UnsupportedOperationException("The fake count query has no " + method);
            });
        }

        /** The job's bulk deletes: all of them select by customer ids. */
        private Query bulkDelete(String jpql) {
            String entityName = jpql.replaceFirst("DELETE FROM (\\w+) .*", "$1");
            Map<String, Object> parameters = new HashMap<>();
            return proxy(Query.class, (proxy, method, args) -> switch (method.getName()) {
                case "setParameter" -> {
                    parameters.put((String) args[0], args[1]);
                    yield proxy;
                }
                case "executeUpdate" -> {
                    Collection<?> customers = (Collection<?>) parameters.get("customers");
                    Predicate<BaseEntity> matches = switch (entityName) {
                        case "OrderLine" -> e -> customers.contains(((OrderLine) e).getOrder().getCustomer().getId());
                        case "SalesOrder" -> e -> customers.contains(((SalesOrder) e).getCustomer().getId());
                        case "Contact" -> e -> customers.contains(((Contact) e).getCustomer().getId());
                        case "Customer" -> e -> customers.contains(e.getId());
                        default -> throw new UnsupportedOperationException("The fake store cannot delete " + jpql);
                    };
                    List<BaseEntity> doomed = rows.entrySet().stream()
                            .filter(e -> e.getKey().getSimpleName().equals(entityName))
                            .flatMap(e -> e.getValue().values().stream()).filter(matches).toList();
                    deleted.addAll(doomed);
                    yield doomed.size();
                }
                default -> throw new UnsupportedOperationException("The fake delete query has no " + method);
            });
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
    }
}
