package steelchain.marketing.segmentation;

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
import org.osgi.service.component.annotations.Component;

import steelchain.core.data.Migration;
import steelchain.core.data.PersistenceContribution;

/**
 * The segmentation's tables: runs, their segment tables, each customer's segment per run. Its
 * own owner and migration folder ({@value #MIGRATIONS}), apart from the other marketing parts
 * in the same bundle, so that schema versions never collide.
 */
@Component(service = PersistenceContribution.class)
public class SegmentationModel implements PersistenceContribution {

    public static final String OWNER = "steelchain.marketing.segmentation";
    static final String MIGRATIONS = "db/segmentation";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.sql");

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(SegmentRun.class, SegmentSize.class, CustomerSegment.class);
    }

    @Override
    public List<Migration> migrations() {
        Bundle bundle = FrameworkUtil.getBundle(SegmentationModel.class);
        Enumeration<URL> entries = bundle.findEntries(MIGRATIONS, "V*__*.sql", false);
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
                throw new IllegalStateException(MIGRATIONS + ": migrations must be numbered 1, 2, 3, ... found "
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
