package steelchain.marketing.pricing;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import steelchain.core.data.Migration;
import steelchain.core.data.Migrations;
import steelchain.core.data.PersistenceContribution;

/** The price list, discount and cost tables, versioned on their own from folder {@code db/pricing}. */
@Component(service = PersistenceContribution.class)
public class PricingModel implements PersistenceContribution {

    /** Owner of the pricing tables in the schema history. */
    public static final String OWNER = "steelchain.marketing.pricing";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(PriceListEntry.class, TierDiscount.class, VolumeBreak.class, UnitCost.class);
    }

    @Override
    public List<Migration> migrations() {
        return Migrations.of(PricingModel.class, "db/pricing");
    }
}
