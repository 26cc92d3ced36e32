package steelchain.masterdata;

/** The language of the column names an export writes; imports accept either. */
public enum HeaderLanguage {
    /** {@code code}, {@code name}, {@code credit_limit_cny}, ... */
    ENGLISH("en"),
    /** {@code 客户编码}, {@code 客户名称}, {@code 信用额度(元)}, ... */
    CHINESE("zh");

    private final String optionName;

    HeaderLanguage(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    public static HeaderLanguage ofOptionName(String name) {
        for (HeaderLanguage language : values()) {
            if (language.optionName.equals(name)) {
                return language;
            }
        }
        throw new IllegalArgumentException("No header language '" + name + "'");
    }
}
