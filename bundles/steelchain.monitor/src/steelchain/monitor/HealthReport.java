package steelchain.monitor;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import steelchain.core.data.DatabaseStatus;
import steelchain.core.event.JobRun;

/**
 * The platform's health at one moment: what is installed, where the data lives, what ran
 * and what went wrong recently.
 *
 * @param checkedAt       when the report was made
 * @param modules         installed business modules
 * @param bundles         every bundle in the framework, SteelChain's first
 * @param dataFolder      the user's data folder (instance location)
 * @param dataFolderBytes its size on disk
 * @param database        the database in use, if a persistence bundle is installed
 * @param recentRuns      latest job runs, newest first
 * @param recentErrors    latest errors from the platform log, newest first
 */
public record HealthReport(Instant checkedAt, List<ModuleSummary> modules, List<BundleSummary> bundles,
        Path dataFolder, long dataFolderBytes, Optional<DatabaseStatus.Snapshot> database, List<JobRun> recentRuns,
        List<LogError> recentErrors) {

    public HealthReport {
        modules = List.copyOf(modules);
        bundles = List.copyOf(bundles);
        recentRuns = List.copyOf(recentRuns);
        recentErrors = List.copyOf(recentErrors);
    }

    /** One installed module. */
    public record ModuleSummary(String id, String name, String version) {
    }

    /**
     * One bundle and its OSGi state.
     *
     * @param state {@code INSTALLED} (not resolved), {@code RESOLVED}, {@code STARTING}, {@code ACTIVE} or {@code STOPPING}
     */
    public record BundleSummary(String symbolicName, String version, String state, boolean fragment) {

        /** A bundle that the framework could not resolve: some requirement is missing. */
        public boolean unresolved() {
            return state.equals("INSTALLED");
        }

        public boolean steelChain() {
            return symbolicName.startsWith("steelchain.");
        }
    }

    /** One error entry of the platform log. */
    public record LogError(Instant time, String bundle, String message, String exception) {
    }

    /** What needs an operator's attention; empty when the platform is healthy. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        bundles.stream().filter(BundleSummary::unresolved)
                .forEach(b -> problems.add(new Problem(Problem.Kind.BUNDLE_UNRESOLVED, b.symbolicName())));
        database.ifPresent(d -> {
            if (!d.connected()) {
                problems.add(new Problem(Problem.Kind.DATABASE_UNREACHABLE, d.problem()));
            } else if (!d.problem().isEmpty()) {
                problems.add(new Problem(Problem.Kind.DATABASE_PROBLEM, d.problem()));
            }
        });
        return problems;
    }

    public boolean healthy() {
        return problems().isEmpty();
    }

    /** Something wrong, with the thing it concerns (a bundle name, a database error). */
    public record Problem(Kind kind, String subject) {
        public enum Kind {
            BUNDLE_UNRESOLVED, DATABASE_UNREACHABLE, DATABASE_PROBLEM
        }
    }
}
