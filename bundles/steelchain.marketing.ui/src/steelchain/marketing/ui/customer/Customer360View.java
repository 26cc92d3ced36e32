package steelchain.marketing.ui.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisSet;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.model.ModelWords;
import steelchain.marketing.customer.CustomerProfile;
import steelchain.marketing.customer.CustomerProfile.ContactRow;
import steelchain.marketing.customer.CustomerProfile.OpenLine;
import steelchain.marketing.customer.CustomerProfiles;
import steelchain.marketing.customer.CustomerProfiles.CustomerHit;
import steelchain.marketing.loyalty.Loyalty;
import steelchain.marketing.profitability.CustomerProfitability;
import steelchain.marketing.profitability.CustomerProfitability.FamilyContribution;
import steelchain.marketing.profitability.CustomerProfitability.Figures;
import steelchain.marketing.sales.SalesLoop;
import steelchain.marketing.sales.SalesRecordRow;
import steelchain.marketing.sales.SalesRecordType;
import steelchain.marketing.segmentation.CustomerSegments;
import steelchain.marketing.ui.customer.ProfilePresenter.Fact;
import steelchain.marketing.ui.customer.ProfilePresenter.Trend;
import steelchain.ui.widgets.Tables;

/**
 * Customer 360 (客户全景): find a customer by code or name, then see on one page who they are,
 * whom to call, what they bought month by month, what is still open, what they owe, their
 * segment, contribution and loyalty. Reading happens in background jobs; the page is rebuilt for
 * each customer; a part whose service is not installed is left out.
 */
public class Customer360View {

    static final int MONTHS = 24;
    static final int MAX_HITS = 200;
    private static final int MIN_PAGE_WIDTH = 640;

    private final Locale locale = Locale.getDefault();
    private final ProfilePresenter presenter = new ProfilePresenter(locale);

    @Inject
    private UISynchronize sync;

