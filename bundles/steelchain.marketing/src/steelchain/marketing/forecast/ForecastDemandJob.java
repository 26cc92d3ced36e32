package steelchain.marketing.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.text.Texts;

/**
 * {@code forecast-demand}: forecasts the monthly ordered tonnes of every product family in every
 * region from the order history and stores the run, which {@link DemandForecasts} then offers.
 */
@Component(service = BatchJob.class)
public class ForecastDemandJob implements BatchJob {

    private static final Texts TEXTS = Texts.of(ForecastDemandJob.class);
    private static final int MAX_HORIZON = 36;

    /** Optional: without a database the job stays listed and says what is missing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(steelchain.owners=" + ForecastModel.OWNER + ")")
    private volatile DataStore store;

    private final Clock clock;

    public ForecastDemandJob() {
        this(Clock.systemDefaultZone());
    }

    ForecastDemandJob(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "forecast-demand";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "job.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        String[] methods = Arrays.stream(ForecastMethod.values()).map(ForecastMethod::option).toArray(String[]::new);
        return List.of(
                JobOption.of("horizon", OptionType.INTEGER, TEXTS.get(locale, "option.horizon", MAX_HORIZON))
                        .withDefault("6"),
                JobOption.choice("method", TEXTS.get(locale, "option.method"), methods)
                        .withDefault(ForecastMethod.AUTO.option()),
                JobOption.of("from", OptionType.DATE, TEXTS.get(locale, "option.from")),
                JobOption.of("to", OptionType.DATE, TEXTS.get(locale, "option.to")));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws Exception {
        Locale locale = arguments.locale();
        long horizon = arguments.integer("horizon");
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new UsageException(TEXTS.get(locale, "error.horizon", String.valueOf(horizon), MAX_HORIZON));
        }
        YearMonth to = arguments.has("to") ? YearMonth.from(arguments.date("to"))
                : YearMonth.from(LocalDate.now(clock)).minusMonths(1);
        YearMonth from = arguments.has("from") ? YearMonth.from(arguments.date("from")) : null;
        if (from != null && from.isAfter(to)) {
            throw new UsageException(TEXTS.get(locale, "error.fromAfterTo", from.toString(), to.toString()));
        }
        DataStore current = store;
        if (current == null) {
            return JobResult.failed(List.of(TEXTS.get(locale, "error.noDatabase")));
        }
        ForecastMethod method = ForecastMethod.ofOption(arguments.text("method"));
        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "task"), 1);
        DemandForecaster.Outcome outcome;
        try {
            outcome = DemandForecaster.run(current,
                    new DemandForecaster.Request(method, (int) horizon, from, to), LocalDateTime.now(clock),
                    progress.split(1));
        } catch (DemandForecaster.NothingToForecast e) {
            return JobResult.failed(List.of(TEXTS.get(locale, e.noOrders() ? "error.noOrders" : "error.tooShort",
                    e.first().toString(), e.last().toString(), method.option(), method.minimumMonths())));
        }
        String error = Double.isNaN(outcome.weightedWape()) ? TEXTS.get(locale, "summary.noBacktest")
                : TEXTS.get(locale, "summary.wape", outcome.weightedWape());
        return JobResult.succeeded(List.of(
                TEXTS.get(locale, "summary.run", outcome.runNumber(), outcome.seriesForecast(),
                        String.valueOf(horizon), outcome.historyFrom().toString(), outcome.historyTo().toString()),
                error,
                TEXTS.get(locale, "summary.tooShort", outcome.seriesTooShort())));
    }
}
