package steelchain.masterdata.layout;

/** The columns of a plant (a steel works), keyed by {@link #CODE}; its place is a {@link LocationLayout}. */
public final class PlantLayout {

    public static final Column CODE = Column.text("code", "厂区编码", 32).required();
    public static final Column NAME = Column.text("name", "厂区名称", 200).required();

    private PlantLayout() {
    }
}
