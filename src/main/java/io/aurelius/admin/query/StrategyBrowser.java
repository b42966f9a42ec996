package io.aurelius.admin.query;

import java.util.List;
import java.util.Optional;

/**
 * The read side the analyst screens use: every call is one read-only transaction of a bounded number of
 * statements, whatever the page size; nothing reads trades, equity_curve, metrics or windows JSON in full.
 */
public interface StrategyBrowser {

    /** Rows allowed per page. */
    int MAX_PAGE_SIZE = 1000;

    /** The first page (cursor null) or the page after/before a cursor, by keyset (seek), never OFFSET. */
    StrategyPage page(StrategyFilter filter, SortOrder order, int size, Cursor cursor, boolean forward);

    /** The last page, for "End". */
    StrategyPage lastPage(StrategyFilter filter, SortOrder order, int size);

    /** How many strategies match; an estimate above a threshold, marked so. */
    Total count(StrategyFilter filter);

    /** The strategy types present, for the type filter. */
    List<String> types();

    /** The statuses present, for the status filter. */
    List<String> statuses();

    Optional<StrategyDetail> strategy(String id);

    List<BacktestRow> backtests(String strategyId);

    List<ValidationRow> validations(String strategyId);

    List<GateRow> gateResults(String strategyId);

    /**
     * One JSON column of one row, as stored: table and column are checked against a fixed list. A value longer
     * than 256 K characters comes back cut, ending with a line that says how long it is.
     */
    Optional<String> rawJson(String table, String column, String id);
}
