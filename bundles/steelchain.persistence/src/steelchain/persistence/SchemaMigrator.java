package steelchain.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import steelchain.core.data.Migration;
import steelchain.core.text.Texts;

/**
 * Brings each contributing bundle's tables to the newest schema version it knows. The versions
 * applied are recorded per owner in {@value #HISTORY}; each migration runs in its own
 * transaction together with its history row, so a failed step leaves the previous version intact.
 */
final class SchemaMigrator {

    static final String HISTORY = "SC_SCHEMA_HISTORY";
    private static final Texts TEXTS = Texts.of(SchemaMigrator.class);

    private final DataSource dataSource;
    private final Clock clock;

    SchemaMigrator(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Applies the migrations of {@code owner} that the database has not seen yet.
     *
     * @return the versions applied now, in order
     * @throws SQLException naming owner, version and statement when a step fails, or when the
     *                      database is newer than the bundle
     */
    List<Integer> migrate(String owner, List<Migration> migrations) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            createHistoryIfMissing(connection);
            int current = currentVersion(connection, owner);
            int newest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
            if (current > newest) {
                throw new SQLException(TEXTS.get(Locale.getDefault(), "migration.databaseNewer", owner, current, newest));
            }
            List<Integer> applied = new ArrayList<>();
            for (Migration migration : migrations) {
                if (migration.version() > current) {
                    apply(connection, owner, migration);
                    applied.add(migration.version());
                }
            }
            return applied;
        }
    }

    /** The schema version of {@code owner} in the database; 0 when it has none. */
    int currentVersion(String owner) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return tableExists(connection, HISTORY) ? currentVersion(connection, owner) : 0;
        }
    }

    private void apply(Connection connection, String owner, Migration migration) throws SQLException {
        String current = null;
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(migration.sql())) {
                current = sql;
                statement.execute(sql);
            }
            try (PreparedStatement history = connection.prepareStatement(
                    "INSERT INTO " + HISTORY + " (OWNER, VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                history.setString(1, owner);
                history.setInt(2, migration.version());
                history.setString(3, migration.description());
                history.setTimestamp(4, Timestamp.from(clock.instant()));
                history.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException(TEXTS.get(Locale.getDefault(), "migration.failed", owner, migration.version(),
                    migration.description(), e.getMessage(), current), e.getSQLState(), e);
        }
    }

    /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static void createHistoryIfMissing(Connection connection) throws SQLException {
        if (tableExists(connection, HISTORY)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY + " (OWNER VARCHAR(100) NOT NULL, VERSION INTEGER NOT NULL, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, "
                    + "CONSTRAINT PK_SC_SCHEMA_HISTORY PRIMARY KEY (OWNER, VERSION))");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            // Another process may have created it at the same moment.
            if (!tableExists(connection, HISTORY)) {
                throw e;
            }
        }
    }

    private static int currentVersion(Connection connection, String owner) throws SQLException {
        try (PreparedStatement query = connection
                .prepareStatement("SELECT MAX(VERSION) FROM " + HISTORY + " WHERE OWNER = ?")) {
            query.setString(1, owner);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } finally {
            connection.commit();
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        // Derby keeps unquoted names in upper case, PostgreSQL in lower case.
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, null, name, new String[] { "TABLE" })) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
