package steelchain.marketing.ui;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/** What the launcher gives the e4 application, for starting the real shell inside a test. */
public final class TestApplicationContext implements IApplicationContext {

    private final String[] arguments;
    private final Bundle branding;

    public TestApplicationContext(Bundle branding, String... arguments) {
        this.branding = branding;
        this.arguments = arguments;
    }

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(IApplicationContext.APPLICATION_ARGS, arguments);
    }

    @Override
    public void applicationRunning() {
        // No splash screen to take down.
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application";
    }

    @Override
    public String getBrandingName() {
        return "SteelChain";
    }

    @Override
    public String getBrandingDescription() {
        return "SteelChain";
    }

    @Override
    public String getBrandingId() {
        return "steelchain.ui.product";
    }

    @Override
    public String getBrandingProperty(String key) {
        return null;
    }

    @Override
    public Bundle getBrandingBundle() {
        return branding;
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // The test, not the launcher, decides when the application ends.
    }
}
