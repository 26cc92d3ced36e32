package steelchain.core.data;

import java.util.List;

/**
 * What a bundle adds to the database, offered as an OSGi service: its entity classes, which
 * join the one persistence unit of the product, and the migrations that create and upgrade
 * its tables. The persistence bundle applies missing migrations on start and rebuilds the
 * unit when contributions come or go.
 */
public interface PersistenceContribution {

    /** Whose schema this is, normally the bundle's symbolic name; versions are counted per owner. */
    String owner();

    /** The JPA entity (and embeddable, mapped superclass) classes of the bundle. */
    List<Class<?>> managedClasses();

    /** The bundle's schema steps, version 1 first; see {@link Migrations#of(Class)}. */
    List<Migration> migrations();
}
