package steelchain.marketing.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.ProductForm;

/** The forecast of one product family in one region within a run, with the method's backtest error. */
@Entity
@Table(name = "MKT_FORECAST_SERIES", uniqueConstraints = @UniqueConstraint(columnNames = { "RUN_ID", "FORM",
        "REGION" }))
public class ForecastSeries extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "RUN_ID", nullable = false)
    private ForecastRun run;
    @Enumerated(EnumType.STRING)
    @Column(name = "FORM", length = 20, nullable = false)
    private ProductForm form;
    @Enumerated(EnumType.STRING)
    @Column(name = "REGION", length = 12, nullable = false)
    private Region region;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", length = 20, nullable = false)
    private ForecastMethod method;
    /** Backtest errors as ratios; null where undefined. */
    @Column(name = "MAPE")
    private Double mape;
    @Column(name = "SMAPE")
    private Double smape;
    @Column(name = "WAPE")
    private Double wape;
    @Column(name = "BACKTEST_POINTS", nullable = false)
    private int backtestPoints;
    @OneToMany(mappedBy = "series", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("month")
    private List<ForecastPoint> points = new ArrayList<>();

    protected ForecastSeries() {
    }

    ForecastSeries(ForecastRun run, ProductForm form, Region region, ForecastMethod method, ForecastError error) {
        this.run = run;
        this.form = form;
        this.region = region;
        this.method = method;
        this.mape = orNull(error.mape());
        this.smape = orNull(error.smape());
        this.wape = orNull(error.wape());
        this.backtestPoints = error.points();
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }

    public ForecastRun getRun() {
        return run;
    }

    public ProductForm getForm() {
        return form;
    }

    public Region getRegion() {
        return region;
    }

    /** The method that made the forecast (the chosen one when the run asked for auto). */
    public ForecastMethod getMethod() {
        return method;
    }

    public ForecastError getError() {
        return new ForecastError(orNaN(mape), orNaN(smape), orNaN(wape), backtestPoints);
    }

    public List<ForecastPoint> getPoints() {
        return points;
    }

    /** Adds the forecast tonnes of one month (its first day). */
    public ForecastPoint addPoint(LocalDate month, BigDecimal tonnes) {
        ForecastPoint point = new ForecastPoint(this, month, tonnes);
        points.add(point);
        return point;
    }
}
