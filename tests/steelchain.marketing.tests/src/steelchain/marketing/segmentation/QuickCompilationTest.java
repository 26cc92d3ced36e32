package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

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
}
