package steelchain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the database in its modes. A second process is played by a second {@link Database}
 * on the same data folder: it must go through the first one's network server, as a batch run
 * does while the desktop client holds the database.
 */
class DatabaseTest {

    @TempDir
    Path dataFolder;

    private DatabaseSettings settings(String mode) {
        return DatabaseSettings.parse(mode, "embedded", dataFolder, null, null, null, Locale.ENGLISH);
    }

    @Test
    void aSecondProcessSharesTheDataThroughTheServer() throws SQLException {
        try (Database desktop = Database.open(settings("server"), Locale.ENGLISH)) {
            assertTrue(desktop.mode().startsWith("embedded, shared on localhost:"), desktop.mode());
            assertTrue(Files.exists(dataFolder.resolve(Database.SERVER_MARKER)));
            try (Database batch = Database.open(settings("embedded"), Locale.ENGLISH)) {
                assertTrue(batch.dataSource().url().startsWith("jdbc:derby://localhost:"), batch.dataSource().url());
                assertTrue(batch.mode().contains("desktop client's server"), batch.mode());
                execute(batch, "CREATE TABLE SHARED_HEAT (HEAT_NO VARCHAR(12) NOT NULL PRIMARY KEY)");
                execute(batch, "INSERT INTO SHARED_HEAT VALUES ('H2611270001')");
            }
            try (Connection connection = desktop.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT HEAT_NO FROM SHARED_HEAT")) {
                assertTrue(rows.next());
                assertEquals("H2611270001", rows.getString(1));
            }
        }
        assertFalse(Files.exists(dataFolder.resolve(Database.SERVER_MARKER)), "the marker goes with the server");
    }

    @Test
    void aStaleServerMarkerIsIgnored() throws Exception {
        Files.createDirectories(dataFolder);
        Files.writeString(dataFolder.resolve(Database.SERVER_MARKER), "port=1\n");
        try (Database embedded = Database.open(settings("embedded"), Locale.ENGLISH)) {
            assertEquals("embedded", embedded.mode());
            assertTrue(embedded.sizeOnDisk() > 0);
        }
    }

    @Test
    void badSettingsAreExplained() {
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.parse("oracle", "embedded", dataFolder, null, null, null, Locale.ENGLISH));
        assertTrue(mode.getMessage().contains("'oracle'") && mode.getMessage().contains("embedded, server"),
                mode.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.parse("jdbc:mysql://x/y", "embedded", dataFolder, null, null, null, Locale.ENGLISH));
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.parse("server", "embedded", dataFolder, null, null, "70000", Locale.SIMPLIFIED_CHINESE));
        assertEquals("数据库服务器端口“70000”不是有效端口号（1-65535）。", port.getMessage());
        DatabaseSettings postgres = DatabaseSettings.parse("jdbc:postgresql://db.plant.local/steelchain", "embedded",
                dataFolder, "planner", "secret", null, Locale.ENGLISH);
        assertEquals(DatabaseSettings.Mode.JDBC, postgres.mode());
        assertEquals("jdbc:postgresql://db.plant.local/steelchain", postgres.location());
        assertEquals(DatabaseSettings.Mode.SERVER,
                DatabaseSettings.parse(" ", "server", dataFolder, null, null, null, Locale.ENGLISH).mode());
    }

    @Test
    void theCommandLineWinsOverThePreference() throws Exception {
        var preferences = InstanceScope.INSTANCE.getNode("steelchain.persistence");
        String before = System.getProperty(PersistenceManager.DB_PROPERTY);
        try {
            System.clearProperty(PersistenceManager.DB_PROPERTY);
            preferences.put(PersistenceManager.DB_PREFERENCE, "jdbc:postgresql://db.plant.local/steelchain");
            assertEquals("jdbc:postgresql://db.plant.local/steelchain", PersistenceManager.configuredDatabase());
            System.setProperty(PersistenceManager.DB_PROPERTY, "server");
            assertEquals("server", PersistenceManager.configuredDatabase());
        } finally {
            preferences.remove(PersistenceManager.DB_PREFERENCE);
            if (before == null) {
                System.clearProperty(PersistenceManager.DB_PROPERTY);
            } else {
                System.setProperty(PersistenceManager.DB_PROPERTY, before);
            }
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE A (X INTEGER,\nY VARCHAR(3))", "INSERT INTO A VALUES (1, 'a;b')"),
                SchemaMigrator.statements("""
                        -- a comment
                        CREATE TABLE A (X INTEGER,
                          Y VARCHAR(3));

                        INSERT INTO A VALUES (1, 'a;b');
                        """));
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
