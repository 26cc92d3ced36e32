package steelchain.masterdata.layout;

import steelchain.core.model.WorkCenterType;
import steelchain.masterdata.layout.Column.Bound;

/** The columns of a work centre, keyed by {@link #CODE}: its plant, type and rate. */
public final class WorkCenterLayout {

    public static final Column CODE = Column.text("code", "工作中心编码", 32).required();
    public static final Column NAME = Column.text("name", "工作中心名称", 200).required();
    public static final Column PLANT_CODE = Column.text("plant_code", "厂区编码", 32).required();
    public static final Column TYPE = Column.choice("type", "类型", WorkCenterType.class).required();
    public static final Column CAPACITY = Column.decimal("capacity_t_per_h", "产能(吨/小时)", 9, 1)
            .bounded(Bound.POSITIVE).required();

    private WorkCenterLayout() {
    }
}
