package io.aurelius.admin.cli;

import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategySort;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The Strategies screen's filters and sort as options, for commands that work on the strategies list. Each
 * filter is optional; values are checked by {@link #filter()} (a usage error names the option).
 */
public class StrategyFilterOptions {

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only these strategy types (repeat or separate with commas).")
    List<String> types;

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only these statuses, e.g. active (repeat or separate with commas).")
    List<String> statuses;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Confidence at least X.")
    Double minConfidence;

    @Option(names = "--max-confidence", paramLabel = "X", description = "Confidence at most X.")
    Double maxConfidence;

    @Option(names = "--created-from", paramLabel = "YYYY-MM-DD", description = "Created on or after this day (UTC).")
    LocalDate createdFrom;

    @Option(names = "--created-to", paramLabel = "YYYY-MM-DD", description = "Created on or before this day (UTC).")
    LocalDate createdTo;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Name or description contains TEXT (case-insensitive, taken literally).")
    String search;

    @Option(names = "--sort", paramLabel = "COLUMN", defaultValue = "created",
            description = "name, type, status, confidence, created, updated, backtests, validations, gate-results"
                    + " or latest-gate (default created).")
    String sort;

    @Option(names = "--ascending", description = "Sort ascending (default: descending, newest first).")
    boolean ascending;

    /** The filter, or an IllegalArgumentException whose message names the option at fault. */
    StrategyFilter filter() {
        if (minConfidence != null && maxConfidence != null && minConfidence > maxConfidence) {
            throw new IllegalArgumentException("--min-confidence is above --max-confidence.");
        }
        if (createdFrom != null && createdTo != null && createdFrom.isAfter(createdTo)) {
            throw new IllegalArgumentException("--created-from is after --created-to.");
        }
        return new StrategyFilter(types == null ? null : new LinkedHashSet<>(types),
                statuses == null ? null : new LinkedHashSet<>(statuses), minConfidence, maxConfidence, createdFrom,
                createdTo, search);
    }

    /** The sort, or an IllegalArgumentException naming the choices. */
    SortOrder order() {
        String name = sort.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        StrategySort column;
        try {
            column = "GATES".equals(name) ? StrategySort.GATE_RESULTS : StrategySort.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sort must be one of name, type, status, confidence, created,"
                    + " updated, backtests, validations, gate-results, latest-gate.", e);
        }
        return new SortOrder(column, !ascending);
    }
}
