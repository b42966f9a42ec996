package io.aurelius.admin.query;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the strategies list shows. Every field is optional (null or empty = no restriction). Text matches
 * name or description, case-insensitively, with {@code %}, {@code _} and {@code \} matching literally.
 *
 * @param createdFrom first day included (UTC)
 * @param createdTo   last day included (UTC)
 */
public record StrategyFilter(Set<String> types, Set<String> statuses, Double minConfidence, Double maxConfidence,
                             LocalDate createdFrom, LocalDate createdTo, String text) {

    public StrategyFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static StrategyFilter none() {
        return new StrategyFilter(Set.of(), Set.of(), null, null, null, null, null);
    }

    public boolean isEmpty() {
        return types.isEmpty() && statuses.isEmpty() && minConfidence == null && maxConfidence == null
                && createdFrom == null && createdTo == null && text == null;
    }
}
