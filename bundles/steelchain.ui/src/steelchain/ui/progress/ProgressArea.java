package steelchain.ui.progress;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.text.Texts;
import steelchain.ui.progress.JobTracker.Progress;

/**
 * The progress area in the status bar: the oldest running user job with its progress bar and a
 * cancel button, and how many more are running. Job threads only flag a change; the display
 * redraws at most every {@value #REDRAW_MILLIS} ms.
 */
public class ProgressArea {

    private static final int REDRAW_MILLIS = 150;
    private static final Texts TEXTS = Texts.of(ProgressArea.class);

    @Inject
    private JobTracker tracker;

    private final AtomicBoolean redrawPending = new AtomicBoolean();
    private final Runnable onChange = this::scheduleRedraw;
    private Display display;
    private Label label;
    private ProgressBar bar;
    private Link cancel;
    private Progress shown;

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        Composite area = new Composite(parent, SWT.NONE);
        area.setData("org.eclipse.e4.ui.css.id", "steelchain-progress");
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        layout.marginWidth = 8;
        area.setLayout(layout);
        label = new Label(area, SWT.NONE);
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        labelData.widthHint = 260;
        label.setLayoutData(labelData);
        bar = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barData.widthHint = 160;
        // As low as the status line's text, so that both sit on one line in the trim bar.
        barData.heightHint = label.computeSize(SWT.DEFAULT, SWT.DEFAULT).y - 4;
        bar.setLayoutData(barData);
        cancel = new Link(area, SWT.NONE);
        cancel.setText("<a>" + TEXTS.get(Locale.getDefault(), "progress.cancel") + "</a>");
        cancel.addListener(SWT.Selection, e -> {
            if (shown != null) {
                shown.job().cancel();
            }
        });
        tracker.addChangeListener(onChange);
        redraw();
    }

    @PreDestroy
    void dispose() {
        tracker.removeChangeListener(onChange);
    }

    private void scheduleRedraw() {
        if (redrawPending.compareAndSet(false, true) && !display.isDisposed()) {
            display.asyncExec(() -> display.timerExec(REDRAW_MILLIS, this::redraw));
        }
    }

    private void redraw() {
        redrawPending.set(false);
        if (label.isDisposed()) {
            return;
        }
        List<Progress> running = tracker.running();
        Locale locale = Locale.getDefault();
        shown = running.isEmpty() ? null : running.get(0);
        label.setText(ProgressText.describe(running, locale));
        label.setToolTipText(ProgressText.tooltip(running, locale));
        bar.setVisible(shown != null);
        cancel.setVisible(shown != null);
        if (shown != null) {
            bar.setMaximum(100);
            bar.setSelection(Math.max(0, shown.percent()));
            bar.setState(shown.percent() == Progress.UNKNOWN ? SWT.PAUSED : SWT.NORMAL);
        }
        label.getParent().layout();
    }
}
