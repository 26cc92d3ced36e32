package steelchain.masterdata.jobs;

import static steelchain.masterdata.jobs.JobTexts.TEXTS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.data.DataStore;
import steelchain.masterdata.ImportProblem;
import steelchain.masterdata.ImportRequest;
import steelchain.masterdata.ImportResult;
import steelchain.masterdata.MasterDataImporter;
import steelchain.masterdata.RecordKind;
import steelchain.masterdata.csv.CsvDelimiter;
import steelchain.masterdata.csv.CsvEncoding;
import steelchain.masterdata.edit.OrderChangeGuards;

/**
 * {@code import --kind customers|grades|orders --file F [--encoding utf-8|gbk]
 * [--delimiter comma|tab] [--dry-run] [--errors N]}: checks every row of the file and, when
 * all are valid, writes them in one transaction. A file with errors fails the job (exit code 1)
 * and prints its first errors as {@code file:row:column: reason (value 'x')}.
 */
@Component(service = BatchJob.class)
public class ImportJob implements BatchJob {

    /** Listed whether or not a database is there, so that an operator learns why it cannot run. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataStore store;
    @Reference
    private OrderChangeGuards guards;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "import.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(JobOption.choice("kind", TEXTS.get(locale, "option.kind"), kinds()).asRequired(),
                JobOption.of("file", OptionType.PATH, TEXTS.get(locale, "import.option.file")).asRequired(),
                JobOption.choice("encoding", TEXTS.get(locale, "import.option.encoding"), "utf-8", "gbk"),
                JobOption.choice("delimiter", TEXTS.get(locale, "import.option.delimiter"), "comma", "tab"),
                JobOption.of("dry-run", OptionType.FLAG, TEXTS.get(locale, "import.option.dryRun")),
                JobOption.of("errors", OptionType.INTEGER, TEXTS.get(locale, "import.option.errors")).withDefault("50"));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws Exception {
        Locale locale = arguments.locale();
        DataStore dataStore = store;
        if (dataStore == null) {
            return JobResult.failed(List.of(TEXTS.get(locale, "noDatabase")));
        }
        RecordKind kind = RecordKind.ofOptionName(arguments.text("kind"));
        ImportRequest request = ImportRequest.of(kind, arguments.path("file"));
        if (arguments.has("encoding")) {
            request = request.withEncoding(CsvEncoding.ofOptionName(arguments.text("encoding")));
        }
        if (arguments.has("delimiter")) {
            request = request.withDelimiter(CsvDelimiter.ofOptionName(arguments.text("delimiter")));
        }
        if (arguments.flag("dry-run")) {
            request = request.asDryRun();
        }
        SubMonitor progress = SubMonitor.convert(monitor,
                TEXTS.get(locale, "import.task", TEXTS.get(locale, "kind." + kind.name()), request.file()), 1);
        long started = System.nanoTime();
        ImportResult result = new MasterDataImporter(dataStore, guards).importFile(request, progress.split(1));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        int errorsShown = (int) Math.max(0, Math.min(Integer.MAX_VALUE, arguments.integer("errors")));
        return result.accepted() ? JobResult.succeeded(summary(result, took, locale))
                : JobResult.failed(rejection(result, errorsShown, locale));
    }

    /** What was read and what was (or, in a dry run, would be) created, updated and left unchanged. */
    static List<String> summary(ImportResult result, Duration took, Locale locale) {
        ImportRequest request = result.request();
        List<String> lines = new ArrayList<>();
        lines.add(TEXTS.get(locale, request.dryRun() ? "import.dryRun" : "import.done",
                TEXTS.get(locale, "kind." + request.kind().name()), request.file(),
                JobTexts.dialect(result.dialect(), locale), result.rows(), JobTexts.seconds(took, locale),
                JobTexts.rate(result.rows(), took)));
        lines.add(JobTexts.counts(request.kind().name(), result.records(), request.dryRun(), locale));
        if (request.kind() == RecordKind.ORDERS) {
            lines.add(JobTexts.counts("LINES", result.lines(), request.dryRun(), locale));
        }
        return lines;
    }

    /** How many errors, the first {@code shown} of them, and how many more there are. */
    static List<String> rejection(ImportResult result, int shown, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(TEXTS.get(locale, "import.rejected", result.request().file().getFileName(), result.problemCount()));
        List<ImportProblem> problems = result.problems();
        for (ImportProblem problem : problems.subList(0, Math.min(shown, problems.size()))) {
            lines.add("  " + problem.message(locale));
        }
        long notShown = result.problemCount() - Math.min(shown, problems.size());
        if (notShown > 0) {
            lines.add("  " + TEXTS.get(locale, "import.notShown", notShown));
        }
        return lines;
    }

    static String[] kinds() {
        return Arrays.stream(RecordKind.values()).map(RecordKind::optionName).toArray(String[]::new);
    }
}
