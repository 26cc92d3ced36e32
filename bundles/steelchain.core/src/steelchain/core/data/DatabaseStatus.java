package steelchain.core.data;

/**
 * Offered as an OSGi service by the bundle that owns the database connection, so that the
 * status line and the health report can say which database is in use without knowing how
 * it is reached.
 */
public interface DatabaseStatus {

    /** A description of the database as it is now. */
    Snapshot snapshot();

    /**
     * @param mode      how the database is reached, e.g. {@code embedded}, {@code server}, {@code jdbc}
     * @param location  where it is: a folder or a JDBC URL without credentials
     * @param connected whether a connection could be made just now
     * @param sizeBytes size on disk, or -1 when unknown (a remote server)
     * @param problem   why it is not connected, or what else is wrong with it (a module whose
     *                  tables could not be upgraded); empty when all is well
     */
    record Snapshot(String mode, String location, boolean connected, long sizeBytes, String problem) {
    }
}
