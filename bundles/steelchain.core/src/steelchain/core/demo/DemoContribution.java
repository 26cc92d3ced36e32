package steelchain.core.demo;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import steelchain.core.data.DataStore;

/**
 * A module's share of the demo company, offered as an OSGi service: records the module builds
 * on the demo's master data and order history (quotes, payments, price lists, ...). The
 * {@code demo-data} job calls every contribution after it has written the company, in
 * {@link #order()}, so that a module installed with the demo brings its own believable data
 * without the demo bundle knowing the module.
 */
public interface DemoContribution {

    /** What the contribution adds, for the progress line, e.g. "quotes and contracts". */
    String description(Locale locale);

    /** Contributions run by ascending order; a module whose data builds on another's runs later. */
    default int order() {
        return 100;
    }

    /**
     * Adds the module's demo records to a database that holds a freshly written demo company.
     * Writes in transactions of its own; the same {@code seed} gives the same records.
     *
     * @param today the day the demo company's history ends
     * @return one line for the job's summary, e.g. "1,204 quotes, 830 contracts"
     */
    String fill(DataStore store, long seed, LocalDate today, Locale locale, IProgressMonitor monitor);

    /** Removes every record {@link #fill} wrote, after the demo run failed or was cancelled. */
    void remove(DataStore store);
}
