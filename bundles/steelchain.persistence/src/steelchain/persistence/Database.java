package steelchain.persistence;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.ClientDriver;
import org.apache.derby.jdbc.EmbeddedDriver;

import steelchain.core.text.Texts;

/**
 * The database connection of this process, opened as the settings say. An embedded database
 * that another SteelChain process already serves on localhost (the desktop client in server
 * mode) is reached through that server instead, since Derby lets only one process open it.
 */
final class Database implements AutoCloseable {

    /** Written next to the database while a process serves it; holds the server's port. */
    static final String SERVER_MARKER = "database-server.properties";
    private static final Texts TEXTS = Texts.of(Database.class);

    private final DatabaseSettings settings;
    private final DriverDataSource dataSource;
    private final String mode;
    private final NetworkServerControl server;
    private final Path marker;

    private Database(DatabaseSettings settings, DriverDataSource dataSource, String mode, NetworkServerControl server,
            Path marker) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.mode = mode;
        this.server = server;
        this.marker = marker;
    }

    /**
     * Opens the database and checks that it answers.
     *
     * @throws SQLException with a message that says what to do when it cannot be opened
     */
    static Database open(DatabaseSettings settings, Locale locale) throws SQLException {
        Path folder = settings.embeddedFolder().toAbsolutePath();
        Path marker = folder.resolveSibling(SERVER_MARKER);
        Database database = switch (settings.mode()) {
            case JDBC -> new Database(settings, jdbc(settings, locale), "jdbc", null, null);
            case EMBEDDED -> {
                Integer port = runningServerPort(marker);
                yield port == null
                        ? new Database(settings, embedded(folder), "embedded", null, null)
                        : new Database(settings, client(port, folder), TEXTS.get(locale, "mode.viaServer", Integer.toString(port)), null,
                                null);
            }
            case SERVER -> serving(settings, folder, marker, locale);
        };
        try (Connection connection = database.dataSource.getConnection()) {
            return database;
        } catch (SQLException e) {
            database.close();
            throw explain(e, settings, locale);
        }
    }

    DriverDataSource dataSource() {
        return dataSource;
    }

    /** How the database is reached, for the status line and the health report. */
    String mode() {
        return mode;
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                Files.deleteIfExists(marker);
                server.shutdown();
            } catch (Exception e) {
                // The server dies with the process anyway.
            }
        }
        if (openedHere()) {
            try {
                new EmbeddedDriver().connect("jdbc:derby:" + settings.embeddedFolder().toAbsolutePath() + ";shutdown=true",
                        new Properties());
            } catch (SQLException e) {
                // Derby reports a clean shutdown as an exception (SQLState 08006).
            }
        }
    }

    /** Whether this process opened the Derby files itself (and must shut the database down). */
    private boolean openedHere() {
        return dataSource.url().startsWith("jdbc:derby:") && !dataSource.url().startsWith("jdbc:derby://");
    }

    /** Size of the database files on disk, or -1 when they are on another machine. */
    long sizeOnDisk() {
        Path folder = settings.embeddedFolder();
        if (settings.mode() == DatabaseSettings.Mode.JDBC || !Files.isDirectory(folder)) {
            return -1;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    private static DriverDataSource embedded(Path folder) {
        return new DriverDataSource(new EmbeddedDriver(), "jdbc:derby:" + folder + ";create=true", null, null);
    }

    private static DriverDataSource client(int port, Path folder) {
        return new DriverDataSource(new ClientDriver(), "jdbc:derby://localhost:" + port + "/" + folder, null, null);
    }

    private static DriverDataSource jdbc(DatabaseSettings settings, Locale locale) throws SQLException {
        if (settings.jdbcUrl().startsWith("jdbc:derby://")) {
            return new DriverDataSource(new ClientDriver(), settings.jdbcUrl(), settings.user(), settings.password());
        }
        try {
            return new DriverDataSource(new org.postgresql.Driver(), settings.jdbcUrl(), settings.user(),
                    settings.password());
        } catch (NoClassDefFoundError e) {
            throw new SQLException(TEXTS.get(locale, "open.noPostgresDriver"), e);
        }
    }

    /** Opens the embedded database and serves it on localhost for other SteelChain processes. */
    private static Database serving(DatabaseSettings settings, Path folder, Path marker, Locale locale)
            throws SQLException {
        DriverDataSource embedded = embedded(folder);
        try (Connection connection = embedded.getConnection()) {
            // Opened (and created) here, so that the server finds it.
        } catch (SQLException e) {
            throw explain(e, settings, locale);
        }
        int port = freePort(settings.serverPort());
        try {
            NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
            server.start(new PrintWriter(Writer.nullWriter()));
            waitUntilAnswering(server, locale);
            Files.writeString(marker, "port=" + port + "\n", StandardCharsets.UTF_8);
            return new Database(settings, embedded, TEXTS.get(locale, "mode.serving", Integer.toString(port)), server, marker);
        } catch (Exception e) {
            throw new SQLException(TEXTS.get(locale, "open.serverFailed", Integer.toString(port), e.getMessage()), e);
        }
    }

    private static void waitUntilAnswering(NetworkServerControl server, Locale locale) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                server.ping();
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(50);
            }
        }
        throw last;
    }

    /** The configured port when it is free, otherwise one the system picks. */
    private static int freePort(int wanted) {
        try (ServerSocket socket = new ServerSocket(wanted, 1, InetAddress.getLoopbackAddress())) {
            return wanted;
        } catch (IOException e) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException impossible) {
                return wanted;
            }
        }
    }

    /** The port of a server that serves this database right now, or null. */
    private static Integer runningServerPort(Path marker) {
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        try {
            Properties properties = new Properties();
            properties.load(Files.newBufferedReader(marker, StandardCharsets.UTF_8));
            int port = Integer.parseInt(properties.getProperty("port", "").trim());
            new NetworkServerControl(InetAddress.getLoopbackAddress(), port).ping();
            return port;
        } catch (Exception e) {
            // A marker left by a process that died: the database is free to open.
            return null;
        }
    }

    private static SQLException explain(SQLException e, DatabaseSettings settings, Locale locale) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "XSDB6".equals(sql.getSQLState())) {
                return new SQLException(TEXTS.get(locale, "open.inUse", settings.location()), sql.getSQLState(), e);
            }
        }
        return new SQLException(TEXTS.get(locale, "open.failed", settings.location(), rootMessage(e)), e.getSQLState(),
                e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
