package steelchain.core.batch;

import java.util.List;

/**
 * What a batch job reports when it ends.
 *
 * @param succeeded whether the job did what it was asked
 * @param summary   lines for the operator (printed on standard output by the batch runner)
 */
public record JobResult(boolean succeeded, List<String> summary) {

    public JobResult {
        summary = List.copyOf(summary);
    }

    public static JobResult succeeded(List<String> summary) {
        return new JobResult(true, summary);
    }

    public static JobResult failed(List<String> summary) {
        return new JobResult(false, summary);
    }
}
