package steelchain.core.batch;

/** The kinds of value a job option takes on the command line. */
public enum OptionType {
    /** Free text. */
    TEXT,
    /** A whole number such as {@code 42}. */
    INTEGER,
    /** A decimal number such as {@code 12.5}. */
    DECIMAL,
    /** A switch given without a value, e.g. {@code --dry-run}. */
    FLAG,
    /** A path to a file or folder. */
    PATH,
    /** A calendar date in ISO form, {@code 2026-01-31}. */
    DATE,
    /** One of a fixed list of words. */
    CHOICE
}
