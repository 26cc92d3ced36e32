package steelchain.marketing.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import steelchain.core.model.BaseEntity;

/** Forecast tonnes of one month (stored as its first day) in a series. */
@Entity
@Table(name = "MKT_FORECAST_POINT", uniqueConstraints = @UniqueConstraint(columnNames = { "SERIES_ID", "MONTH_START" }))
public class ForecastPoint extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "SERIES_ID", nullable = false)
    private ForecastSeries series;
    @Column(name = "MONTH_START", nullable = false)
    private LocalDate month;
    @Column(name = "TONNES", precision = 12, scale = 1, nullable = false)
    private BigDecimal tonnes;

    protected ForecastPoint() {
    }

    ForecastPoint(ForecastSeries series, LocalDate month, BigDecimal tonnes) {
        this.series = series;
        this.month = month;
        this.tonnes = tonnes;
    }

    public ForecastSeries getSeries() {
        return series;
    }

    /** First day of the month forecast. */
    public LocalDate getMonth() {
        return month;
    }

    public BigDecimal getTonnes() {
        return tonnes;
    }
}
