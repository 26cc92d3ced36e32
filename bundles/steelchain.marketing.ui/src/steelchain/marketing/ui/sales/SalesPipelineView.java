package steelchain.marketing.ui.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.text.Texts;
import steelchain.marketing.pricing.PriceService;
import steelchain.marketing.sales.HistoryEntry;
import steelchain.marketing.sales.SalesChannel;
import steelchain.marketing.sales.SalesLoop;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.sales.SalesRecordType;
import steelchain.marketing.sales.SalesRuleException;
import steelchain.marketing.sales.SalesTexts;
import steelchain.ui.widgets.Grid;
import steelchain.ui.widgets.GridColumn;
import steelchain.ui.widgets.Tables;

/**
 * The closed sales loop step by step: the records of one step (opportunities, quotes, contracts,
 * orders, deliveries, payments, service cases) with their states, actions that take the selected
 * record to its next step, and the selected record's history. Steps run as the operating
 * system's user; a broken rule is shown with its bilingual message and nothing is written.
 */
public class SalesPipelineView {

    private static final Texts TEXTS = Texts.of(SalesPipelineView.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale = Locale.getDefault();
    private final String user = System.getProperty("user.name", "planner");

    @Inject
    private UISynchronize sync;

    private volatile SalesLoop loop;
    /** Counts the reloads asked for, so that a slower earlier read does not overwrite a later one. */
    private final AtomicInteger requests = new AtomicInteger();
    private volatile PriceService prices;
    private Combo stage;
    private Button openOnly;
    private Text customer;
    private Label status;
    private Grid<SalesRecordRow> grid;
    private Label historyTitle;
    private Tables history;
    private final Map<SalesAction, Button> actions = new EnumMap<>(SalesAction.class);
    private Button phoneOrder;
    private Job load;
    /** The filters as the background job reads them, set on the UI thread before it is scheduled. */
    private volatile SalesRecordType selectedType = SalesRecordType.OPPORTUNITY;
    private volatile String customerFilter;
    private volatile boolean openFilter;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        new Label(filters, SWT.NONE).setText(TEXTS.get(locale, "stage"));
        stage = new Combo(filters, SWT.READ_ONLY);
        for (SalesRecordType type : SalesRecordType.values()) {
            stage.add(SalesTexts.typeName(locale, type));
        }
        stage.select(0);
        stage.addListener(SWT.Selection, e -> reload());
        openOnly = new Button(filters, SWT.CHECK);
        openOnly.setText(TEXTS.get(locale, "openOnly"));
        openOnly.addListener(SWT.Selection, e -> reload());
        new Label(filters, SWT.NONE).setText(TEXTS.get(locale, "customer"));
        customer = new Text(filters, SWT.BORDER | SWT.SEARCH);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(customer);
        customer.addListener(SWT.DefaultSelection, e -> reload());
        Button refresh = new Button(filters, SWT.PUSH);
        refresh.setText(TEXTS.get(locale, "refresh"));
        refresh.addListener(SWT.Selection, e -> reload());
        status = new Label(filters, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        // The buttons wrap onto a second row rather than run out of a narrow view.
        Composite buttons = new Composite(parent, SWT.NONE);
        RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
        wrapping.wrap = true;
        wrapping.fill = true;
        wrapping.marginLeft = 0;
        wrapping.marginRight = 0;
        wrapping.marginTop = 0;
        wrapping.marginBottom = 0;
        buttons.setLayout(wrapping);
        GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(buttons);
        for (SalesAction action : SalesAction.values()) {
            Button button = new Button(buttons, SWT.PUSH);
            button.setText(TEXTS.get(locale, "action." + action.name()));
            button.setEnabled(false);
            button.addListener(SWT.Selection, e -> perform(action));
            actions.put(action, button);
        }
        phoneOrder = new Button(buttons, SWT.PUSH);
        phoneOrder.setText(TEXTS.get(locale, "action.PHONE_ORDER"));
        phoneOrder.addListener(SWT.Selection, e -> phoneOrder(null));

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        grid = new Grid<>(sash, columns());
        grid.addSelectionListener(rows -> selected(rows.isEmpty() ? null : rows.get(0)));
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lower);
        historyTitle = new Label(lower, SWT.NONE);
        historyTitle.setText(TEXTS.get(locale, "history.none"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(historyTitle);
        history = Tables.create(lower, SWT.FULL_SELECTION | SWT.BORDER)
                .column(TEXTS.get(locale, "column.at"), 14, HistoryEntry.class, h -> MINUTE.format(h.at()))
                .column(TEXTS.get(locale, "column.user"), 10, HistoryEntry.class, HistoryEntry::user)
                .column(TEXTS.get(locale, "column.from"), 10, HistoryEntry.class,
                        h -> SalesTexts.stateName(locale, h.fromState()))
                .column(TEXTS.get(locale, "column.to"), 10, HistoryEntry.class,
                        h -> SalesTexts.stateName(locale, h.toState()))
                .column(TEXTS.get(locale, "column.change"), 36, HistoryEntry.class,
                        h -> h.change() == null ? "" : h.change().text(locale))
                .column(TEXTS.get(locale, "column.reason"), 20, HistoryEntry.class,
                        h -> h.reason() == null ? "" : h.reason());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(history.control());
        sash.setWeights(65, 35);

        load = new Job(TEXTS.get(locale, "view.title")) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                // The request first: a reload between here and reading the filters makes this read stale, not wrong.
                int request = requests.get();
                SalesLoop current = loop;
                SalesRecordType type = selectedType;
                if (current == null) {
                    sync.asyncExec(() -> show(request, null, TEXTS.get(locale, "noService")));
                    return Status.OK_STATUS;
                }
                try {
                    List<SalesRecordRow> rows = current.records(type, customerFilter, openFilter, LocalDate.now());
                    sync.asyncExec(() -> show(request, rows, TEXTS.get(locale, "loaded", rows.size(),
                            SalesTexts.typeName(locale, type))));
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    sync.asyncExec(() -> show(request, null, TEXTS.get(locale, "loadFailed", e.getMessage())));
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        reload();
    }

    private List<GridColumn<SalesRecordRow>> columns() {
        return List.of(GridColumn.<SalesRecordRow>text(TEXTS.get(locale, "column.number"), SalesRecordRow::number)
                .width(120),
                GridColumn.<SalesRecordRow>text(TEXTS.get(locale, "column.customer"), SalesRecordRow::customerCode)
                        .width(90),
                GridColumn.<SalesRecordRow>text(TEXTS.get(locale, "column.name"), SalesRecordRow::customerName)
                        .width(200),
                GridColumn.<SalesRecordRow>text(TEXTS.get(locale, "column.state"),
                        row -> SalesTexts.stateName(locale, row.state())
                                + (row.overdue() ? " · " + TEXTS.get(locale, "overdue") : ""))
                        .width(120),
                GridColumn.<SalesRecordRow, LocalDate>date(TEXTS.get(locale, "column.date"), SalesRecordRow::date, DAY)
                        .width(90),
                GridColumn.<SalesRecordRow>number(TEXTS.get(locale, "column.tonnes"), SalesRecordRow::tonnes,
                        "#,##0.0", locale).width(90),
                GridColumn.<SalesRecordRow>number(TEXTS.get(locale, "column.value"), SalesRecordRow::valueCny,
                        "#,##0.00", locale).width(120),
                GridColumn.<SalesRecordRow>text(TEXTS.get(locale, "column.source"), SalesRecordRow::source).width(120),
                GridColumn.<SalesRecordRow>text(TEXTS.get(locale, "column.detail"), r -> r.detail().text(locale))
                        .width(260));
    }


    @PreDestroy
    void dispose() {
        if (load != null) {
            load.cancel();
        }
    }

    @Inject
    @Optional
    void loopChanged(@Service SalesLoop current) {
        loop = current;
        if (sync != null) {
            sync.asyncExec(this::reload);
        }
    }

    /** The price list, for the price, margin and price history shown while a quote is written. */
    @Inject
    @Optional
    void pricesChanged(@Service PriceService current) {
        prices = current;
    }

    /** Reads the records of the chosen step again in the background. */
    public void reload() {
        if (load == null || status.isDisposed()) {
            return;
        }
        selectedType = SalesRecordType.values()[Math.max(0, stage.getSelectionIndex())];
        customerFilter = customer.getText().isBlank() ? null : customer.getText().strip();
        openFilter = openOnly.getSelection();
        status.setText(TEXTS.get(locale, "loading", SalesTexts.typeName(locale, selectedType)));
        requests.incrementAndGet();
        load.schedule();
    }

    /** Shows the records of {@code type}, for tests and the 360 view. */
    public void showStep(SalesRecordType type) {
        stage.select(type.ordinal());
        reload();
    }

    public Grid<SalesRecordRow> grid() {
        return grid;
    }

    /** The buttons of the actions, for tests. */
    public Map<SalesAction, Button> actionButtons() {
        return actions;
    }

    public String statusText() {
        return status.getText();
    }

    /** Shows what request number {@code request} read, unless the user has asked for something else since. */
    private void show(int request, List<SalesRecordRow> rows, String message) {
        if (status.isDisposed() || request != requests.get()) {
            return;
        }
        status.setText(message);
        status.getParent().layout();
        grid.setInput(rows == null ? List.of() : rows);
        selected(null);
    }

    private SalesRecordRow selection() {
        List<SalesRecordRow> rows = grid.selection();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void selected(SalesRecordRow row) {
        Set<SalesAction> available = SalesAction.availableFor(row);
        actions.forEach((action, button) -> button.setEnabled(available.contains(action)));
        Button next = actions.get(SalesAction.NEXT_STEP);
        next.setText(row == null || !available.contains(SalesAction.NEXT_STEP) ? TEXTS.get(locale, "action.NEXT_STEP")
                : TEXTS.get(locale, "next." + row.type().name()));
        next.requestLayout();
        SalesLoop current = loop;
        if (row == null || current == null) {
            historyTitle.setText(TEXTS.get(locale, "history.none"));
            history.viewer().setInput(List.of());
            return;
        }
        historyTitle.setText(TEXTS.get(locale, "history", SalesTexts.recordName(locale, row.type(), row.number())));
        history.viewer().setInput(current.history(row.type(), row.number()));
    }

    private void perform(SalesAction action) {
        SalesRecordRow row = selection();
        SalesLoop current = loop;
        if (row == null || current == null) {
            return;
        }
        switch (action) {
            case NEXT_STEP -> next(row, current);
            case LOSE_OPPORTUNITY -> reason(text -> current.loseOpportunity(row.number(), text, user));
            case REJECT_QUOTE -> reason(text -> current.rejectQuote(row.number(), text, user));
            case APPROVE_CREDIT -> step(() -> current.approveCredit(row.number(), user));
            case REJECT_CREDIT -> reason(text -> current.rejectCredit(row.number(), text, user));
            case CLOSE_CONTRACT -> reason(text -> current.closeContract(row.number(), text, user));
            case CANCEL_ORDER -> reason(text -> current.cancelOrder(row.number(), text, user));
            case OPEN_COMPLAINT -> {
                String order = row.type() == SalesRecordType.DELIVERY ? row.source() : row.number();
                ComplaintDialog dialog = new ComplaintDialog(grid.control().getShell(), locale);
                if (dialog.open() == Window.OK) {
                    step(() -> current.openServiceCase(order, dialog.type(), dialog.description(), user));
                }
            }
        }
    }

    private void next(SalesRecordRow row, SalesLoop current) {
        switch (row.type()) {
            case OPPORTUNITY -> {
                PriceService priceList = prices;
                // The quote starts from what the customer asked for.
                LineForm line = new LineForm(locale, false).set(LineForm.Field.FORM, row.form().name())
                        .set(LineForm.Field.GRADE, row.gradeCode())
                        .set(LineForm.Field.TONNES, row.tonnes().stripTrailingZeros().toPlainString());
                LineDialog dialog = new LineDialog(grid.control().getShell(), line,
                        TEXTS.get(locale, "quote.title", row.number()), row.detail().text(locale),
                        priceList == null ? null : new QuotePricing(priceList, row.customerCode(), locale));
                if (dialog.open() == Window.OK) {
                    step(() -> current.quote(row.number(), LocalDate.now().plusDays(30),
                            List.of(dialog.form().quoteLine()), user));
                }
            }
            case QUOTE -> step(() -> current.acceptQuote(row.number(), user));
            case CONTRACT -> phoneOrder(row.number());
            case ORDER -> {
                String tonnes = input(TEXTS.get(locale, "delivery.title"), TEXTS.get(locale, "delivery.prompt",
                        row.number()), row.tonnes() == null ? "" : row.tonnes().stripTrailingZeros().toPlainString(),
                        SalesPipelineView::positiveNumberProblem);
                if (tonnes != null) {
                    step(() -> current.recordDelivery(row.number(), new BigDecimal(tonnes), LocalDate.now(), user));
                }
            }
            case PAYMENT -> {
                String day = input(TEXTS.get(locale, "payment.title"), TEXTS.get(locale, "payment.prompt",
                        row.number()), LocalDate.now().toString(), SalesPipelineView::dateProblem);
                if (day != null) {
                    step(() -> current.recordPayment(row.number(), LocalDate.parse(day), user));
                }
            }
            case SERVICE_CASE -> {
                String text = input(TEXTS.get(locale, "resolve.title"), TEXTS.get(locale, "resolve.prompt",
                        row.number()), "", value -> value.isBlank() ? "reason.required" : null);
                if (text != null) {
                    step(() -> current.resolveServiceCase(row.number(), text, user));
                }
            }
            case DELIVERY -> {
                // A delivery's next step is its payment, recorded on the payment.
            }
        }
    }

    private void phoneOrder(String contract) {
        SalesLoop current = loop;
        if (current == null) {
            return;
        }
        LineForm form = new LineForm(locale, true);
        if (contract != null) {
            form.set(LineForm.Field.CONTRACT, contract);
        }
        LineDialog dialog = new LineDialog(grid.control().getShell(), form, TEXTS.get(locale, "order.title"),
                TEXTS.get(locale, "order.message"), null);
        if (dialog.open() == Window.OK) {
            step(() -> current.confirmOrder(dialog.form().get(LineForm.Field.CONTRACT), dialog.form().order(),
                    SalesChannel.PHONE, user));
        }
    }

    private static String positiveNumberProblem(String value) {
        try {
            return new BigDecimal(value.strip()).signum() > 0 ? null : "notNumber";
        } catch (NumberFormatException e) {
            return "notNumber";
        }
    }

    private static String dateProblem(String value) {
        try {
            LocalDate.parse(value.strip());
            return null;
        } catch (DateTimeParseException e) {
            return "notDate";
        }
    }

    /** Asks for one value; the check returns a text key of the problem, or null. */
    private String input(String title, String prompt, String initial, Function<String, String> check) {
        IInputValidator validator = value -> {
            String problem = check.apply(value);
            return problem == null ? null : TEXTS.get(locale, problem);
        };
        InputDialog dialog = new InputDialog(grid.control().getShell(), title, prompt, initial, validator);
        return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
    }

    private void reason(Consumer<String> work) {
        String text = input(TEXTS.get(locale, "reason.title"), TEXTS.get(locale, "reason.prompt"), "",
                value -> value.isBlank() ? "reason.required" : null);
        if (text != null) {
            step(() -> work.accept(text));
        }
    }

    /** Takes one step; a broken rule is shown in the user's language and nothing was written. */
    private void step(Runnable work) {
        try {
            work.run();
        } catch (SalesRuleException e) {
            MessageDialog.openError(grid.control().getShell(), TEXTS.get(locale, "failed"), e.message(locale));
        }
        reload();
    }
}
