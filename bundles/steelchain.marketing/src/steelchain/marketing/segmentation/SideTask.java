package steelchain.marketing.segmentation;

/**
 * Work done on a thread of its own while the calling thread does other work, or in line where
 * there is one core. A named subclass per kind of work, not a lambda: in a freshly started JVM
 * the first call of each lambda costs milliseconds of class spinning.
 */
abstract class SideTask extends Thread {

    private volatile Throwable failure;

    SideTask(String name) {
        super(name);
        setDaemon(true);
    }

    /** The work; what it computes it keeps in fields of its own, read after {@link #await()}. */
    protected abstract void work();

    @Override
    public final void run() {
        try {
            work();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    /** Starts the work on its thread, or with {@code parallel} false does it now on this one. */
    final void fork(boolean parallel) {
        if (parallel) {
            start();
        } else {
            run();
        }
    }

    /** Waits for the work to end; its failure is thrown here. */
    final void await() {
        if (getState() != State.NEW) {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(getName() + " interrupted", e);
            }
        }
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }
}
