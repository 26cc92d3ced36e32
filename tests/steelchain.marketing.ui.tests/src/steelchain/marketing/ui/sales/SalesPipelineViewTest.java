package steelchain.marketing.ui.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import steelchain.core.data.DataStore;
import steelchain.core.model.Customer;
import steelchain.core.model.Industry;
import steelchain.core.model.ProductForm;
import steelchain.core.model.SteelGrade;
import steelchain.marketing.sales.QuoteLineDraft;
import steelchain.marketing.sales.SalesChannel;
import steelchain.marketing.sales.SalesLoop;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.sales.SalesRecordType;
import steelchain.marketing.ui.TestApplicationContext;
import steelchain.marketing.ui.Widgets;

/** The Sales pipeline view in the real shell under a display, on the product's database. */
class SalesPipelineViewTest {

    private static final String VIEW = "steelchain.marketing.ui.part.salesPipeline";

    private static Display display;
    private static E4Workbench workbench;
    private static EPartService parts;

    @BeforeAll
    static void openShell() {
        display = Display.getDefault();
        workbench = new E4Application().createE4Workbench(new TestApplicationContext(Platform.getBundle("steelchain.ui"),
                "-applicationXMI", "steelchain.ui/Application.e4xmi",
                "-applicationCSS", "platform:/plugin/steelchain.ui/css/steelchain.css",
                "-persistState", "false", "-clearPersistedState"), display);
        MWindow window = workbench.getApplication().getChildren().get(0);
        workbench.createAndRunUI(window);
        parts = window.getContext().get(EPartService.class);
        Widgets.spinUntil("the main window is shown", () -> window.getWidget() instanceof Shell s && s.isVisible());
    }

    @AfterAll
    static void closeShell() {
        if (workbench != null) {
            workbench.close();
        }
        Widgets.spin();
    }

    @Test
    void showsAContractWaitingForCreditWithItsHistoryAndApprovesIt() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SalesPipelineViewTest.class).getBundleContext();
        SalesLoop loop = service(context, SalesLoop.class);
        DataStore store = service(context, DataStore.class);
        String customer = "V" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String grade = customer + "-Q235B";
        store.run(em -> {
            Customer c = new Customer(customer, "宁波船舶重工", Industry.SHIPBUILDING);
            c.setCreditLimit(new BigDecimal("100000"));
            em.persist(c);
            em.persist(new SteelGrade(grade, "GB/T 700"));
        });
        String opportunity = loop.captureOpportunity(customer, ProductForm.PLATE, grade, new BigDecimal("200"),
                SalesChannel.SALES_STAFF, null, "li.qiang");
        String quote = loop.quote(opportunity, LocalDate.now().plusDays(10), List.of(new QuoteLineDraft(ProductForm.PLATE,
                grade, new BigDecimal("20"), new BigDecimal("2000"), new BigDecimal("200"), new BigDecimal("4500"))),
                "li.qiang");
        String contract = loop.acceptQuote(quote, "li.qiang");

        MPart part = parts.showPart(VIEW, EPartService.PartState.ACTIVATE);
        Widgets.spinUntil("the view is created", () -> part.getObject() != null);
        SalesPipelineView view = (SalesPipelineView) part.getObject();
        assertEquals("Sales pipeline", part.getLocalizedLabel());
        Composite body = (Composite) part.getWidget();
        Text customerFilter = Widgets.of(body, Text.class).get(0);
        customerFilter.setText(customer);
        view.showStep(SalesRecordType.CONTRACT);
        Widgets.spinUntil("the customer's contract is listed", () -> view.grid().rowCount() == 1 && !view.grid().isArranging()
                && view.grid().row(0).type() == SalesRecordType.CONTRACT);
        SalesRecordRow row = view.grid().row(0);
        assertEquals(contract, row.number());
        assertEquals("CREDIT_PENDING", row.state());
        assertEquals("contract: 1", view.statusText());

        view.grid().select(0);
        Widgets.spinUntil("the actions follow the selection",
                () -> view.actionButtons().get(SalesAction.APPROVE_CREDIT).isEnabled());
        assertFalse(view.actionButtons().get(SalesAction.NEXT_STEP).isEnabled(), "no order before the credit decision");
        Table history = Widgets.of(body, Table.class).get(0);
        assertEquals(1, history.getItemCount());
        assertEquals("li.qiang", history.getItem(0).getText(1));
        assertEquals("credit approval pending", history.getItem(0).getText(3));

        view.actionButtons().get(SalesAction.APPROVE_CREDIT).notifyListeners(SWT.Selection, new Event());
        Widgets.spinUntil("the approved contract is listed as active",
                () -> view.grid().rowCount() == 1 && !view.grid().isArranging() && "ACTIVE".equals(view.grid().row(0).state()));
        assertEquals(List.of("CREDIT_PENDING", "ACTIVE"),
                loop.history(SalesRecordType.CONTRACT, contract).stream().map(h -> h.toState()).toList());
        assertEquals(System.getProperty("user.name"), loop.history(SalesRecordType.CONTRACT, contract).get(1).user());
    }

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(20_000);
            if (service == null) {
                fail("no " + type.getName());
            }
            return service;
        } finally {
            tracker.close();
        }
    }
}
