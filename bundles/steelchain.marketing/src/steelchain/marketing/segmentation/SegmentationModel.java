package steelchain.marketing.segmentation;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import steelchain.core.data.Migration;
import steelchain.core.data.Migrations;
import steelchain.core.data.PersistenceContribution;

/**
 * The segmentation's tables: runs, their segment tables, each customer's segment per run. Its
 * own owner and migration folder ({@value #MIGRATIONS}), apart from the other marketing parts
 * in the same bundle, so that schema versions never collide.
 */
@Component(service = PersistenceContribution.class)
public class SegmentationModel implements PersistenceContribution {

    public static final String OWNER = "steelchain.marketing.segmentation";
    static final String MIGRATIONS = "db/segmentation";

    @Override
    public String owner() {
        return OWNER;
    }

    @Override
    public List<Class<?>> managedClasses() {
        return List.of(SegmentRun.class, SegmentSize.class, CustomerSegment.class);
    }

    @Override
    public List<Migration> migrations() {
        return Migrations.of(SegmentationModel.class, MIGRATIONS);
    }
}
