package steelchain.ui;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Images named by {@code platform:/plugin/...} URIs, as modules give them, owned by one
 * control and disposed with it.
 */
public final class Images {

    private final LocalResourceManager resources;
    private final Map<String, Image> byUri = new HashMap<>();

    public Images(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The image at {@code uri}, or {@code null} when there is none or it cannot be read. */
    public Image get(String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        return byUri.computeIfAbsent(uri, u -> {
            try {
                return resources.create(ImageDescriptor.createFromURL(URI.create(u).toURL()));
            } catch (MalformedURLException | IllegalArgumentException e) {
                return null;
            }
        });
    }
}
