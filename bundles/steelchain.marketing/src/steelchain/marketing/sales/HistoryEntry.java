package steelchain.marketing.sales;

import java.time.LocalDateTime;

/**
 * One change of a sales record.
 *
 * @param fromState null when the record was created
 * @param change    what changed, e.g. {@code line 1: 25.000 t -> 30.000 t}; may be null
 * @param reason    why, as the user gave it; may be null
 */
public record HistoryEntry(LocalDateTime at, String user, String fromState, String toState, SalesMessage change,
        String reason) {
}
