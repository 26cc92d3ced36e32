package steelchain.persistence;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManagerFactory;
import steelchain.core.data.DataStore;
import steelchain.core.data.DatabaseStatus;
import steelchain.core.data.PersistenceContribution;

/**
 * Owns the product's database: opens it as configured, applies every contributor's migrations,
 * builds the one persistence unit from all contributed entity classes and offers it as a
 * {@link DataStore} (and {@link EntityManagerFactory}) service. When a contribution comes or
 * goes, the unit is rebuilt and the services registered anew.
 * <p>
 * The DataStore service carries the property {@value #OWNERS}: the owners whose entities it
 * maps, so that a module can wait for a store that knows its own entities
 * ({@code @Reference(target = "(steelchain.owners=steelchain.marketing)")}).
 */
@Component(service = DatabaseStatus.class, immediate = true)
public class PersistenceManager implements DatabaseStatus {

    /** Service property of the DataStore: owners of the mapped entities. */
    public static final String OWNERS = "steelchain.owners";
    /** Configuration: {@code embedded}, {@code server} or a JDBC URL (see {@link DatabaseSettings}). */
    static final String DB_PROPERTY = "steelchain.db";
    /** The same setting as a preference of this bundle in the user's data folder. */
    static final String DB_PREFERENCE = "database";

    private final List<PersistenceContribution> contributions = new CopyOnWriteArrayList<>();
    private BundleContext context;
    private Database database;
    private static final String CORE_OWNER = "steelchain.core";

    /** Why the database could not be opened; null when it is open. */
    private volatile SQLException failure;
    /** Contributions whose migrations failed, and why; they are left out of the unit. */
    private volatile List<String> schemaProblems = List.of();
    private EntityManagerFactory factory;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(PersistenceContribution contribution) {
        contributions.add(contribution);
        rebuild();
    }

    void removeContribution(PersistenceContribution contribution) {
        contributions.remove(contribution);
        rebuild();
    }

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
        Path dataFolder = Path.of(Platform.getInstanceLocation().getURL().getPath());
        // Derby writes its log next to the platform log instead of the working directory.
        Path metadata = dataFolder.resolve(".metadata");
        try {
            Files.createDirectories(metadata);
        } catch (IOException e) {
            ILog.of(PersistenceManager.class).warn("Cannot create " + metadata, e);
        }
        System.setProperty("derby.stream.error.file", metadata.resolve("derby.log").toString());
        Locale locale = Locale.getDefault();
        try {
            DatabaseSettings settings = DatabaseSettings.parse(configuredDatabase(),
                    System.getProperty(DB_PROPERTY + ".default", "embedded"), dataFolder,
                    System.getProperty(DB_PROPERTY + ".user"), System.getProperty(DB_PROPERTY + ".password"),
                    System.getProperty(DB_PROPERTY + ".port"), locale);
            synchronized (this) {
                database = Database.open(settings, locale);
            }
        } catch (SQLException e) {
            failure = e;
            ILog.of(PersistenceManager.class).error(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            failure = new SQLException(e.getMessage(), e);
            ILog.of(PersistenceManager.class).error(e.getMessage(), e);
        }
        rebuild();
    }

    /**
     * The database asked for: the command line or environment ({@code --db}, {@code STEELCHAIN_DB},
     * passed as system property {@value #DB_PROPERTY}) wins over the user's preference
     * {@value #DB_PREFERENCE} of this bundle; null when neither says.
     */
    static String configuredDatabase() {
        String fromCommandLine = System.getProperty(DB_PROPERTY);
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            return fromCommandLine;
        }
        return InstanceScope.INSTANCE.getNode(FrameworkUtil.getBundle(PersistenceManager.class).getSymbolicName())
                .get(DB_PREFERENCE, null);
    }

    @Deactivate
    synchronized void deactivate() {
        unpublish();
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The open database, for tests; null when it could not be opened. */
    synchronized Database database() {
        return database;
    }

    @Override
    public Snapshot snapshot() {
        Database current;
        synchronized (this) {
            current = database;
        }
        if (current == null) {
            String problem = failure == null ? "not open" : failure.getMessage();
            return new Snapshot("-", "-", false, -1, problem);
        }
        String location = current.settings().location();
        try (Connection connection = current.dataSource().getConnection()) {
            boolean valid = connection.isValid(5);
            String problem = !valid ? "no answer" : String.join("; ", schemaProblems);
            return new Snapshot(current.mode(), location, valid, current.sizeOnDisk(), problem);
        } catch (SQLException e) {
            return new Snapshot(current.mode(), location, false, -1, e.getMessage());
        }
    }

    /** Migrates and (re)builds the unit for the current contributions, then publishes it. */
    private synchronized void rebuild() {
        if (context == null || database == null) {
            return;
        }
        unpublish();
        List<PersistenceContribution> current = new ArrayList<>(contributions);
        if (current.isEmpty()) {
            return;
        }
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource(), Clock.systemUTC());
        List<String> classNames = new ArrayList<>();
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        List<String> owners = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // The core model first: other modules' tables refer to its tables.
        current.sort(Comparator.comparing((PersistenceContribution c) -> !c.owner().equals(CORE_OWNER))
                .thenComparing(PersistenceContribution::owner));
        for (PersistenceContribution contribution : current) {
            try {
                migrator.migrate(contribution.owner(), contribution.migrations());
            } catch (SQLException | RuntimeException e) {
                // One module's broken schema must not take the others' data away: leave it out.
                ILog.of(PersistenceManager.class).error(e.getMessage(), e);
                problems.add(e.getMessage());
                continue;
            }
            owners.add(contribution.owner());
            for (Class<?> type : contribution.managedClasses()) {
                classNames.add(type.getName());
                loaders.add(FrameworkUtil.getBundle(type).adapt(BundleWiring.class).getClassLoader());
            }
        }
        schemaProblems = List.copyOf(problems);
        if (!owners.contains(CORE_OWNER)) {
            return;
        }
        ClassLoader loader = new ContributionClassLoader(PersistenceProvider.class.getClassLoader(), loaders);
        URL root = context.getBundle().getEntry("/");
        factory = new PersistenceProvider().createContainerEntityManagerFactory(
                new UnitInfo(classNames, loader, database.dataSource(), root), unitProperties(loader));
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(OWNERS, owners.toArray(new String[0]));
        registrations.add(context.registerService(EntityManagerFactory.class, factory, properties));
        registrations.add(context.registerService(DataStore.class, new JpaDataStore(factory), properties));
    }

    private static Map<String, Object> unitProperties(ClassLoader loader) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.classloader", loader);
        // No agent and no build-time weaving: entities are used as compiled.
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.ddl-generation", "none");
        properties.put("eclipselink.jdbc.batch-writing", "JDBC");
        properties.put("eclipselink.jdbc.batch-writing.size", "1000");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.logging.logger", "JavaLogger");
        return properties;
    }

    private void unpublish() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }
}
