package steelchain.marketing.segmentation;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.management.JMException;
import javax.management.ObjectName;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Asks the JVM, once, to compile the segmentation's classes with C1 alone: a HotSpot compiler
 * directive (JEP 165) added through the platform's DiagnosticCommand MBean, as
 * {@code jcmd <pid> Compiler.directives_add} would add it.
 * <p>
 * Why: a segmentation of a million orders computes for a fraction of a second. C2's compiling of
 * its loops does not pay back in that time: on a machine of few cores the compilations take a
 * core from the worker threads, and until they are done the loops run in C1's profiling code,
 * which is several times slower than C1's plain code. With the directive, read + aggregate +
 * cluster take about 30% less in a freshly started tiered JVM (docs/benchmarks.md). The rest of
 * the JVM (Derby, EclipseLink, the desktop client) keeps C2. Batch runs on an order file go
 * further: they run on C1 alone (the job's JVM options, {@code batch-jvm/segment-customers.options}
 * in the product), where the directive changes nothing; it serves the runs in a tiered JVM: the
 * desktop client's, and batch runs on the database, whose reading through Derby does better with
 * C2. Where the JVM has no such command (not HotSpot, no management), nothing changes.
 */
public final class QuickCompilation {

    /** Every class of the segmentation and its job; C1 still compiles them. */
    static final String DIRECTIVE = "[ { match: [\"steelchain/marketing/segmentation/*.*\"], c2: { Exclude: true } } ]";
    static final String FILE_NAME = "compiler-directive.json";

    private static final System.Logger LOG = System.getLogger(QuickCompilation.class.getName());
    private static final AtomicBoolean REQUESTED = new AtomicBoolean();

    private QuickCompilation() {
    }

    /**
     * Adds the directive, the first time only. Call it before the segmentation's loops run: a
     * method C2 has already compiled keeps its code. Takes a few milliseconds where the platform
     * MBean server is up (Derby starts it); a little more where this starts it.
     */
    public static void request() {
        if (!REQUESTED.compareAndSet(false, true)) {
            return;
        }
        try {
            Path kept = keptFileIfAny();
            if (kept != null) {
                add(kept);
                return;
            }
            Path file = Files.createTempFile("steelchain-compiler-directive", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.US_ASCII);
                add(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            LOG.log(Level.DEBUG, "The JVM takes no compiler directive; the segmentation keeps C2", e);
        }
    }

    /** The kept directive file; {@code null} outside OSGi or where the bundle's data area takes no file. */
    private static Path keptFileIfAny() {
        try {
            return keptFile(FrameworkUtil.getBundle(QuickCompilation.class));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "The bundle's data area takes no directive file; a temporary one instead", e);
            return null;
        }
    }

    private static void add(Path file) throws JMException {
        Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                new Object[] { new String[] { file.toString() } }, new String[] { String[].class.getName() });
        LOG.log(Level.DEBUG, "Segmentation compiled by C1 alone: {0}", answer);
    }

    /**
     * The directive in the bundle's data area, written there when missing or not the same (by a
     * move, so that another JVM never reads half of it); {@code null} outside OSGi. Kept rather
     * than temporary because naming a temporary file seeds a SecureRandom, milliseconds in a
     * freshly started JVM.
     */
    static Path keptFile(Bundle bundle) throws IOException {
        File data = bundle == null ? null : bundle.getDataFile(FILE_NAME);
        if (data == null) {
            return null;
        }
        Path file = data.toPath();
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.US_ASCII).equals(DIRECTIVE)) {
            return file;
        }
        Path written = Files.createTempFile(file.getParent(), FILE_NAME, ".new");
        try {
            Files.writeString(written, DIRECTIVE, StandardCharsets.US_ASCII);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
        return file;
    }
}
