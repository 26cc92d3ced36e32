package steelchain.core.module;

import java.util.Locale;

/**
 * Describes one installed business module. Each module registers one as an OSGi service;
 * the desktop navigator and the health report list whatever is registered, so a module
 * that is not installed leaves no trace.
 * <p>
 * Views of a module are e4 part descriptors whose {@code category} is the module's {@link #id()}.
 */
public interface ModuleDescriptor {

    /** Stable identifier, e.g. {@code monitor}; also the category of the module's part descriptors. */
    String id();

    /** Display name in the given locale (zh_CN or English). */
    String name(Locale locale);

    /** One sentence on what the module does, in the given locale. */
    String description(Locale locale);

    /** A 16x16 icon as a {@code platform:/plugin/<bundle>/<path>} URI. */
    String iconUri();

    /** Version of the module, normally the version of the bundle that registers the descriptor. */
    String version();

    /** Position in the navigator; lower comes first. */
    default int order() {
        return 100;
    }
}
