package io.aurelius.admin.query;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The database-wide questions of the guide's "Common Queries", one call per dashboard panel. Every call is one
 * short read-only transaction of projections (no trades, equity curves, windows or whole metrics), bounded by
 * a statement timeout so a slow panel fails on its own instead of hanging.
 */
public interface Dashboard {

    /** Strategies per {@code strategy_type}, most first. */
    List<Counted> strategiesByType();

    /** Backtests per status. */
    StatusCounts backtestStatuses();

    /** Validations per status. */
    StatusCounts validationStatuses();

    /** The newest backtests, with their strategy's name. */
    List<RecentBacktest> recentBacktests(int limit);

    /** The newest failed backtests and validations, with their error messages. */
    List<Failure> recentFailures(int limit);

    /** Gate results per gate type and verdict. */
    List<GateCount> gateResults();

    /** The strategies with a passed-for-production product gate (the guide's query), latest first. */
    ReadyStrategies productionReady(int limit);

    /** Strategies whose name contains {@code text} (case-insensitive), for the validations picker. */
    List<StrategyChoice> findStrategies(String text, int limit);

    /** The strategy of the newest validation (what the validations panel shows first), if any. */
    Optional<StrategyChoice> latestValidated();

    /** One strategy's validations, newest first (the summary columns). */
    List<ValidationRow> validations(String strategyId);

    /** When each table last received a row. */
    Activity lastActivity();

    /**
     * How many rows hold one value.
     *
     * @param value     the value (null for SQL NULL)
     * @param estimated true when the count is the planner's estimate (very large counts, see ValueCounts)
     */
    record Counted(String value, long count, boolean estimated) {
    }

    /** Rows per status: the four the API writes, and the rest (other values and NULL) as {@link #other}. */
    record StatusCounts(List<Counted> all) {

        public static final List<String> KNOWN = List.of("pending", "running", "completed", "failed");

        public StatusCounts {
            all = List.copyOf(all);
        }

        /** The count of one status (0, exact, when no row has it). */
        public Counted of(String status) {
            return all.stream().filter(c -> status.equals(c.value())).findFirst()
                    .orElse(new Counted(status, 0, false));
        }

        /** Rows whose status is none of {@link #KNOWN}. */
        public long other() {
            return all.stream().filter(c -> c.value() == null || !KNOWN.contains(c.value())).mapToLong(Counted::count).sum();
        }

        public long total() {
            return all.stream().mapToLong(Counted::count).sum();
        }

        public boolean estimated() {
            return all.stream().anyMatch(Counted::estimated);
        }
    }

    /** One of the newest backtests; Sharpe and return are read out of its metrics in SQL. */
    record RecentBacktest(String id, String strategyId, String strategyName, String status, String startDate,
                          String endDate, Reading sharpe, Reading totalReturn, LocalDateTime createdAt,
                          Double durationSeconds) {
    }

    /**
     * A failed run.
     *
     * @param kind "backtest" or "validation"
     */
    record Failure(String kind, String id, String strategyId, String strategyName, String errorMessage,
                   LocalDateTime createdAt) {
    }

    /** How many gate results of one type have one verdict. */
    record GateCount(String gateType, boolean passed, long count) {
    }

    /** A production-ready strategy and its latest ready verdict. */
    record ReadyStrategy(String id, String name, String type, LocalDateTime readyAt) {
    }

    /** The first rows and how many strategies are ready in all. */
    record ReadyStrategies(List<ReadyStrategy> rows, long total) {
    }

    /** A strategy offered by the picker. */
    record StrategyChoice(String id, String name, String type) {
    }

    /** The newest row of each table (null when the table is empty). */
    record Activity(LocalDateTime strategy, LocalDateTime backtest, LocalDateTime validation, LocalDateTime gate) {

        /** The latest of the four, or null. */
        public LocalDateTime latest() {
            LocalDateTime best = null;
            for (LocalDateTime t : new LocalDateTime[] {strategy, backtest, validation, gate}) {
                if (t != null && (best == null || t.isAfter(best))) {
                    best = t;
                }
            }
            return best;
        }

        /** What the latest was: "strategy", "backtest", "validation", "gate result", or "". */
        public String latestKind() {
            LocalDateTime l = latest();
            if (l == null) {
                return "";
            }
            return l.equals(backtest) ? "backtest" : l.equals(validation) ? "validation"
                    : l.equals(gate) ? "gate result" : "strategy";
        }
    }
}
