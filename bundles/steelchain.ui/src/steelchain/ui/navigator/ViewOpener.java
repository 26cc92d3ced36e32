package steelchain.ui.navigator;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens a contributed view in the shell's view area, or brings it forward if it is open already. */
@Creatable
public class ViewOpener {

    /** The part stack where module views open. */
    public static final String VIEW_STACK_ID = "steelchain.ui.partstack.views";

    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    /** @return the shown part, or {@code null} when no view with that id is installed any more */
    public MPart open(String descriptorId) {
        MPartDescriptor descriptor = models.getPartDescriptor(descriptorId);
        if (descriptor == null) {
            return null;
        }
        if (!descriptor.isAllowMultiple()) {
            MPart existing = parts.findPart(descriptorId);
            if (existing != null) {
                return parts.showPart(existing, PartState.ACTIVATE);
            }
        }
        MPart part = parts.createPart(descriptorId);
        ((MPartStack) models.find(VIEW_STACK_ID, application)).getChildren().add(part);
        return parts.showPart(part, PartState.ACTIVATE);
    }
}
