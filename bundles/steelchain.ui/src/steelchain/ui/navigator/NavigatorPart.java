package steelchain.ui.navigator;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.osgi.service.event.Event;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import steelchain.core.module.ModuleDescriptor;
import steelchain.ui.Images;
import steelchain.ui.navigator.NavigatorModel.ModuleEntry;
import steelchain.ui.navigator.NavigatorModel.ViewEntry;

/**
 * Lists the installed modules and their views; a double click or Enter opens a view. Rebuilt
 * whenever a module service comes or goes or the application's part descriptors change.
 */
public class NavigatorPart {

    @Inject
    private MApplication application;
    @Inject
    private UISynchronize sync;
    @Inject
    private ViewOpener opener;

    private TreeViewer viewer;
    private volatile List<ModuleDescriptor> modules = List.of();

    @PostConstruct
    void create(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        Images images = new Images(viewer.getControl());
        viewer.getTree().setData("org.eclipse.e4.ui.css.id", "steelchain-navigator");
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof ModuleEntry m ? m.views().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ModuleEntry m && !m.views().isEmpty();
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ModuleEntry m ? m.name() : ((ViewEntry) element).label();
            }

            @Override
            public Image getImage(Object element) {
                return images.get(element instanceof ModuleEntry m ? m.iconUri() : ((ViewEntry) element).iconUri());
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof ModuleEntry m) {
                    return m.version().isEmpty() ? m.description() : m.description() + " (" + m.version() + ")";
                }
                return ((ViewEntry) element).tooltip();
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addOpenListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof ViewEntry view) {
                opener.open(view.descriptorId());
            } else if (selected instanceof ModuleEntry module) {
                viewer.setExpandedState(module, !viewer.getExpandedState(module));
            }
        });
        refresh();
    }

    @Inject
    @Optional
    void modulesChanged(@Service List<ModuleDescriptor> installed) {
        modules = installed == null ? List.of() : List.copyOf(installed);
        // Service changes arrive on any thread.
        if (sync != null) {
            sync.asyncExec(this::refresh);
        }
    }

    @Inject
    @Optional
    void descriptorsChanged(@UIEventTopic(UIEvents.PartDescriptorContainer.TOPIC_DESCRIPTORS) Event event) {
        refresh();
    }

    /** What the navigator shows right now. */
    public List<ModuleEntry> entries() {
        List<ViewEntry> views = application.getDescriptors().stream().map(NavigatorPart::toView).toList();
        return NavigatorModel.build(modules, views, Locale.getDefault());
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(entries());
        viewer.expandAll();
    }

    private static ViewEntry toView(MPartDescriptor descriptor) {
        String label = descriptor.getLocalizedLabel();
        String tooltip = descriptor.getLocalizedTooltip();
        return new ViewEntry(descriptor.getElementId(), descriptor.getCategory(),
                label == null || label.isEmpty() ? descriptor.getElementId() : label, tooltip == null ? "" : tooltip,
                descriptor.getIconURI());
    }
}
