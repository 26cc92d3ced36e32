package steelchain.marketing.insight;

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

import steelchain.core.data.Migration;

/**
 * Reads migrations {@code V<n>__<description>.sql} from a folder of this bundle other than
 * {@code db/migration}: several contributions of the marketing bundle (forecast, pricing, ...)
 * count their schema versions apart, each from its own folder, as {@code Migrations.of} does for
 * the default folder.
 */
public final class MigrationFolder {

    private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.sql");

    private MigrationFolder() {
    }

    /** The migrations in {@code folder} of the bundle holding {@code anchor}, version 1 first, without gaps. */
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
                throw new IllegalStateException("Bundle " + bundle.getSymbolicName() + ", folder " + folder
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
