package steelchain.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import steelchain.ui.about.AboutDialog;
import steelchain.ui.about.InstalledBundles;
import steelchain.ui.navigator.NavigatorModel.ModuleEntry;
import steelchain.ui.navigator.NavigatorPart;

/**
 * The real shell (Application.e4xmi plus the monitor module's model fragment) rendered on a
 * display, driven through its widgets as a user would. Needs a display: Xvfb in CI.
 */
@TestMethodOrder(OrderAnnotation.class)
class ShellTest {

    private static final String NAVIGATOR = "steelchain.ui.part.navigator";
    private static final String MONITOR_VIEW = "steelchain.monitor.ui.part.monitor";

    private static Display display;
    private static E4Workbench workbench;
    private static MApplication application;
    private static MWindow window;
    private static EPartService parts;

    private final BundleContext context = FrameworkUtil.getBundle(ShellTest.class).getBundleContext();

    @BeforeAll
    static void openShell() {
        display = Display.getDefault();
        Bundle shell = FrameworkUtil.getBundle(NavigatorPart.class);
        workbench = new E4Application().createE4Workbench(new TestApplicationContext(shell,
                "-applicationXMI", "steelchain.ui/Application.e4xmi",
                "-applicationCSS", "platform:/plugin/steelchain.ui/css/steelchain.css",
                "-persistState", "false", "-clearPersistedState"), display);
        application = workbench.getApplication();
        window = application.getChildren().get(0);
        workbench.createAndRunUI(window);
        parts = window.getContext().get(EPartService.class);
        spinUntil("the main window is shown", () -> window.getWidget() instanceof Shell s && s.isVisible());
    }

    @AfterAll
    static void closeShell() {
        if (workbench != null) {
            workbench.close();
        }
        spin();
    }

    @Test
    @Order(1)
    void theWindowIsTitledSteelChainAndHasItsMenus() {
        Shell shell = (Shell) window.getWidget();
        assertEquals("SteelChain", shell.getText());
        List<String> menus = List.of(shell.getMenuBar().getItems()).stream().map(i -> i.getText()).toList();
        assertEquals(List.of("&File", "&Help"), menus);
    }

    @Test
    @Order(2)
    void theNavigatorListsTheMonitorModuleAndItsView() {
        spinUntil("the navigator lists the monitor module", () -> navigatorModuleIds().contains("monitor"));
        ModuleEntry monitor = navigator().entries().stream().filter(m -> m.id().equals("monitor")).findFirst()
                .orElseThrow();
        assertEquals("Platform monitor", monitor.name());
        assertEquals(List.of("steelchain.monitor.ui.part.jobs", MONITOR_VIEW),
                monitor.views().stream().map(v -> v.descriptorId()).toList(), "views sorted by label");
        TreeItem module = moduleItem("Platform monitor");
        assertEquals(List.of("Batch jobs", "Monitor"), List.of(module.getItems()).stream().map(TreeItem::getText).toList());
    }

    @Test
    @Order(3)
    void openingTheMonitorViewShowsThePlatformsHealth() {
        spinUntil("the navigator lists the monitor module", () -> navigatorModuleIds().contains("monitor"));
        Tree tree = navigatorTree();
        TreeItem view = moduleItem("Platform monitor").getItem(1);
        tree.setSelection(view);
        Event open = new Event();
        open.item = view;
        tree.notifyListeners(SWT.DefaultSelection, open);

        spinUntil("the Monitor view is open and active",
                () -> parts.findPart(MONITOR_VIEW) != null && parts.getActivePart() == parts.findPart(MONITOR_VIEW));
        MPart part = parts.findPart(MONITOR_VIEW);
        assertEquals("steelchain.monitor.ui.MonitorView", part.getObject().getClass().getName());
        assertEquals("steelchain.ui.partstack.views", part.getParent().getElementId());
        Composite body = (Composite) part.getWidget();
        spinUntil("the health check has reported", () -> texts(body).contains("Platform healthy"));
        spinUntil("the bundle table is filled", () -> widgets(body, Table.class).get(0).getItemCount() > 0);
        assertTrue(widgets(body, Table.class).get(0).getItem(0).getText(0).startsWith("steelchain."));

        tree.notifyListeners(SWT.DefaultSelection, open);
        spin();
        assertEquals(1, application.getChildren().get(0).getContext().get(EModelService.class)
                .findElements(window, MONITOR_VIEW, MPart.class).size(), "opening it again reuses the open view");
    }

    @Test
    @Order(4)
    void theStatusLineNamesDatabaseAndUser() {
        List<String> status = texts((Control) toolControl("steelchain.ui.toolcontrol.status").getWidget());
        assertTrue(status.contains("Database: embedded"), status::toString);
        assertTrue(status.contains("User: " + System.getProperty("user.name")), status::toString);
    }

