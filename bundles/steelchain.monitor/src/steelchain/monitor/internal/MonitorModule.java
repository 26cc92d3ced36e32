package steelchain.monitor.internal;

import java.util.Locale;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import steelchain.core.module.ModuleDescriptor;
import steelchain.core.text.Texts;

/** Announces the monitoring module to the shell and the health report. */
@Component(service = ModuleDescriptor.class)
public class MonitorModule implements ModuleDescriptor {

    static final String ID = "monitor";
    private static final Texts TEXTS = Texts.of(MonitorModule.class);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return TEXTS.get(locale, "module.name");
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "module.description");
    }

    @Override
    public String iconUri() {
        return "platform:/plugin/steelchain.monitor/icons/monitor.png";
    }

    @Override
    public String version() {
        return FrameworkUtil.getBundle(MonitorModule.class).getVersion().toString();
    }

    @Override
    public int order() {
        // Monitoring is about the platform itself: list it after the business modules.
        return 1000;
    }
}
