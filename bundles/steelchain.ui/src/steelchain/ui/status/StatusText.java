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
        return TEXTS.get(locale, "status.database", snapshot.mode(), snapshot.location());
    }

    public static String user(String name, Locale locale) {
        return TEXTS.get(locale, "status.user", name);
    }

    public static String dataFolder(String folder, Locale locale) {
        return TEXTS.get(locale, "status.data", folder);
    }
}
