package steelchain.masterdata.layout;

import java.util.List;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.masterdata.layout.Column.Bound;

/** The columns of a customers file, one customer per row, keyed by {@link #CODE}. */
public final class CustomerLayout {

    public static final Column CODE = Column.text("code", "客户编码", 32).required();
    public static final Column NAME = Column.text("name", "客户名称", 200).required();
    public static final Column INDUSTRY = Column.choice("industry", "行业", Industry.class).required();
    public static final Column PROVINCE = Column.text("province", "省份", 40);
    public static final Column CITY = Column.text("city", "城市", 40);
    public static final Column CREDIT_LIMIT = Column.decimal("credit_limit_cny", "信用额度(元)", 16, 2)
            .bounded(Bound.NON_NEGATIVE).required();
    public static final Column GRADE = Column.choice("grade", "客户等级", CustomerGrade.class).required();

    /** In the order an export writes them. */
    public static final List<Column> COLUMNS = List.of(CODE, NAME, INDUSTRY, PROVINCE, CITY, CREDIT_LIMIT, GRADE);

    private CustomerLayout() {
    }
}
