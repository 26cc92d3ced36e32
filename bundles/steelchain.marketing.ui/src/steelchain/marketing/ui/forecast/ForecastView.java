package steelchain.marketing.ui.forecast;

import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import steelchain.core.model.ProductForm;
import steelchain.core.text.Texts;
import steelchain.marketing.forecast.DemandForecasts;
import steelchain.marketing.forecast.DemandForecasts.MonthTonnes;
import steelchain.marketing.forecast.ForecastError;
import steelchain.marketing.forecast.ForecastMethod;
import steelchain.marketing.forecast.Region;
import steelchain.marketing.ui.insight.InsightTexts;

/**
 * Demand forecast: the ordered tonnes of a product family in a region month by month, and the
 * latest forecast run's months ahead with the backtest error of the method that made them.
 */
public class ForecastView {

    /** How many months of history the chart shows before the forecast. */
    static final int HISTORY_MONTHS = 36;
    private static final Texts TEXTS = Texts.of(ForecastView.class);

    private final Locale locale = Locale.getDefault();
    private volatile DemandForecasts service;

    private Composite parent;
    private Combo family;
    private Combo region;
    private Label run;
    private Label error;
    private Chart chart;
    private Table table;
    private Job load;
    private List<DemandForecasts.Series> series = List.of();

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        GridLayoutFactory.fillDefaults().margins(8, 6).spacing(6, 6).numColumns(6).applyTo(parent);
        new Label(parent, SWT.NONE).setText(TEXTS.get(locale, "family"));
        family = new Combo(parent, SWT.READ_ONLY);
        for (ProductForm form : ProductForm.values()) {
            family.add(InsightTexts.of(form, locale));
        }
        family.select(0);
        new Label(parent, SWT.NONE).setText(TEXTS.get(locale, "region"));
        region = new Combo(parent, SWT.READ_ONLY);
        for (Region r : Region.values()) {
            region.add(InsightTexts.of(r, locale));
        }
        region.select(0);
        run = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(run);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(InsightTexts.get(locale, "refresh"));
        refresh.addListener(SWT.Selection, e -> reload());
        error = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(error);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(sash);
        chart = new Chart(sash, SWT.NONE);
        chart.getTitle().setVisible(false);
        chart.getAxisSet().getXAxis(0).getTitle().setText(TEXTS.get(locale, "axis.month"));
        chart.getAxisSet().getXAxis(0).getTick().setFormat(new SimpleDateFormat("yyyy-MM"));
        chart.getAxisSet().getYAxis(0).getTitle().setText(TEXTS.get(locale, "axis.tonnes"));
        chart.getLegend().setPosition(SWT.BOTTOM);
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String key : List.of("column.month", "column.forecast", "column.lastYear")) {
            TableColumn column = new TableColumn(table, key.equals("column.month") ? SWT.LEFT : SWT.RIGHT);
            column.setText(TEXTS.get(locale, key));
            column.setWidth(key.equals("column.month") ? 90 : 130);
        }
        sash.setWeights(3, 1);

        family.addListener(SWT.Selection, e -> reload());
        region.addListener(SWT.Selection, e -> reload());
        load = new Job(TEXTS.get(locale, "loading")) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return read();
            }
        };
        load.setSystem(true);
        reload();
    }

    @PreDestroy
    void dispose() {
        if (load != null) {
            load.cancel();
        }
    }

    @Inject
    @Optional
    void serviceChanged(@Service DemandForecasts current) {
        service = current;
        if (parent != null && !parent.isDisposed()) {
            parent.getDisplay().asyncExec(this::reload);
        }
    }

    /** Shows the forecast of {@code form} in {@code place}, read in the background. */
    public void select(ProductForm form, Region place) {
        family.select(form.ordinal());
        region.select(place.ordinal());
        reload();
    }

    /** Reads the selected series again in the background. */
    public void reload() {
        if (load != null && !run.isDisposed()) {
            run.setText(TEXTS.get(locale, "loading"));
            load.schedule();
        }
    }

    /** Whether a read is scheduled or running, for tests. */
    public boolean isLoading() {
        return load.getState() != Job.NONE;
    }

    private IStatus read() {
        DemandForecasts current = service;
        if (current == null) {
            show(() -> run.setText(InsightTexts.get(locale, "noDatabase")));
            return Status.OK_STATUS;
        }
        ProductForm[] form = new ProductForm[1];
        Region[] place = new Region[1];
        parent.getDisplay().syncExec(() -> {
            if (!family.isDisposed()) {
                form[0] = ProductForm.values()[family.getSelectionIndex()];
                place[0] = Region.values()[region.getSelectionIndex()];
            }
        });
        if (form[0] == null) {
            return Status.OK_STATUS;
        }
        try {
            java.util.Optional<DemandForecasts.Run> latest = current.latestRun();
            List<DemandForecasts.Series> all = current.latestForecasts();
            java.util.Optional<DemandForecasts.Series> selected = all.stream()
                    .filter(s -> s.form() == form[0] && s.region() == place[0]).findFirst();
            YearMonth last = latest.map(DemandForecasts.Run::historyTo).orElse(YearMonth.now().minusMonths(1));
            List<MonthTonnes> history = current.history(form[0], place[0], last.minusMonths(HISTORY_MONTHS - 1L),
                    last);
            show(() -> {
                series = all;
                display(latest, selected, history);
            });
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            show(() -> run.setText(InsightTexts.get(locale, "loadFailed", e.getMessage())));
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

    private void display(java.util.Optional<DemandForecasts.Run> latest, java.util.Optional<DemandForecasts.Series> selected,
            List<MonthTonnes> history) {
        run.setText(latest.map(r -> TEXTS.get(locale, "run", r.runNumber(), r.createdAt().toLocalDate().toString(),
                r.historyFrom().toString(), r.historyTo().toString(), series.size()))
                .orElse(TEXTS.get(locale, "noRun")));
        error.setText(selected.map(s -> errorText(s.method(), s.error()))
                .orElse(latest.isPresent() ? TEXTS.get(locale, "noSeries") : ""));
        chart.suspendUpdate(true);
        for (var existing : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(existing.getId());
        }
        ILineSeries<?> actual = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "actual");
        actual.setDescription(TEXTS.get(locale, "series.actual"));
        actual.setXDateSeries(dates(history));
        actual.setYSeries(history.stream().mapToDouble(MonthTonnes::tonnes).toArray());
        actual.setLineColor(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        actual.setSymbolSize(3);
        table.removeAll();
        if (selected.isPresent()) {
            List<MonthTonnes> ahead = new ArrayList<>();
            if (!history.isEmpty()) {
                ahead.add(history.get(history.size() - 1)); // joins the forecast to the last actual month
            }
            ahead.addAll(selected.get().forecast());
            ILineSeries<?> forecast = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "forecast");
            forecast.setDescription(TEXTS.get(locale, "series.forecast"));
            forecast.setXDateSeries(dates(ahead));
            forecast.setYSeries(ahead.stream().mapToDouble(MonthTonnes::tonnes).toArray());
            forecast.setLineColor(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            forecast.setLineStyle(LineStyle.DASH);
            forecast.setSymbolSize(3);
            Map<YearMonth, Double> actualByMonth = new HashMap<>();
            history.forEach(m -> actualByMonth.put(m.month(), m.tonnes()));
            for (MonthTonnes month : selected.get().forecast()) {
                TableItem item = new TableItem(table, SWT.NONE);
                Double lastYear = actualByMonth.get(month.month().minusYears(1));
                item.setText(new String[] { month.month().toString(), TEXTS.get(locale, "tonnes", month.tonnes()),
                        lastYear == null ? "" : TEXTS.get(locale, "tonnes", lastYear) });
            }
        }
        chart.getAxisSet().adjustRange();
        chart.suspendUpdate(false);
        chart.redraw();
    }

    private String errorText(ForecastMethod method, ForecastError backtest) {
        if (backtest.points() == 0) {
            return TEXTS.get(locale, "error.none", InsightTexts.of(method, locale));
        }
        return TEXTS.get(locale, "error", InsightTexts.of(method, locale), InsightTexts.percent(backtest.mape(), locale),
                InsightTexts.percent(backtest.smape(), locale), InsightTexts.percent(backtest.wape(), locale),
                backtest.points());
    }

    private static Date[] dates(List<MonthTonnes> months) {
        return months.stream().map(m -> Date.from(m.month().atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant()))
                .toArray(Date[]::new);
    }

    /** The chart, for tests. */
    public Chart chart() {
        return chart;
    }

    /** The forecast table, for tests. */
    public Table table() {
        return table;
    }

    /** The line with method and backtest error, for tests. */
    public String errorLine() {
        return error.getText();
    }
}
