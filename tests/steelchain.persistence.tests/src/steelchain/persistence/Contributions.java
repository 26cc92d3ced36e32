package steelchain.persistence;

import java.util.List;

import steelchain.core.data.Migration;
import steelchain.core.data.PersistenceContribution;

/** Persistence contributions that tests register as if other bundles offered them. */
final class Contributions {

    private Contributions() {
    }

    static PersistenceContribution of(String owner, List<Class<?>> classes, Migration... migrations) {
        return new PersistenceContribution() {
            @Override
            public String owner() {
                return owner;
            }

            @Override
            public List<Class<?>> managedClasses() {
                return classes;
            }

            @Override
            public List<Migration> migrations() {
                return List.of(migrations);
            }
        };
    }
}
