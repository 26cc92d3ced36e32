package steelchain.monitor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;

import steelchain.core.batch.BatchJob;
import steelchain.core.batch.JobArguments;
import steelchain.core.batch.JobOption;
import steelchain.core.batch.JobResult;
import steelchain.core.batch.OptionType;
import steelchain.core.batch.UsageException;

class JobOptionsFormTest {

    private static final BatchJob IMPORT = new BatchJob() {
        @Override
        public String name() {
            return "import";
        }

        @Override
        public String description(Locale locale) {
            return "import";
        }

        @Override
        public List<JobOption> options(Locale locale) {
            return List.of(JobOption.choice("kind", "what", "customers", "orders").asRequired(),
                    JobOption.of("file", OptionType.PATH, "file").asRequired(),
                    JobOption.of("dry-run", OptionType.FLAG, "check only"),
                    JobOption.of("limit", OptionType.INTEGER, "rows").withDefault("1000"));
        }

        @Override
        public JobResult run(JobArguments arguments, IProgressMonitor monitor) {
            return JobResult.succeeded(List.of());
        }
    };

    @Test
    void fieldsBecomeTheBatchCommandLine() throws UsageException {
        JobOptionsForm form = new JobOptionsForm(IMPORT);
        form.set("file", " /data/客户 2026.csv ");
        form.set("kind", "customers");
        form.set("dry-run", "true");
        form.set("limit", "");
        assertEquals(List.of("--kind", "customers", "--file", "/data/客户 2026.csv", "--dry-run"),
                form.tokens(Locale.ENGLISH));
        assertEquals("./steelchain batch import --kind customers --file '/data/客户 2026.csv' --dry-run",
                form.commandLine(Locale.ENGLISH));
        JobArguments arguments = form.arguments(Locale.ENGLISH);
        assertEquals(Path.of("/data/客户 2026.csv"), arguments.path("file"));
        assertEquals(1000, arguments.integer("limit"));
    }

    @Test
    void badFieldsGetTheBatchRunnersMessages() {
        JobOptionsForm form = new JobOptionsForm(IMPORT);
        form.set("kind", "customers");
        form.set("file", "x.csv");
        form.set("limit", "all");
        UsageException e = assertThrows(UsageException.class, () -> form.arguments(Locale.SIMPLIFIED_CHINESE));
        assertEquals("选项 --limit：“all”不是有效的整数。", e.getMessage());
        form.set("limit", "5");
        form.set("file", "");
        assertEquals("Job 'import' needs option --file (path).",
                assertThrows(UsageException.class, () -> form.arguments(Locale.ENGLISH)).getMessage());
    }
}
