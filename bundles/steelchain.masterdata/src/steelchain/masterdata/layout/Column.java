package steelchain.masterdata.layout;

import java.util.Arrays;
import java.util.List;

import steelchain.masterdata.HeaderLanguage;

/**
 * One column of a master-data CSV layout: its English and Chinese name and what its cells
 * may hold. Lengths, digits and decimals are those of the database column it fills.
 */
public final class Column {

    /** The kinds of value a cell holds. */
    public enum Type {
        TEXT, INTEGER, DECIMAL, DATE, CHOICE
    }

    /** Which numbers a number column admits, beyond fitting its digits. */
    public enum Bound {
        ANY, POSITIVE, NON_NEGATIVE, PERCENT,
        /** Degrees north (positive) or south, WGS84. */
        LATITUDE,
        /** Degrees east (positive) or west, WGS84. */
        LONGITUDE
    }

    private final String name;
    private final String chineseName;
    private final Type type;
    private final boolean required;
    private final int maxLength;
    private final int precision;
    private final int scale;
    private final List<String> choices;
    private final Bound bound;

    private Column(String name, String chineseName, Type type, boolean required, int maxLength, int precision,
            int scale, List<String> choices, Bound bound) {
        this.name = name;
        this.chineseName = chineseName;
        this.type = type;
        this.required = required;
        this.maxLength = maxLength;
        this.precision = precision;
        this.scale = scale;
        this.choices = choices;
        this.bound = bound;
    }

    static Column text(String name, String chineseName, int maxLength) {
        return new Column(name, chineseName, Type.TEXT, false, maxLength, 0, 0, List.of(), Bound.ANY);
    }

    /** A whole number that fits the database's INTEGER. */
    static Column integer(String name, String chineseName) {
        return new Column(name, chineseName, Type.INTEGER, false, 0, 9, 0, List.of(), Bound.ANY);
    }

    /** A number of DECIMAL({@code precision}, {@code scale}). */
    static Column decimal(String name, String chineseName, int precision, int scale) {
        return new Column(name, chineseName, Type.DECIMAL, false, 0, precision, scale, List.of(), Bound.ANY);
    }

    static Column date(String name, String chineseName) {
        return new Column(name, chineseName, Type.DATE, false, 0, 0, 0, List.of(), Bound.ANY);
    }

    /** One of the constants of {@code values}, written by name. */
    static Column choice(String name, String chineseName, Class<? extends Enum<?>> values) {
        List<String> names = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new Column(name, chineseName, Type.CHOICE, false, 0, 0, 0, names, Bound.ANY);
    }

    /** This column, which every file must have and every row must fill. */
    Column required() {
        return new Column(name, chineseName, type, true, maxLength, precision, scale, choices, bound);
    }

    /** This number column, admitting only numbers within {@code bound}. */
    Column bounded(Bound bound) {
        return new Column(name, chineseName, type, required, maxLength, precision, scale, choices, bound);
    }

    /** The English name, e.g. {@code credit_limit_cny}. */
    public String name() {
        return name;
    }

    public String chineseName() {
        return chineseName;
    }

    public String name(HeaderLanguage language) {
        return language == HeaderLanguage.CHINESE ? chineseName : name;
    }

    public Type type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    /** The most characters a text may have. */
    public int maxLength() {
        return maxLength;
    }

    /** The most digits of a number, before and after the decimal point together. */
    public int precision() {
        return precision;
    }

    /** The most decimal places of a number. */
    public int scale() {
        return scale;
    }

    /** Which numbers a number column admits. */
    public Bound bound() {
        return bound;
    }

    /** The valid values of a choice. */
    public List<String> choices() {
        return choices;
    }

    @Override
    public String toString() {
        return name;
    }
}