    @Test
    @Order(5)
    void theProgressAreaShowsARunningJobAndCancelsIt() throws Exception {
        Control progress = (Control) toolControl("steelchain.ui.toolcontrol.progress").getWidget();
        spinUntil("the progress area is idle", () -> texts(progress).contains("Ready"));
        CountDownLatch started = new CountDownLatch(1);
        Job job = new Job("Plan casts") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Sequencing heats", 4);
                monitor.worked(1);
                started.countDown();
                while (!monitor.isCanceled()) {
                    Thread.onSpinWait();
                }
                return Status.CANCEL_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        spinUntil("the progress area shows the job", () -> texts(progress).contains("Plan casts \u2013 Sequencing heats (25%)"));
        Link cancel = widgets((Composite) progress, Link.class).get(0);
        assertTrue(cancel.isVisible());
        cancel.notifyListeners(SWT.Selection, new Event());
        spinUntil("the job is cancelled", () -> job.getState() == Job.NONE);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        spinUntil("the progress area is idle again", () -> texts(progress).contains("Ready"));
    }

    @Test
    @Order(6)
    void theAboutDialogListsSteelChainBundles() {
        List<InstalledBundles.Row> rows = InstalledBundles.steelChain(context);
        List<String> names = rows.stream().map(InstalledBundles.Row::symbolicName).toList();
        assertTrue(names.containsAll(List.of("steelchain.core", "steelchain.ui", "steelchain.monitor")), names::toString);
        AboutDialog about = new AboutDialog((Shell) window.getWidget(), rows);
        about.setBlockOnOpen(false);
        about.open();
        try {
            Table table = widgets(about.getShell(), Table.class).get(0);
            assertEquals(rows.size(), table.getItemCount());
            assertEquals(rows.get(0).symbolicName(), table.getItem(0).getText(0));
            assertEquals("About SteelChain", about.getShell().getText());
        } finally {
            about.close();
        }
    }

    @Test
    @Order(7)
    void stoppingTheModuleRemovesItsViewsAndStartingItBringsThemBack() throws Exception {
        Bundle monitorUi = bundle("steelchain.monitor.ui");
        Bundle monitor = bundle("steelchain.monitor");
        assertNotNull(parts.findPart(MONITOR_VIEW), "the Monitor view is open from the earlier test");
        monitorUi.stop();
        monitor.stop();
        try {
            spinUntil("the navigator no longer lists the monitor module",
                    () -> !navigatorModuleIds().contains("monitor") && List.of(navigatorTree().getItems()).stream()
                            .noneMatch(item -> item.getText().equals("Platform monitor")));
            assertTrue(application.getDescriptors().stream().noneMatch(d -> d.getElementId().equals(MONITOR_VIEW)));
            assertTrue(parts.findPart(MONITOR_VIEW) == null, "the open Monitor view is closed");
        } finally {
            monitor.start();
            monitorUi.start();
        }
        spinUntil("the navigator lists the monitor module again", () -> navigatorModuleIds().contains("monitor")
                && navigator().entries().stream().filter(m -> m.id().equals("monitor")).findFirst().orElseThrow()
                        .views().size() == 2);
        assertFalse(navigatorTree().getItemCount() == 0);
    }

    private static NavigatorPart navigator() {
        return (NavigatorPart) parts.findPart(NAVIGATOR).getObject();
    }

    private static List<String> navigatorModuleIds() {
        return navigator().entries().stream().map(ModuleEntry::id).toList();
    }

    private static Tree navigatorTree() {
        return widgets((Composite) parts.findPart(NAVIGATOR).getWidget(), Tree.class).get(0);
    }

    private static TreeItem moduleItem(String name) {
        return List.of(navigatorTree().getItems()).stream().filter(i -> i.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no navigator entry " + name));
    }

    private static MToolControl toolControl(String id) {
        return (MToolControl) workbench.getContext().get(EModelService.class).find(id, window);
    }

    private Bundle bundle(String symbolicName) {
        return List.of(context.getBundles()).stream().filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }

    /** The texts of all labels under {@code root}. */
    private static List<String> texts(Control root) {
        return widgets(root, Label.class).stream().map(Label::getText).toList();
    }

    private static <T extends Control> List<T> widgets(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(widgets(child, type));
            }
        }
        return found;
    }

    private static void spin() {
        while (display.readAndDispatch()) {
            // Work off all pending UI events.
        }
    }

    /** Lets the UI work until the condition holds; fails after about ten seconds of waiting. */
    private static void spinUntil(String what, BooleanSupplier condition) {
        for (int i = 0; i < 1000; i++) {
            spin();
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("Waited in vain until " + what);
    }
}
