package steelchain.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import steelchain.core.data.DatabaseStatus.Snapshot;

class StatusTextTest {

    @Test
    void saysWhichDatabaseIsInUseOrWhyNot() {
        assertEquals("Database: no persistence bundle installed", StatusText.database(null, Locale.ENGLISH));
        Snapshot embedded = new Snapshot("embedded", "/home/planner/steelchain-data/db", true, 3L << 20, "");
        assertEquals("Database: embedded", StatusText.database(embedded, Locale.ENGLISH));
        assertEquals("/home/planner/steelchain-data/db (3 MB)", StatusText.databaseDetails(embedded, Locale.ENGLISH));
        assertEquals("数据库（server）未连接：Connection refused", StatusText.database(
                new Snapshot("server", "jdbc:derby://localhost:1527/db", false, -1, "Connection refused"),
                Locale.SIMPLIFIED_CHINESE));
        assertEquals("用户：planner", StatusText.user("planner", Locale.SIMPLIFIED_CHINESE));
    }
}
