package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The compiler directive reaches the JVM the tests run in (HotSpot), and only once. */
class QuickCompilationTest {

    @Test
    void theSegmentationIsLeftToC1Once() throws Exception {
        QuickCompilation.request();
        QuickCompilation.request();
        String directives = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] { new String[0] }, new String[] { String[].class.getName() });
        assertTrue(directives.contains("steelchain/marketing/segmentation/*.*"), directives);
        assertEquals(directives.indexOf("steelchain/marketing/segmentation"),
                directives.lastIndexOf("steelchain/marketing/segmentation"), "added once: " + directives);
    }

    @Test
    void theDirectiveFileIsKeptInTheBundleDataAreaAndRepairedWhenItDiffers() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(QuickCompilation.class);
        Path file = QuickCompilation.keptFile(bundle);
        assertEquals(bundle.getDataFile(QuickCompilation.FILE_NAME).toPath(), file);
        assertEquals(QuickCompilation.DIRECTIVE, Files.readString(file, StandardCharsets.US_ASCII));

        Files.writeString(file, "[ { match: [\"steel", StandardCharsets.US_ASCII);
        assertEquals(file, QuickCompilation.keptFile(bundle));
        assertEquals(QuickCompilation.DIRECTIVE, Files.readString(file, StandardCharsets.US_ASCII));
        try (var left = Files.list(file.getParent())) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".new")).count(),
                    "no partly written file is left");
        }
    }
}
