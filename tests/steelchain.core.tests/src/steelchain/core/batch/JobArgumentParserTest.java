package steelchain.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;

class JobArgumentParserTest {

    private static final BatchJob JOB = new BatchJob() {
        @Override
        public String name() {
            return "demo-data";
        }

        @Override
        public String description(Locale locale) {
            return "test job";
        }

        @Override
        public List<JobOption> options(Locale locale) {
            return List.of(JobOption.of("seed", OptionType.INTEGER, "random seed").withDefault("42"),
                    JobOption.of("share", OptionType.DECIMAL, "share"),
                    JobOption.of("input", OptionType.PATH, "input file").asRequired(),
                    JobOption.of("from", OptionType.DATE, "first day"),
                    JobOption.of("dry-run", OptionType.FLAG, "write nothing"),
                    JobOption.choice("mode", "how", "fast", "exact"));
        }

        @Override
        public JobResult run(JobArguments arguments, IProgressMonitor monitor) {
            return JobResult.succeeded(List.of());
        }
    };

    private static JobArguments parse(String... tokens) throws UsageException {
        return JobArgumentParser.parse(JOB, List.of(tokens), Locale.ENGLISH);
    }

    private static String usageError(String... tokens) {
        return assertThrows(UsageException.class, () -> parse(tokens)).getMessage();
    }

    @Test
    void typesEveryKindOfValue() throws UsageException {
        JobArguments args = parse("--input", "orders.csv", "--share=0.25", "--from", "2026-01-31", "--dry-run",
                "--mode", "exact", "--seed", "7");
        assertEquals(Path.of("orders.csv"), args.path("input"));
        assertEquals(new BigDecimal("0.25"), args.decimal("share"));
        assertEquals(LocalDate.of(2026, 1, 31), args.date("from"));
        assertTrue(args.flag("dry-run"));
        assertEquals("exact", args.text("mode"));
        assertEquals(7, args.integer("seed"));
    }

    @Test
    void appliesDefaultsAndLeavesOtherOptionsAbsent() throws UsageException {
        JobArguments args = parse("--input", "x.csv");
        assertEquals(42, args.integer("seed"));
        assertFalse(args.has("share"));
        assertFalse(args.flag("dry-run"));
        assertTrue(args.optional("from", LocalDate.class).isEmpty());
    }

    @Test
    void unknownOptionNamesItAndListsValidOnes() {
        String message = usageError("--input", "x", "--colour", "red");
        assertTrue(message.contains("--colour"), message);
        assertTrue(message.contains("--seed, --share, --input, --from, --dry-run, --mode"), message);
    }

    @Test
    void badValuesNameTheOptionTheValueAndTheExpectedKind() {
        String message = usageError("--input", "x", "--seed", "forty");
        assertTrue(message.contains("--seed") && message.contains("'forty'") && message.contains("whole number"),
                message);
        assertTrue(usageError("--input", "x", "--from", "31.01.2026").contains("YYYY-MM-DD"));
        String choice = usageError("--input", "x", "--mode", "slow");
        assertTrue(choice.contains("'slow'") && choice.contains("fast, exact"), choice);
    }

    @Test
    void missingRequiredOptionOrValueIsAUsageError() {
        assertTrue(usageError().contains("--input"));
        assertTrue(usageError("--input").contains("needs a value"));
        assertTrue(usageError("--input", "--seed", "1").contains("--input"));
    }

    @Test
    void rejectsRepeatedOptionsStrayWordsAndValuedFlags() {
        assertTrue(usageError("--input", "a", "--input", "b").contains("more than once"));
        assertTrue(usageError("--input", "a", "stray").contains("'stray'"));
        assertTrue(usageError("--input", "a", "--dry-run=yes").contains("takes no value"));
    }

    @Test
    void explainsInChinese() {
        UsageException e = assertThrows(UsageException.class,
                () -> JobArgumentParser.parse(JOB, List.of("--input", "x", "--seed", "abc"), Locale.SIMPLIFIED_CHINESE));
        assertEquals("选项 --seed：“abc”不是有效的整数。", e.getMessage());
    }
}
