package steelchain.demo.ui;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.Event;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Inject;
import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.text.Texts;
import steelchain.ui.jobs.DesktopJobs;

/**
 * When the desktop client starts on an empty database, offers to fill it with the demo steel
 * plant (the {@code demo-data} job with its defaults), so that a planner sees real-looking data
 * at once. Declining is remembered for this data folder.
 */
public class FirstStartOffer {

    static final String DEMO_JOB = "demo-data";
    private static final String DECLINED = "demoDataDeclined";
    private static final Texts TEXTS = Texts.of(FirstStartOffer.class);

    @Inject
    private MApplication application;
    @Inject
    private UISynchronize sync;
    @Inject
    @Optional
    @Service
    private DataStore store;
    @Inject
    @Optional
    @Service
    private List<BatchJob> jobs;

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        IEclipsePreferences preferences = preferences();
        BatchJob demo = jobs == null ? null : jobs.stream().filter(j -> j.name().equals(DEMO_JOB)).findFirst().orElse(null);
        if (!DemoOffer.shouldOffer(store != null, demo != null, preferences.getBoolean(DECLINED, false),
                () -> store.read(em -> em.createQuery("select count(c) from Customer c", Long.class).getSingleResult()))) {
            return;
        }
        Locale locale = Locale.getDefault();
        Shell shell = (Shell) application.getChildren().get(0).getWidget();
        if (!MessageDialog.openQuestion(shell, TEXTS.get(locale, "offer.title"), TEXTS.get(locale, "offer.question"))) {
            preferences.putBoolean(DECLINED, true);
            flush(preferences);
            return;
        }
        try {
            DesktopJobs.schedule(TEXTS.get(locale, "offer.jobTitle"), demo, JobArgumentParser.parse(demo, List.of(), locale),
                    result -> sync.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            String text = String.join("\n", result.summary());
                            if (result.succeeded()) {
                                MessageDialog.openInformation(shell, TEXTS.get(locale, "offer.done"), text);
                            } else {
                                MessageDialog.openError(shell, TEXTS.get(locale, "offer.failed"), text);
                            }
                        }
                    }));
        } catch (UsageException e) {
            MessageDialog.openError(shell, TEXTS.get(locale, "offer.failed"), e.getMessage());
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(FrameworkUtil.getBundle(FirstStartOffer.class).getSymbolicName());
    }

    private static void flush(IEclipsePreferences preferences) {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Not remembered: the offer comes again next time, which does no harm.
        }
    }
}
