package steelchain.persistence;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sees the classes of every bundle that contributes entities, and EclipseLink's own: one
 * persistence unit spans several bundles, and EclipseLink loads all its classes through one loader.
 */
final class ContributionClassLoader extends ClassLoader {

    private final List<ClassLoader> loaders;

    ContributionClassLoader(ClassLoader persistenceLoader, Set<ClassLoader> contributorLoaders) {
        super(persistenceLoader);
        this.loaders = List.copyOf(new LinkedHashSet<>(contributorLoaders));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader loader : loaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // try the next contributor
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader loader : loaders) {
            URL url = loader.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (ClassLoader loader : loaders) {
            urls.addAll(Collections.list(loader.getResources(name)));
        }
        return Collections.enumeration(urls);
    }
}
