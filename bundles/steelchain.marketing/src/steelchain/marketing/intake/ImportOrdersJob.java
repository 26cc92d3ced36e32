package steelchain.marketing.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

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
import steelchain.core.batch.UsageException;
import steelchain.core.data.DataStore;
import steelchain.core.text.Texts;
import steelchain.marketing.sales.SalesChannel;
import steelchain.marketing.sales.SalesLoop;
import steelchain.marketing.sales.SalesModel;

/**
 * {@code import-orders --folder DIR [--channel online|partner] [--watch]}: confirms the order
 * files dropped in a folder under their contracts, see {@link OrderDropFolder}. With
 * {@code --watch} it keeps watching the folder until cancelled. Runs as the operating system's
 * user, whose name goes into the history of every order it confirms.
 */
@Component(service = BatchJob.class)
public class ImportOrdersJob implements BatchJob {

    private static final Texts TEXTS = Texts.of(ImportOrdersJob.class);
    /** How long a watching job waits for a change before it looks whether it was cancelled. */
    private static final long WATCH_POLL_MILLIS = 500;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(steelchain.owners=" + SalesModel.OWNER + ")")
    private volatile DataStore store;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SalesLoop loop;

    @Override
    public String name() {
        return "import-orders";
    }

    @Override
    public String description(Locale locale) {
        return TEXTS.get(locale, "job.description");
    }

    @Override
    public List<JobOption> options(Locale locale) {
        return List.of(JobOption.of("folder", OptionType.PATH, TEXTS.get(locale, "option.folder")).asRequired(),
                JobOption.choice("channel", TEXTS.get(locale, "option.channel"), "online", "partner")
                        .withDefault("online"),
                JobOption.of("watch", OptionType.FLAG, TEXTS.get(locale, "option.watch")));
    }

    @Override
    public JobResult run(JobArguments arguments, IProgressMonitor monitor) throws Exception {
        Locale locale = arguments.locale();
        Path folder = arguments.path("folder");
        if (!Files.isDirectory(folder)) {
            throw new UsageException(TEXTS.get(locale, "noFolder", folder));
        }
        DataStore dataStore = store;
        SalesLoop salesLoop = loop;
        if (dataStore == null || salesLoop == null) {
            return JobResult.failed(List.of(TEXTS.get(locale, "noDatabase")));
        }
        SalesChannel channel = "partner".equals(arguments.text("channel")) ? SalesChannel.PARTNER : SalesChannel.ONLINE;
        OrderDropFolder dropFolder = new OrderDropFolder(folder, dataStore, salesLoop, channel,
                System.getProperty("user.name", "batch"), locale);
        Tally tally = new Tally(locale);
        if (arguments.flag("watch")) {
            watch(folder, dropFolder, tally, locale, monitor);
        } else {
            processWaiting(dropFolder, tally, locale, monitor);
        }
        List<String> summary = tally.summary(folder);
        return tally.rejected == 0 ? JobResult.succeeded(summary) : JobResult.failed(summary);
    }

    private static void processWaiting(OrderDropFolder dropFolder, Tally tally, Locale locale, IProgressMonitor monitor)
            throws IOException {
        List<Path> files = dropFolder.waitingFiles();
        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "task", files.size()), files.size());
        for (Path file : files) {
            if (progress.isCanceled()) {
                return;
            }
            progress.subTask(file.getFileName().toString());
            tally.add(dropFolder.process(file, progress.split(1)));
        }
    }

    /** Processes what is waiting, then every file that arrives, until the monitor is cancelled. */
    private static void watch(Path folder, OrderDropFolder dropFolder, Tally tally, Locale locale,
            IProgressMonitor monitor) throws IOException, InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, TEXTS.get(locale, "watching", folder),
                SubMonitor.UNKNOWN);
        try (WatchService watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            processWaiting(dropFolder, tally, locale, progress.split(1));
            while (!progress.isCanceled()) {
                WatchKey key = watcher.poll(WATCH_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    processWaiting(dropFolder, tally, locale, progress.split(1));
                }
            }
        } catch (ClosedWatchServiceException e) {
            // Closed while stopping: nothing left to watch.
        }
    }

    /** Counts over all files of a run. */
    private static final class Tally {
        final Locale locale;
        int imported;
        int rejected;
        int orders;
        BigDecimal tonnes = BigDecimal.ZERO;
        final List<String> lines = new ArrayList<>();

        Tally(Locale locale) {
            this.locale = locale;
        }

        void add(OrderDropFolder.Outcome outcome) {
            if (outcome.imported()) {
                imported++;
                orders += outcome.orders();
                tonnes = tonnes.add(outcome.tonnes());
            } else {
                rejected++;
                lines.add("  " + TEXTS.get(locale, "rejectedFile", outcome.file().getFileName()));
                outcome.errors().forEach(error -> lines.add("    " + error));
            }
        }

        List<String> summary(Path folder) {
            List<String> summary = new ArrayList<>();
            summary.add(TEXTS.get(locale, "summary", imported + rejected, imported, rejected, orders,
                    tonnes.signum() == 0 ? "0" : tonnes.stripTrailingZeros().toPlainString(), folder));
            summary.addAll(lines);
            return summary;
        }
    }
}
