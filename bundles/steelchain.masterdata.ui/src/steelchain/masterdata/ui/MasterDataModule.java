package steelchain.masterdata.ui;

import java.util.Locale;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import steelchain.core.module.ModuleDescriptor;

/** The master data every module shares: customers, grades, works, warehouses, suppliers, orders. */
@Component(service = ModuleDescriptor.class)
public class MasterDataModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "masterdata";
    }

    @Override
    public String name(Locale locale) {
        return MasterDataTexts.get(locale, "module.name");
    }

    @Override
    public String description(Locale locale) {
        return MasterDataTexts.get(locale, "module.description");
    }

    @Override
    public String iconUri() {
        return "platform:/plugin/steelchain.masterdata.ui/icons/grades.png";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(MasterDataModule.class).getVersion().toString();
    }

    @Override
    public int order() {
        // Shared data comes before the business modules that use it.
        return 10;
    }
}