    private volatile CustomerProfiles profiles;
    private volatile SalesLoop sales;
    private volatile CustomerSegments segments;
    private volatile CustomerProfitability profitability;
    private volatile Loyalty loyalty;
    private Text search;
    private Label hitCount;
    private Tables hits;
    private ScrolledComposite scroller;
    private Composite page;
    private Job find;
    private String shownCode;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(GridLayoutFactory.fillDefaults().create());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(left);
        search = new Text(left, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(presenter.text("view.search"));
        search.setToolTipText(presenter.text("view.searchHint"));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        hitCount = new Label(left, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(hitCount);
        hits = Tables.create(left, SWT.SINGLE)
                .column(presenter.text("view.hits.code"), 3, CustomerHit.class, CustomerHit::code)
                .column(presenter.text("view.hits.name"), 7, CustomerHit.class, CustomerHit::name)
                .column(presenter.text("view.hits.city"), 3, CustomerHit.class, CustomerHit::city);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(hits.control());
        hits.viewer().addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof CustomerHit hit) {
                showCustomer(hit.code());
            }
        });

        scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> {
            if (page != null && !page.isDisposed()) {
                relayout();
            }
        });
        sash.setWeights(35, 65);
        showMessage(presenter.text("view.pick"));

        find = Job.create(presenter.text("view.searchHint"), this::findCustomers);
        find.setSystem(true);
        search.addModifyListener(e -> find.schedule(250));
        find.schedule();
    }

    @PreDestroy
    void dispose() {
        find.cancel();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void profilesChanged(@Service CustomerProfiles current) {
        profiles = current;
        if (find != null) {
            find.schedule();
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void salesChanged(@Service SalesLoop current) {
        sales = current;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void segmentsChanged(@Service CustomerSegments current) {
        segments = current;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void profitabilityChanged(@Service CustomerProfitability current) {
        profitability = current;
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void loyaltyChanged(@Service Loyalty current) {
        loyalty = current;
    }

    /** Reads and shows the customer with this code; what a user's pick in the list does. */
    public void showCustomer(String code) {
        shownCode = code;
        CustomerProfiles source = profiles;
        if (source == null) {
            showMessage(presenter.text("view.noDatabase"));
            return;
        }
        Job.create(presenter.text("view.searchHint"), monitor -> {
            try {
                LocalDate today = LocalDate.now();
                Optional<CustomerPage> page = source.profile(code, today, MONTHS).map(p -> pageOf(p, today));
                sync.asyncExec(() -> {
                    if (!scroller.isDisposed() && code.equals(shownCode)) {
                        page.ifPresentOrElse(this::show,
                                () -> showMessage(presenter.text("view.notFound", code)));
                    }
                });
            } catch (RuntimeException e) {
                sync.asyncExec(() -> showMessage(presenter.text("view.loadFailed", e.getMessage())));
            }
        }).schedule();
    }

    /** Adds to the profile what the other marketing services know of the customer. */
    private CustomerPage pageOf(CustomerProfile profile, LocalDate today) {
        String code = profile.code();
        SalesLoop salesLoop = sales;
        CustomerSegments segmentRuns = segments;
        CustomerProfitability contributions = profitability;
        Loyalty points = loyalty;
        List<SalesRecordRow> openSales = salesLoop == null ? List.of()
                : Stream.of(SalesRecordType.QUOTE, SalesRecordType.CONTRACT, SalesRecordType.PAYMENT,
                        SalesRecordType.SERVICE_CASE).flatMap(t -> salesLoop.records(t, code, true, today).stream())
                        .toList();
        Figures contribution = contributions == null || profile.lifetime().firstOrder() == null ? null
                : total(contributions.families(code, profile.lifetime().firstOrder(), today));
        return new CustomerPage(profile, salesLoop == null ? null : salesLoop.credit(code, today), openSales,
                segmentRuns == null ? List.of() : segmentRuns.history(code), contribution,
                points == null ? null : points.account(code, today));
    }

    private static Figures total(List<FamilyContribution> families) {
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal contribution = BigDecimal.ZERO;
        for (FamilyContribution family : families) {
            tonnes = tonnes.add(family.figures().tonnes());
            revenue = revenue.add(family.figures().revenue());
            cost = cost.add(family.figures().cost());
            contribution = contribution.add(family.figures().contribution());
        }
        return new Figures(tonnes, revenue, cost, contribution);
    }

    /** The list of customers found, for tests. */
    TableViewer hitsViewer() {
        return hits.viewer();
    }

    private void findCustomers(IProgressMonitor monitor) {
        CustomerProfiles source = profiles;
        String[] text = new String[1];
        sync.syncExec(() -> text[0] = search.isDisposed() ? null : search.getText());
        if (text[0] == null) {
            return;
        }
        if (source == null) {
            sync.asyncExec(() -> showHits(List.of(), presenter.text("view.noDatabase")));
            return;
        }
        List<CustomerHit> found = source.find(text[0], MAX_HITS + 1);
        String count = found.size() > MAX_HITS ? presenter.text("view.foundMore", MAX_HITS)
                : presenter.text("view.found", found.size());
        List<CustomerHit> shown = found.subList(0, Math.min(found.size(), MAX_HITS));
        sync.asyncExec(() -> showHits(shown, count));
    }

    private void showHits(List<CustomerHit> found, String count) {
        if (hitCount.isDisposed()) {
            return;
        }
        hitCount.setText(count);
        hits.viewer().setInput(found);
    }

    private Composite newPage() {
        if (page != null) {
            page.dispose();
        }
        page = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(8, 10).numColumns(2).equalWidth(true).applyTo(page);
        scroller.setContent(page);
        return page;
    }

    private void showMessage(String message) {
        Composite content = newPage();
        Label label = new Label(content, SWT.WRAP);
        label.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(label);
        relayout();
    }

    private void show(CustomerPage customer) {
        CustomerProfile profile = customer.profile();
        Composite content = newPage();
        Label title = new Label(content, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        title.setText(presenter.title(profile));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);

        facts(content, presenter.text("section.identity"), presenter.identity(profile));
        facts(content, presenter.text("section.lifetime"), presenter.lifetime(profile));
        List<Fact> value = presenter.value(customer);
        if (!value.isEmpty()) {
            facts(content, presenter.text("section.value"), value);
        }
        if (customer.credit() != null) {
            facts(content, presenter.text("section.credit"), presenter.credit(customer.credit()));
        }
        trendChart(content, presenter.trend(profile));

        Group contacts = section(content, presenter.text("section.contacts"));
        Tables contactTable = Tables.create(contacts, SWT.NONE)
                .column(presenter.text("contact.name"), 3, ContactRow.class, ContactRow::name)
                .column(presenter.text("contact.role"), 3, ContactRow.class, ContactRow::role)
                .column(presenter.text("contact.phone"), 3, ContactRow.class, ContactRow::phone)
                .column(presenter.text("contact.email"), 4, ContactRow.class, ContactRow::email);
        contactTable.viewer().setInput(profile.contacts());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(contactTable.control());

        Group open = section(content, presenter.text("section.openLines"));
        Tables lineTable = Tables.create(open, SWT.NONE)
                .column(presenter.text("line.order"), 4, OpenLine.class, l -> l.orderNumber() + "/" + l.lineNumber())
                .column(presenter.text("line.product"), 3, OpenLine.class, l -> ModelWords.of(l.form(), locale))
                .column(presenter.text("line.grade"), 3, OpenLine.class, OpenLine::gradeCode)
                .column(presenter.text("line.size"), 3, OpenLine.class, presenter::size)
                .column(presenter.text("line.tonnes"), 2, OpenLine.class, l -> presenter.number(l.tonnes()))
                .column(presenter.text("line.price"), 2, OpenLine.class, l -> presenter.number(l.priceCnyPerTonne()))
                .column(presenter.text("line.due"), 3, OpenLine.class, l -> ProfilePresenter.date(l.dueDate()))
                .column(presenter.text("line.status"), 3, OpenLine.class, l -> ModelWords.of(l.status(), locale));
        lineTable.viewer().setInput(profile.openLines());
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 160).applyTo(lineTable.control());

        if (customer.credit() != null) {
            rows(content, presenter.text("section.openSales"), customer.openSales().stream().map(presenter::salesRow)
                    .toList(), List.of("sales.step", "sales.number", "sales.state", "sales.date", "sales.value",
                            "sales.note"));
        }
        if (!customer.segments().isEmpty()) {
            rows(content, presenter.text("section.segments"), customer.segments().stream().map(presenter::segmentRow)
                    .toList(), List.of("segments.date", "segments.segment", "segments.scores"));
        }
        relayout();
    }

    /** A titled group across the page's width. */
    private static Group section(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
        return group;
    }

    /** A table of text rows under a section title; {@code columns} are the keys of the column titles. */
    private void rows(Composite parent, String title, List<List<String>> rows, List<String> columns) {
        Tables table = Tables.create(section(parent, title), SWT.NONE);
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            table.column(presenter.text(columns.get(i)), 3, List.class, row -> String.valueOf(row.get(column)));
        }
        table.viewer().setInput(rows);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 130).applyTo(table.control());
    }

    private void facts(Composite parent, String title, List<Fact> facts) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().margins(8, 6).numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (Fact fact : facts) {
            new Label(group, SWT.NONE).setText(fact.label());
            Label value = new Label(group, SWT.WRAP);
            value.setText(fact.value());
            // A width hint lets long values (a segment's strategy) wrap instead of widening the page.
            GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(value);
        }
    }

    private void trendChart(Composite parent, Trend trend) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(presenter.text("section.trend", MONTHS));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 260).applyTo(chart);
        IAxisSet axes = chart.getAxisSet();
        IAxis months = axes.getXAxis(0);
        months.getTitle().setVisible(false);
        months.enableCategory(true);
        months.setCategorySeries(trend.months());
        axes.getYAxis(0).getTitle().setText(presenter.text("chart.tonnes"));
        IBarSeries<?> tonnes = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, presenter.text("chart.tonnes"));
        tonnes.setYSeries(trend.tonnes());
        tonnes.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
        int revenueAxis = axes.createYAxis();
        IAxis revenueY = axes.getYAxis(revenueAxis);
        revenueY.setPosition(IAxis.Position.Secondary);
        revenueY.getTitle().setText(presenter.text("chart.revenue"));
        ILineSeries<?> revenue = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, presenter.text("chart.revenue"));
        revenue.setYSeries(trend.revenueTenThousandCny());
        revenue.setYAxisId(revenueAxis);
        revenue.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        axes.adjustRange();
    }

    /** The page is as wide as the view, long texts wrap, and it scrolls down. */
    private void relayout() {
        int width = Math.max(scroller.getClientArea().width, MIN_PAGE_WIDTH);
        scroller.setMinSize(page.computeSize(width, SWT.DEFAULT));
        page.layout(true, true);
    }
}
