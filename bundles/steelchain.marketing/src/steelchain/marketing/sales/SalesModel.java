package steelchain.marketing.sales;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import steelchain.core.data.Migration;
import steelchain.core.data.Migrations;
import steelchain.core.data.PersistenceContribution;

/** Contributes the tables of the closed sales loop; its schema versions are its own, in {@code db/sales}. */
@Component(service = PersistenceContribution.class)
public class SalesModel implements PersistenceContribution {

    public static final String OWNER = "steelchain.marketing.sales";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(Opportunity.class, Quote.class, QuoteLine.class, Contract.class, OrderConfirmation.class,
                Delivery.class, Payment.class, ServiceCase.class, SalesHistory.class);
    }

    @Override
    public List<Migration> migrations() {
        return Migrations.of(SalesModel.class, "db/sales");
    }
}
