package steelchain.ui.status;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import steelchain.core.data.DatabaseStatus;

/** The status line at the bottom of the window: database in use, signed-in user, data folder. */
public class StatusLine {

    /** How often the database is asked again whether it answers. */
    private static final int REFRESH_MILLIS = 30_000;

    @Inject
    private UISynchronize sync;

    private final Runnable refresh = this::showDatabase;
    private Label database;
    private volatile DatabaseStatus databaseStatus;

    @PostConstruct
    void create(Composite parent) {
        Composite line = new Composite(parent, SWT.NONE);
        line.setData("org.eclipse.e4.ui.css.id", "steelchain-statusline");
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        layout.marginWidth = 8;
        layout.horizontalSpacing = 24;
        line.setLayout(layout);
        Locale locale = Locale.getDefault();
        database = new Label(line, SWT.NONE);
        database.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        new Label(line, SWT.NONE).setText(StatusText.user(System.getProperty("user.name"), locale));
        Label data = new Label(line, SWT.NONE);
        data.setText(StatusText.dataFolder(Path.of(Platform.getInstanceLocation().getURL().getPath()).toString(), locale));
        showDatabase();
    }

    @Inject
    @Optional
    void databaseChanged(@Service DatabaseStatus status) {
        databaseStatus = status;
        if (sync != null) {
            sync.asyncExec(refresh);
        }
    }

    private void showDatabase() {
        if (database == null || database.isDisposed()) {
            return;
        }
        DatabaseStatus status = databaseStatus;
        DatabaseStatus.Snapshot snapshot = status == null ? null : status.snapshot();
        database.setText(StatusText.database(snapshot, Locale.getDefault()));
        database.setToolTipText(StatusText.databaseDetails(snapshot, Locale.getDefault()));
        database.getParent().layout();
        // The same runnable replaces a pending timer instead of adding a second one.
        database.getDisplay().timerExec(REFRESH_MILLIS, refresh);
    }
}
