package io.aurelius.admin.query;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the strategies list shows. Every field is optional (null or empty = no restriction). Text matches
 * name or description, case-insensitively, with {@code %}, {@code _} and {@code \} matching literally.
 * PostgreSQL text cannot hold a NUL character, so NULs are removed from every text value (a search for
 * "a", NUL, "b" is one for "ab"; a type or status with a NUL matches the one without it).
 *
 * @param createdFrom first day included (UTC)
 * @param createdTo   last day included (UTC)
 */
public record StrategyFilter(Set<String> types, Set<String> statuses, Double minConfidence, Double maxConfidence,
                             LocalDate createdFrom, LocalDate createdTo, String text) {

    public StrategyFilter {
        types = withoutNul(types);
        statuses = withoutNul(statuses);
        text = text == null ? null : withoutNul(text).strip();
        text = text == null || text.isEmpty() ? null : text;
    }

    /** The text without NUL characters (which no PostgreSQL text holds, and the server refuses to be sent). */
    public static String withoutNul(String s) {
        return s == null || s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }

    private static Set<String> withoutNul(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        Set<String> clean = new java.util.LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                clean.add(withoutNul(v));
            }
        }
        return Set.copyOf(clean);
    }

    public static StrategyFilter none() {
        return new StrategyFilter(Set.of(), Set.of(), null, null, null, null, null);
    }

    public boolean isEmpty() {
        return types.isEmpty() && statuses.isEmpty() && minConfidence == null && maxConfidence == null
                && createdFrom == null && createdTo == null && text == null;
    }
}
