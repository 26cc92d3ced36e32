package steelchain.core.batch;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A unit of work that runs headless from the batch runner ({@code ./steelchain batch <name>})
 * and, where a module offers it, from the desktop client as an Eclipse Job. Bundles
 * contribute jobs as OSGi services; the runner lists whatever is registered.
 */
public interface BatchJob {

    /** Command name, lower case with dashes, e.g. {@code health} or {@code demo-data}. */
    String name();

    /** One line on what the job does, in the given locale. */
    String description(Locale locale);

    /** The options the job accepts, with help texts in the given locale. */
    default List<JobOption> options(Locale locale) {
        return List.of();
    }

    /**
     * Does the work. Reports progress to {@code monitor} and stops early when it is cancelled.
     *
     * @return the outcome with a summary for the operator
     * @throws UsageException when an option value is of the right type but outside what the job accepts (a
     *                   range, a combination); thrown before any work, and reported like a wrong command line
     * @throws Exception when the job cannot complete; the runner reports the message as a failure
     */
    JobResult run(JobArguments arguments, IProgressMonitor monitor) throws Exception;
}
