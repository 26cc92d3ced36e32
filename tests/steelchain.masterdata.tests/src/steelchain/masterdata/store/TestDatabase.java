package steelchain.masterdata.store;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.FrameworkUtil;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import steelchain.core.data.DataStore;
import steelchain.core.data.Migration;
import steelchain.core.model.CoreModel;

/**
 * A real {@link DataStore} for the tests until the product's persistence bundle exists: an
 * in-memory Derby database with the core model's schema (its migrations, as the product runs
 * them) and an EclipseLink persistence unit of the core model's classes, with JDBC batch
 * writing. Each instance is a fresh, empty database. EclipseLink imports its ASM and JPQL
 * bundles only optionally; the fragment requires them so that the test runtime has them.
 */
public final class TestDatabase implements DataStore, AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    /**
     * EclipseLink loads both its own classes (IndirectList, ...) and the entities through the
     * unit's class loader; in OSGi no single bundle sees both, so this one asks EclipseLink's
     * bundle first and the model's (through this fragment's host) after.
     */
    private static final ClassLoader UNIT_CLASS_LOADER = new ClassLoader(PersistenceProvider.class.getClassLoader()) {
        private final ClassLoader model = TestDatabase.class.getClassLoader();

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            return model.loadClass(name);
        }

        @Override
        protected URL findResource(String name) {
            return model.getResource(name);
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            return model.getResources(name);
        }
    };

    private final String name = "memory:masterdata-test-" + DATABASES.incrementAndGet();
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final EntityManagerFactory factory;

    public TestDatabase() {
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Migration migration : new CoreModel().migrations()) {
                for (String sql : migration.sql().split(";\\s*(\\r?\\n|$)")) {
                    String withoutComments = sql.replaceAll("(?m)^\\s*--.*$", "").strip();
                    if (!withoutComments.isEmpty()) {
                        statement.execute(withoutComments);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database", e);
        }
        factory = new PersistenceProvider().createContainerEntityManagerFactory(new UnitInfo(name, dataSource),
                Map.of("eclipselink.target-database", "Derby", "eclipselink.weaving", "false",
                        "eclipselink.jdbc.batch-writing", "JDBC", "eclipselink.logging.level", "WARNING"));
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** The first column of the first row of {@code sql}, straight from the database. */
    public long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String table) {
        return queryLong("SELECT COUNT(*) FROM " + table);
    }

    @Override
    public void close() {
        factory.close();
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try {
            drop.getConnection().close();
        } catch (SQLException e) {
            // Derby reports a dropped database with an exception: that is the expected outcome.
        }
    }

    private static final class UnitInfo implements PersistenceUnitInfo {

        private final String name;
        private final DataSource dataSource;

        UnitInfo(String name, DataSource dataSource) {
            this.name = name;
            this.dataSource = dataSource;
        }

        /** One per database: EclipseLink shares the session of units with the same name. */
        @Override
        public String getPersistenceUnitName() {
            return name;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return FrameworkUtil.getBundle(TestDatabase.class).getEntry("/");
        }

        @Override
        public List<String> getManagedClassNames() {
            return new CoreModel().managedClasses().stream().map(Class::getName).toList();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return UNIT_CLASS_LOADER;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // Weaving is off: entities are used as compiled.
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return UNIT_CLASS_LOADER;
        }
    }
}
