package steelchain.ui.status;

import java.util.Locale;

import steelchain.core.data.DatabaseStatus;
import steelchain.core.text.Texts;

/** The words of the status line, kept apart from the widgets so that they can be tested. */
public final class StatusText {

    private static final Texts TEXTS = Texts.of(StatusText.class);

    private StatusText() {
    }

    /** The database part: which database is in use and whether it answers. */
    public static String database(DatabaseStatus.Snapshot snapshot, Locale locale) {
        if (snapshot == null) {
            return TEXTS.get(locale, "status.database.none");
        }
        if (!snapshot.connected()) {
            return TEXTS.get(locale, "status.database.down", snapshot.mode(), snapshot.problem());
        }
        return TEXTS.get(locale, "status.database", snapshot.mode());
    }

    /** Details for the tooltip: where the database is and how big. */
    public static String databaseDetails(DatabaseStatus.Snapshot snapshot, Locale locale) {
        if (snapshot == null) {
            return "";
        }
        return TEXTS.get(locale, "status.database.details", snapshot.location(),
                snapshot.sizeBytes() < 0 ? "-" : Long.toString(snapshot.sizeBytes() / (1024 * 1024)));
    }

    public static String user(String name, Locale locale) {
        return TEXTS.get(locale, "status.user", name);
    }

    public static String dataFolder(String folder, Locale locale) {
        return TEXTS.get(locale, "status.data", folder);
    }
}
