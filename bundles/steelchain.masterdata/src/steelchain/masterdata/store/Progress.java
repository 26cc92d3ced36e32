package steelchain.masterdata.store;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Progress of a write or an export, one chunk at a time; a cancelled run throws and so rolls back. */
final class Progress {

    private Progress() {
    }

    static void chunkDone(SubMonitor progress, int work) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(work);
    }
}
