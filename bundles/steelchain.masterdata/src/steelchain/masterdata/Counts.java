package steelchain.masterdata;

/** What an import did (or, in a dry run, would do) to the records of one kind. */
public record Counts(long created, long updated, long unchanged) {

    public static final Counts NONE = new Counts(0, 0, 0);

    public long total() {
        return created + updated + unchanged;
    }

    public Counts plus(Counts other) {
        return new Counts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
