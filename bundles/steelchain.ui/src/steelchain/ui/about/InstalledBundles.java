package steelchain.ui.about;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** The SteelChain bundles installed in the running product, as the About dialog lists them. */
public final class InstalledBundles {

    private InstalledBundles() {
    }

    /**
     * @param name  the bundle's human name ({@code Bundle-Name}, translated)
     * @param state {@code active}, {@code lazy}, {@code resolved}, {@code installed}
     */
    public record Row(String symbolicName, String name, String version, String state) {
    }

    /** Bundles whose symbolic name starts with {@code steelchain.}, sorted by that name. */
    public static List<Row> steelChain(BundleContext context) {
        return Stream.of(context.getBundles()).filter(b -> b.getSymbolicName() != null)
                .filter(b -> b.getSymbolicName().startsWith("steelchain."))
                .map(b -> new Row(b.getSymbolicName(), b.getHeaders().get(Constants.BUNDLE_NAME),
                        b.getVersion().toString(), state(b.getState())))
                .sorted(Comparator.comparing(Row::symbolicName)).toList();
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "active";
            case Bundle.STARTING -> "lazy";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STOPPING -> "stopping";
            default -> "installed";
        };
    }
}
