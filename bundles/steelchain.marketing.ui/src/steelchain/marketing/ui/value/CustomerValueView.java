package steelchain.marketing.ui.value;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.text.Texts;
import steelchain.marketing.loyalty.Loyalty;
import steelchain.marketing.loyalty.LoyaltyRule.Account;
import steelchain.marketing.profitability.CustomerProfitability;
import steelchain.marketing.profitability.CustomerProfitability.CustomerContribution;
import steelchain.marketing.profitability.CustomerProfitability.FamilyContribution;
import steelchain.marketing.profitability.CustomerProfitability.Report;
import steelchain.marketing.ui.insight.InsightTexts;
import steelchain.ui.widgets.Grid;
import steelchain.ui.widgets.GridColumn;

/**
 * Customer value: the 80/20 rule made visible. A Pareto chart of the customers' contribution
 * (revenue less cost; bars, largest first, losses in red) with the running share of the total
 * (line, right axis), the customers in a grid with their loyalty standing, and the contribution
 * per product family of all customers or of the one selected.
 */
public class CustomerValueView {

    private static final Texts TEXTS = Texts.of(CustomerValueView.class);
    /** The periods offered, in months back from today; 0 for the whole history. */
    private static final int[] PERIOD_MONTHS = { 12, 24, 36, 0 };

    /** A customer row: its contribution and its loyalty account (null when unknown). */
    public record Row(CustomerContribution customer, Account loyalty) {
    }

    private final Locale locale = Locale.getDefault();
    private volatile CustomerProfitability profitability;
    private volatile Loyalty loyalty;

