package steelchain.masterdata.jobs;

import static steelchain.masterdata.jobs.JobTexts.TEXTS;

import java.time.Duration;
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
import steelchain.masterdata.HeaderLanguage;
import steelchain.masterdata.MasterDataExporter;
import steelchain.masterdata.RecordKind;
import steelchain.masterdata.csv.CsvEncoding;
import steelchain.masterdata.csv.UnencodableValueException;

/**
 * {@code export --kind customers|grades|orders --file F [--encoding utf-8|gbk] [--header en|zh]}:
 * writes all records of a kind in the layout {@code import} reads.
 */
@Component(service = BatchJob.class)
public class ExportJob implements BatchJob {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataStore store;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "export.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(JobOption.choice("kind", TEXTS.get(locale, "option.kind"), ImportJob.kinds()).asRequired(),
                JobOption.of("file", OptionType.PATH, TEXTS.get(locale, "export.option.file")).asRequired(),
                JobOption.choice("encoding", TEXTS.get(locale, "export.option.encoding"), "utf-8", "gbk")
                        .withDefault("utf-8"),
                JobOption.choice("header", TEXTS.get(locale, "export.option.header"), "en", "zh").withDefault("en"));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws Exception {
        Locale locale = arguments.locale();
        DataStore dataStore = store;
        if (dataStore == null) {
            return JobResult.failed(List.of(TEXTS.get(locale, "noDatabase")));
        }
        RecordKind kind = RecordKind.ofOptionName(arguments.text("kind"));
        CsvEncoding encoding = CsvEncoding.ofOptionName(arguments.text("encoding"));
        SubMonitor progress = SubMonitor.convert(monitor,
                TEXTS.get(locale, "export.task", TEXTS.get(locale, "kind." + kind.name()), arguments.path("file")), 1);
        long started = System.nanoTime();
        long written;
        try {
            written = new MasterDataExporter(dataStore).export(kind, arguments.path("file"), encoding,
                    HeaderLanguage.ofOptionName(arguments.text("header")), progress.split(1));
        } catch (UnencodableValueException e) {
            return JobResult.failed(List.of(TEXTS.get(locale, "export.unencodable", e.value())));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return JobResult.succeeded(List.of(TEXTS.get(locale, "export.done", written,
                TEXTS.get(locale, "exported." + kind.name()), arguments.path("file"),
                JobTexts.encoding(encoding, encoding == CsvEncoding.UTF_8, locale), JobTexts.seconds(took, locale))));
    }
}
