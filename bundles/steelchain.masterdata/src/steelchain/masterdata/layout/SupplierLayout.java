package steelchain.masterdata.layout;

/**
 * The columns of a supplier, keyed by {@link #CODE}; its place is a {@link LocationLayout}.
 * {@link #MATERIAL_CODES} lists the codes of the materials it delivers, separated by
 * {@value #MATERIAL_SEPARATOR}.
 */
public final class SupplierLayout {

    public static final String MATERIAL_SEPARATOR = ";";

    public static final Column CODE = Column.text("code", "供应商编码", 32).required();
    public static final Column NAME = Column.text("name", "供应商名称", 200).required();
    public static final Column MATERIAL_CODES = Column.text("material_codes", "供应物料", 2000).required();

    private SupplierLayout() {
    }
}
