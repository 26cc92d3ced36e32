package steelchain.marketing.ui;

import java.util.Locale;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import steelchain.core.module.ModuleDescriptor;

/** Marketing and demand (需求挖掘与市场营销): the first business module, after the shared master data. */
@Component(service = ModuleDescriptor.class)
public class MarketingModule implements ModuleDescriptor {

    @Override
    public String id() {
        return "marketing";
    }

    @Override
    public String name(Locale locale) {
        return MarketingTexts.get(locale, "module.name");
    }

    @Override
    public String description(Locale locale) {
        return MarketingTexts.get(locale, "module.description");
    }

    @Override
    public String iconUri() {
        return "platform:/plugin/steelchain.marketing.ui/icons/marketing.png";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(MarketingModule.class).getVersion().toString();
    }

    @Override
    public int order() {
        // The business modules follow the supply chain: marketing, R&D, production, logistics.
        return 20;
    }
}
