package steelchain.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Reads a bundle's migrations from its {@code db/migration/V<n>__<description>.sql} files. */
public final class Migrations {

    private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private Migrations() {
    }

    /**
     * The migrations in folder {@code db/migration} of the bundle that holds {@code anchor},
     * ordered by version.
     *
     * @throws IllegalStateException when two files carry the same version or a version is missing
     */
    public static List<Migration> of(Class<?> anchor) {
        return of(anchor, "db/migration");
    }

    /**
     * The migrations in {@code folder} of the bundle that holds {@code anchor}, ordered by
     * version: for a bundle that holds several contributions, each with its own owner and folder.
     *
     * @throws IllegalStateException when two files carry the same version or a version is missing
     */
    public static List<Migration> of(Class<?> anchor, String folder) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        Enumeration<URL> entries = bundle.findEntries(folder, "V*__*.sql", false);
        List<Migration> migrations = new ArrayList<>();
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            Matcher matcher = FILE.matcher(file);
            if (matcher.matches()) {
                migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
                        read(entry)));
            }
        }
        migrations.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("Bundle " + bundle.getSymbolicName()
                        + ": migrations must be numbered 1, 2, 3, ... without gaps or repeats; found "
                        + migrations.stream().map(Migration::version).toList());
            }
        }
        return List.copyOf(migrations);
    }

    private static String read(URL entry) {
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration " + entry, e);
        }
    }
}
