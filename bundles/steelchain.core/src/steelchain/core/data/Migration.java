package steelchain.core.data;

import java.util.Objects;

/**
 * One step of a bundle's database schema: version {@code n} of the bundle's tables, reached by
 * running {@code sql} on version {@code n - 1}. Statements are separated by semicolons at the
 * end of a line; the SQL must run on Apache Derby and PostgreSQL.
 */
public record Migration(int version, String description, String sql) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("Schema versions start at 1, not " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
    }
}
