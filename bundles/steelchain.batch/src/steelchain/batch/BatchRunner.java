package steelchain.batch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArgumentParser;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;
import steelchain.core.event.JobRun;
import steelchain.core.event.JobRun.Outcome;
import steelchain.core.text.Texts;

/**
 * The command line of the headless runner: {@code --list}, {@code <job> --help} and
 * {@code <job> [options]}. Progress goes to {@code err}, the result summary to {@code out}.
 */
final class BatchRunner {

    static final int EXIT_OK = 0;
    static final int EXIT_JOB_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private static final Texts TEXTS = Texts.of(BatchRunner.class);

    private final Supplier<List<BatchJob>> jobs;
    private final Consumer<JobRun> finishedRuns;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Clock clock;

    /**
     * @param jobs         the jobs installed right now
     * @param finishedRuns told of every run that started, however it ended
     */
    BatchRunner(Supplier<List<BatchJob>> jobs, Consumer<JobRun> finishedRuns, PrintStream out, PrintStream err,
            Locale locale, Clock clock) {
        this.jobs = jobs;
        this.finishedRuns = finishedRuns;
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.clock = clock;
    }

    /** Runs one command line and returns the process exit code. */
    int run(List<String> args) {
        if (args.isEmpty()) {
            err.println(usage());
            return EXIT_USAGE;
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            out.println(usage());
            return EXIT_OK;
        }
        if (first.equals("--list")) {
            if (args.size() > 1) {
                err.println(TEXTS.get(locale, "list.noArguments", String.join(" ", args.subList(1, args.size()))));
                return EXIT_USAGE;
            }
            printList();
            return EXIT_OK;
        }
        if (first.startsWith("-")) {
            err.println(TEXTS.get(locale, "unknownCommand", first));
            err.println(usage());
            return EXIT_USAGE;
        }
        Optional<BatchJob> job = find(first);
        if (job.isEmpty()) {
            err.println(TEXTS.get(locale, "unknownJob", first, jobNames()));
            return EXIT_USAGE;
        }
        List<String> options = args.subList(1, args.size());
        if (options.contains("--help") || options.contains("-h")) {
            printHelp(job.get());
            return EXIT_OK;
        }
        JobArguments arguments;
        try {
            arguments = JobArgumentParser.parse(job.get(), options, locale);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(TEXTS.get(locale, "seeHelp", job.get().name()));
            return EXIT_USAGE;
        }
        return execute(job.get(), arguments);
    }

    private int execute(BatchJob job, JobArguments arguments) {
        Instant started = clock.instant();
        IProgressMonitor monitor = new ConsoleProgressMonitor(err);
        Outcome outcome;
        String message = "";
        try {
            JobResult result = job.run(arguments, monitor);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            result.summary().forEach(out::println);
            outcome = result.succeeded() ? Outcome.SUCCEEDED : Outcome.FAILED;
            if (!result.succeeded()) {
                message = result.summary().isEmpty() ? "" : result.summary().get(0);
                err.println(TEXTS.get(locale, "jobFailed", job.name(), message));
            }
        } catch (UsageException e) {
            // The job found an option value outside what it accepts before doing any work: a usage error, not a run.
            err.println(e.getMessage());
            err.println(TEXTS.get(locale, "seeHelp", job.name()));
            return EXIT_USAGE;
        } catch (OperationCanceledException e) {
            outcome = Outcome.CANCELLED;
            err.println(TEXTS.get(locale, "jobCancelled", job.name()));
        } catch (Exception | LinkageError e) {
            outcome = Outcome.FAILED;
            message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            err.println(TEXTS.get(locale, "jobFailed", job.name(), message));
        }
        finishedRuns.accept(new JobRun(job.name(), JobRun.ORIGIN_BATCH, started,
                Duration.between(started, clock.instant()), outcome, message));
        return outcome == Outcome.SUCCEEDED ? EXIT_OK : EXIT_JOB_FAILED;
    }

    private void printList() {
        List<BatchJob> sorted = sortedJobs();
        if (sorted.isEmpty()) {
            out.println(TEXTS.get(locale, "list.empty"));
            return;
        }
        int width = sorted.stream().mapToInt(j -> j.name().length()).max().orElse(0);
        for (BatchJob job : sorted) {
            out.println(pad(job.name(), width) + "  " + job.description(locale));
        }
    }

    private void printHelp(BatchJob job) {
        out.println(TEXTS.get(locale, "help.usage", job.name()));
        out.println(job.description(locale));
        List<JobOption> options = job.options(locale);
        if (options.isEmpty()) {
            out.println(TEXTS.get(locale, "help.noOptions"));
            return;
        }
        out.println(TEXTS.get(locale, "help.options"));
        List<String> heads = options.stream()
                .map(o -> "  --" + o.name() + (o.type() == OptionType.FLAG ? ""
                        : " <" + JobArgumentParser.typeName(o, locale) + ">"))
                .toList();
        int width = heads.stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < options.size(); i++) {
            JobOption option = options.get(i);
            StringBuilder line = new StringBuilder(pad(heads.get(i), width)).append("  ").append(option.help());
            if (option.required()) {
                line.append(' ').append(TEXTS.get(locale, "help.required"));
            }
            if (option.defaultValue() != null) {
                line.append(' ').append(TEXTS.get(locale, "help.default", option.defaultValue()));
            }
            out.println(line);
        }
    }

    private String usage() {
        return TEXTS.get(locale, "usage");
    }

    private Optional<BatchJob> find(String name) {
        return jobs.get().stream().filter(j -> j.name().equals(name)).findFirst();
    }

    private List<BatchJob> sortedJobs() {
        return jobs.get().stream().sorted(Comparator.comparing(BatchJob::name)).toList();
    }

    private String jobNames() {
        List<BatchJob> sorted = sortedJobs();
        return sorted.isEmpty() ? TEXTS.get(locale, "noJobs")
                : sorted.stream().map(BatchJob::name).collect(Collectors.joining(", "));
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
