package steelchain.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import steelchain.core.text.Texts;

/**
 * Which database the product uses, from the setting {@code steelchain.db}:
 * <ul>
 * <li>{@code embedded}: Derby in the user's data folder, opened by this process;</li>
 * <li>{@code server}: the same, and a Derby network server on localhost so that batch runs can
 * work on the data while the desktop client is open;</li>
 * <li>a JDBC URL ({@code jdbc:postgresql://host/db}, {@code jdbc:derby://host:port/db}): a shared
 * database server; user and password from {@code steelchain.db.user} / {@code steelchain.db.password}.</li>
 * </ul>
 */
public record DatabaseSettings(Mode mode, Path embeddedFolder, String jdbcUrl, String user, String password,
        int serverPort) {

    /** How the database is reached. */
    public enum Mode {
        EMBEDDED, SERVER, JDBC
    }

    /** The folder under the data folder that holds the embedded database. */
    public static final String EMBEDDED_FOLDER = "database";
    /** Port of the network server when none is configured; Derby's registered port. */
    public static final int DEFAULT_PORT = 1527;

    private static final Texts TEXTS = Texts.of(DatabaseSettings.class);

    public DatabaseSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(embeddedFolder, "embeddedFolder");
    }

    /**
     * Reads the setting.
     *
     * @param value      {@code embedded}, {@code server} or a JDBC URL; blank means {@code fallback}
     * @param fallback   the mode when nothing is configured
     * @param dataFolder the user's data folder
     * @param port       the network server's port, blank for {@value #DEFAULT_PORT}
     * @throws IllegalArgumentException naming the bad value and what is valid
     */
    public static DatabaseSettings parse(String value, String fallback, Path dataFolder, String user, String password,
            String port, Locale locale) {
        String chosen = value == null || value.isBlank() ? fallback : value.trim();
        Path folder = dataFolder.resolve(EMBEDDED_FOLDER);
        int serverPort = parsePort(port, locale);
        if (chosen.startsWith("jdbc:")) {
            if (!chosen.startsWith("jdbc:postgresql:") && !chosen.startsWith("jdbc:derby://")) {
                throw new IllegalArgumentException(TEXTS.get(locale, "settings.unsupportedUrl", chosen));
            }
            return new DatabaseSettings(Mode.JDBC, folder, chosen, blankToNull(user), blankToNull(password), serverPort);
        }
        return switch (chosen.toLowerCase(Locale.ROOT)) {
            case "embedded" -> new DatabaseSettings(Mode.EMBEDDED, folder, null, null, null, serverPort);
            case "server" -> new DatabaseSettings(Mode.SERVER, folder, null, null, null, serverPort);
            default -> throw new IllegalArgumentException(TEXTS.get(locale, "settings.badMode", chosen));
        };
    }

    /** Where the database is, for people: a folder, or the URL (which carries no password). */
    public String location() {
        return mode == Mode.JDBC ? jdbcUrl : embeddedFolder.toString();
    }

    private static int parsePort(String port, Locale locale) {
        if (port == null || port.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int value = Integer.parseInt(port.trim());
            if (value >= 1 && value <= 65535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(TEXTS.get(locale, "settings.badPort", port));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
