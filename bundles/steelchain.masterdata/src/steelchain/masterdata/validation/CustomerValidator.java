package steelchain.masterdata.validation;

import static steelchain.masterdata.layout.CustomerLayout.CITY;
import static steelchain.masterdata.layout.CustomerLayout.CODE;
import static steelchain.masterdata.layout.CustomerLayout.CREDIT_LIMIT;
import static steelchain.masterdata.layout.CustomerLayout.GRADE;
import static steelchain.masterdata.layout.CustomerLayout.INDUSTRY;
import static steelchain.masterdata.layout.CustomerLayout.NAME;
import static steelchain.masterdata.layout.CustomerLayout.PROVINCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Column;
import steelchain.masterdata.layout.CustomerLayout;

/** Checks the rows of a customers file; a customer code may appear once. */
public final class CustomerValidator implements RowValidator<List<CustomerRow>> {

    private final Map<String, Integer> rowOfCode = new HashMap<>();
    private final List<CustomerRow> rows = new ArrayList<>();

    @Override
    public List<Column> columns() {
        return CustomerLayout.COLUMNS;
    }

    @Override
    public void accept(RowValues row) {
        String code = row.text(CODE);
        String name = row.text(NAME);
        Industry industry = row.choice(INDUSTRY, Industry.class);
        String province = row.text(PROVINCE);
        String city = row.text(CITY);
        BigDecimal creditLimit = row.decimal(CREDIT_LIMIT);
        CustomerGrade grade = row.choice(GRADE, CustomerGrade.class);
        if (code != null) {
            Integer firstRow = rowOfCode.putIfAbsent(code, row.row());
            if (firstRow != null) {
                row.problem(CODE, Reason.DUPLICATE, firstRow);
            }
        }
        if (!row.fileHasProblems()) {
            rows.add(new CustomerRow(code, name, industry, province, city, creditLimit, grade));
        }
    }

    @Override
    public List<CustomerRow> result() {
        return rows;
    }
}
