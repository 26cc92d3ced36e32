package steelchain.marketing.forecast;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import steelchain.core.data.Migration;
import steelchain.core.data.Migrations;
import steelchain.core.data.PersistenceContribution;

/** The demand forecast runs' tables, versioned on their own from folder {@code db/forecast}. */
@Component(service = PersistenceContribution.class)
public class ForecastModel implements PersistenceContribution {

    /** Owner of the forecast tables in the schema history. */
    public static final String OWNER = "steelchain.marketing.forecast";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(ForecastRun.class, ForecastSeries.class, ForecastPoint.class);
    }

    @Override
    public List<Migration> migrations() {
        return Migrations.of(ForecastModel.class, "db/forecast");
    }
}
