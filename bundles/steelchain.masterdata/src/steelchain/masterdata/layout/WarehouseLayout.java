package steelchain.masterdata.layout;

import steelchain.masterdata.layout.Column.Bound;

/**
 * The columns of a warehouse, keyed by {@link #CODE}; its place is a {@link LocationLayout}.
 * A warehouse at a plant names the plant's code; a distribution centre names none.
 */
public final class WarehouseLayout {

    public static final Column CODE = Column.text("code", "仓库编码", 32).required();
    public static final Column NAME = Column.text("name", "仓库名称", 200).required();
    public static final Column PLANT_CODE = Column.text("plant_code", "厂区编码", 32);
    public static final Column CAPACITY = Column.decimal("capacity_t", "库容(吨)", 12, 1).bounded(Bound.POSITIVE)
            .required();

    private WarehouseLayout() {
    }
}
