package steelchain.core.model;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import steelchain.core.data.Migration;
import steelchain.core.data.Migrations;
import steelchain.core.data.PersistenceContribution;

/** Contributes the shared steel model's entities and tables to the product's database. */
@Component(service = PersistenceContribution.class)
public class CoreModel implements PersistenceContribution {

    @Override
    public String owner() {
        return "steelchain.core";
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(BaseEntity.class, Location.class, ElementRange.class, Customer.class, Contact.class,
                SteelGrade.class, ProductSpec.class, Plant.class, Warehouse.class, WorkCenter.class, Material.class,
                Supplier.class, SalesOrder.class, OrderLine.class);
    }

    @Override
    public List<Migration> migrations() {
        return Migrations.of(CoreModel.class);
    }
}
