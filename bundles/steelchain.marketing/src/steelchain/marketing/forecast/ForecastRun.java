package steelchain.marketing.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.ProductForm;

/**
 * One run of the demand forecast: the history it read (whole months from {@code historyFrom} to
 * {@code historyTo}, both first days of a month), the method asked for and the horizon; its
 * series hold the forecasts. Users know a run by its {@link #getRunNumber() number}.
 */
@Entity
@Table(name = "MKT_FORECAST_RUN")
public class ForecastRun extends BaseEntity {

    @Column(name = "RUN_NUMBER", length = 32, nullable = false, unique = true)
    private String runNumber;
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", length = 20, nullable = false)
    private ForecastMethod method;
    @Column(name = "HORIZON_MONTHS", nullable = false)
    private int horizonMonths;
    @Column(name = "HISTORY_FROM", nullable = false)
    private LocalDate historyFrom;
    @Column(name = "HISTORY_TO", nullable = false)
    private LocalDate historyTo;
    @OneToMany(mappedBy = "run", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ForecastSeries> series = new ArrayList<>();

    protected ForecastRun() {
    }

    public ForecastRun(String runNumber, LocalDateTime createdAt, ForecastMethod method, int horizonMonths,
            LocalDate historyFrom, LocalDate historyTo) {
        this.runNumber = runNumber;
        this.createdAt = createdAt;
        this.method = method;
        this.horizonMonths = horizonMonths;
        this.historyFrom = historyFrom;
        this.historyTo = historyTo;
    }

    public String getRunNumber() {
        return runNumber;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public ForecastMethod getMethod() {
        return method;
    }

    public int getHorizonMonths() {
        return horizonMonths;
    }

    /** First month of the history read. */
    public LocalDate getHistoryFrom() {
        return historyFrom;
    }

    /** Last month of the history read. */
    public LocalDate getHistoryTo() {
        return historyTo;
    }

    public List<ForecastSeries> getSeries() {
        return series;
    }

    /** Adds the forecast of one product family in one region. */
    public ForecastSeries addSeries(ProductForm form, Region region, ForecastMethod usedMethod,
            ForecastError error) {
        ForecastSeries added = new ForecastSeries(this, form, region, usedMethod, error);
        series.add(added);
        return added;
    }
}
