package steelchain.core.event;

/** EventAdmin topics shared by SteelChain modules. Module-specific topics live in their modules. */
public final class Topics {

    /** A job run ended; the properties describe a {@link JobRun}. */
    public static final String JOB_FINISHED = "steelchain/job/finished";

    private Topics() {
    }
}