    private Composite parent;
    private Combo period;
    private Label summary;
    private Chart chart;
    private Grid<Row> grid;
    private Label familyTitle;
    private Table families;
    private Job load;
    private Report report;

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).numColumns(4).applyTo(parent);
        new Label(parent, SWT.NONE).setText(TEXTS.get(locale, "period"));
        period = new Combo(parent, SWT.READ_ONLY);
        for (int months : PERIOD_MONTHS) {
            period.add(months == 0 ? TEXTS.get(locale, "period.all") : TEXTS.get(locale, "period.months", months));
        }
        period.select(0);
        period.addListener(SWT.Selection, e -> reload());
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(InsightTexts.get(locale, "refresh"));
        refresh.addListener(SWT.Selection, e -> reload());

        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(vertical);
        chart = new Chart(vertical, SWT.NONE);
        chart.getTitle().setText(TEXTS.get(locale, "chart.title"));
        chart.getAxisSet().getXAxis(0).getTitle().setText(TEXTS.get(locale, "axis.rank"));
        chart.getAxisSet().getYAxis(0).getTitle().setText(TEXTS.get(locale, "axis.contribution"));
        int shareAxis = chart.getAxisSet().createYAxis();
        IAxis share = chart.getAxisSet().getYAxis(shareAxis);
        share.setPosition(IAxis.Position.Secondary);
        share.getTitle().setText(TEXTS.get(locale, "axis.share"));
        chart.getLegend().setPosition(SWT.BOTTOM);

        SashForm horizontal = new SashForm(vertical, SWT.HORIZONTAL);
        grid = new Grid<>(horizontal, columns());
        grid.addSelectionListener(rows -> showFamiliesOf(rows.isEmpty() ? null : rows.get(0)));
        Composite right = new Composite(horizontal, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        familyTitle = new Label(right, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(familyTitle);
        families = new Table(right, SWT.BORDER | SWT.FULL_SELECTION);
        families.setHeaderVisible(true);
        families.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(families);
        for (String key : List.of("column.family", "column.tonnes", "column.contribution", "column.margin")) {
            TableColumn column = new TableColumn(families, key.equals("column.family") ? SWT.LEFT : SWT.RIGHT);
            column.setText(TEXTS.get(locale, key));
            column.setWidth(key.equals("column.family") ? 120 : 110);
        }
        horizontal.setWeights(3, 1);
        vertical.setWeights(2, 3);

        load = new Job(TEXTS.get(locale, "loading")) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return read();
            }
        };
        load.setSystem(true);
        reload();
    }

    private List<GridColumn<Row>> columns() {
        return List.of(
                GridColumn.<Row>number(TEXTS.get(locale, "column.rank"), r -> r.customer().rank(), "#0", locale)
                        .width(50),
                GridColumn.<Row>text(TEXTS.get(locale, "column.code"), r -> r.customer().customerCode()).width(90),
                GridColumn.<Row>text(TEXTS.get(locale, "column.name"), r -> r.customer().customerName()).width(200),
                GridColumn.<Row>text(TEXTS.get(locale, "column.grade"), r -> r.customer().grade().name()).width(50),
                GridColumn.<Row>number(TEXTS.get(locale, "column.tonnes"), r -> r.customer().figures().tonnes(),
                        "#,##0", locale).width(90),
                GridColumn.<Row>number(TEXTS.get(locale, "column.revenue"), r -> r.customer().figures().revenue(),
                        "#,##0", locale).width(120),
                GridColumn.<Row>number(TEXTS.get(locale, "column.contribution"),
                        r -> r.customer().figures().contribution(), "#,##0", locale).width(120),
                GridColumn.<Row>number(TEXTS.get(locale, "column.margin"),
                        r -> r.customer().figures().marginRatio() * 100, "0.0", locale).width(80),
                GridColumn.<Row>number(TEXTS.get(locale, "column.cumulative"),
                        r -> Double.isNaN(r.customer().cumulativeShare()) ? null : r.customer().cumulativeShare() * 100,
                        "0.0", locale).width(90),
                GridColumn.<Row>text(TEXTS.get(locale, "column.tier"),
                        r -> r.loyalty() == null ? "" : InsightTexts.of(r.loyalty().tier(), locale)).width(80),
                GridColumn.<Row>number(TEXTS.get(locale, "column.points"),
                        r -> r.loyalty() == null ? null : r.loyalty().balance(), "#,##0", locale).width(90));
    }

    @PreDestroy
    void dispose() {
        if (load != null) {
            load.cancel();
        }
    }

    @Inject
    @Optional
    void profitabilityChanged(@Service CustomerProfitability current) {
        profitability = current;
        reloadLater();
    }

    @Inject
    @Optional
    void loyaltyChanged(@Service Loyalty current) {
        loyalty = current;
        reloadLater();
    }

    private void reloadLater() {
        if (parent != null && !parent.isDisposed()) {
            parent.getDisplay().asyncExec(this::reload);
        }
    }

    /** Reads the period's figures again in the background. */
    public void reload() {
        if (load != null && !summary.isDisposed()) {
            summary.setText(TEXTS.get(locale, "loading"));
            load.schedule();
        }
    }

    /** Whether a read is scheduled or running, for tests. */
    public boolean isLoading() {
        return load.getState() != Job.NONE;
    }

    private IStatus read() {
        CustomerProfitability current = profitability;
        if (current == null) {
            show(() -> summary.setText(InsightTexts.get(locale, "noDatabase")));
            return Status.OK_STATUS;
        }
        int[] months = new int[1];
        parent.getDisplay().syncExec(() -> {
            if (!period.isDisposed()) {
                months[0] = PERIOD_MONTHS[period.getSelectionIndex()];
            }
        });
        LocalDate today = LocalDate.now();
        // The whole history is every order the database holds, dated as far as a date column goes.
        LocalDate from = months[0] == 0 ? LocalDate.of(1, 1, 1) : today.minusMonths(months[0]).plusDays(1);
        LocalDate to = months[0] == 0 ? LocalDate.of(9999, 12, 31) : today;
        try {
            Report read = current.report(from, to);
            Loyalty loyaltyService = loyalty;
            Map<String, Account> accounts = loyaltyService == null ? Map.of() : loyaltyService.accounts(today);
            List<Row> rows = read.customers().stream().map(c -> new Row(c, accounts.get(c.customerCode()))).toList();
            show(() -> display(read, rows));
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            show(() -> summary.setText(InsightTexts.get(locale, "loadFailed", e.getMessage())));
            return Status.error(e.getMessage(), e);
        }
    }

    private void show(Runnable update) {
        if (!parent.isDisposed()) {
            parent.getDisplay().asyncExec(() -> {
                if (!parent.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    private void display(Report read, List<Row> rows) {
        report = read;
        int customers = read.customers().size();
        String text = customers == 0 ? TEXTS.get(locale, "summary.none")
                : TEXTS.get(locale, "summary", read.total().contribution().doubleValue() / 1e6, customers,
                        read.customersForEighty(), customers == 0 ? 0 : (double) read.customersForEighty() / customers,
                        read.lossMakers(), read.total().marginRatio());
        if (!read.formsWithoutCost().isEmpty()) {
            text += " " + TEXTS.get(locale, "summary.noCost", read.formsWithoutCost().stream()
                    .map(f -> InsightTexts.of(f, locale)).toList().toString());
        }
        summary.setText(text);
        parent.layout(true, true);
        grid.setInput(rows);
        drawPareto(read.customers());
        showFamiliesOf(null);
    }

    private void drawPareto(List<CustomerContribution> customers) {
        // Series are built with updates suspended: SWTChart lays out (and fails on) a bar series without data.
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> existing : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(existing.getId());
            }
            if (!customers.isEmpty()) {
                addPareto(customers);
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private void addPareto(List<CustomerContribution> customers) {
        int n = customers.size();
        double[] ranks = new double[n];
        double[] profit = new double[n];
        double[] loss = new double[n];
        double[] share = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerContribution c = customers.get(i);
            ranks[i] = c.rank();
            double millions = c.figures().contribution().doubleValue() / 1e6;
            profit[i] = Math.max(0, millions);
            loss[i] = Math.min(0, millions);
            share[i] = Double.isNaN(c.cumulativeShare()) ? 0 : c.cumulativeShare() * 100;
        }
        IBarSeries<?> gains = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "profit");
        gains.setDescription(TEXTS.get(locale, "series.profit"));
        gains.setXSeries(ranks);
        gains.setYSeries(profit);
        gains.setBarColor(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
        gains.setBarPadding(0);
        IBarSeries<?> losses = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "loss");
        losses.setDescription(TEXTS.get(locale, "series.loss"));
        losses.setXSeries(ranks);
        losses.setYSeries(loss);
        losses.setBarColor(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        losses.setBarPadding(0);
        ILineSeries<?> cumulative = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "share");
        cumulative.setDescription(TEXTS.get(locale, "series.share"));
        cumulative.setXSeries(ranks);
        cumulative.setYSeries(share);
        cumulative.setYAxisId(chart.getAxisSet().getYAxisIds()[1]);
        cumulative.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        cumulative.setLineColor(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        cumulative.setLineWidth(2);
        chart.getAxisSet().adjustRange();
        double peak = 100;
        for (double s : share) {
            peak = Math.max(peak, s);
        }
        chart.getAxisSet().getYAxis(chart.getAxisSet().getYAxisIds()[1]).setRange(new Range(0, peak * 1.05));
    }

    private void showFamiliesOf(Row selected) {
        if (report == null) {
            return;
        }
        if (selected == null) {
            familyTitle.setText(TEXTS.get(locale, "families.all"));
            fillFamilies(report.families());
            return;
        }
        CustomerProfitability current = profitability;
        String code = selected.customer().customerCode();
        familyTitle.setText(TEXTS.get(locale, "families.of", selected.customer().customerName()));
        LocalDate from = report.from();
        LocalDate to = report.to();
        Job.create(TEXTS.get(locale, "loading"), monitor -> {
            List<FamilyContribution> read = current.families(code, from, to);
            show(() -> fillFamilies(read));
        }).schedule();
    }

    private void fillFamilies(List<FamilyContribution> rows) {
        families.removeAll();
        for (FamilyContribution family : rows) {
            TableItem item = new TableItem(families, SWT.NONE);
            item.setText(new String[] { InsightTexts.of(family.form(), locale),
                    TEXTS.get(locale, "number", family.figures().tonnes()),
                    TEXTS.get(locale, "number", family.figures().contribution()),
                    InsightTexts.percent(family.figures().marginRatio(), locale) });
        }
    }

    /** The customer grid, for tests. */
    public Grid<Row> grid() {
        return grid;
    }

    /** The Pareto chart, for tests. */
    public Chart chart() {
        return chart;
    }

    /** The contribution per family table, for tests. */
    public Table families() {
        return families;
    }

    /** The summary line, for tests. */
    public String summaryLine() {
        return summary.getText();
    }
}
