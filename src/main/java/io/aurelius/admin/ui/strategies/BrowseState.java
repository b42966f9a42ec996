package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategySort;
import java.time.LocalDate;
import java.util.List;

/**
 * What the Strategies screen remembers between runs: the columns (order, widths, visibility), the sort, the
 * page size and the filters. Plain values, so the file stays readable and survives new versions.
 *
 * @param columns     in display order; columns not listed keep their default place
 * @param sortColumn  a {@link StrategySort} name
 * @param status      one status, or null for any
 * @param createdFrom ISO date or null
 * @param createdTo   ISO date or null
 */
public record BrowseState(List<ColumnLayout> columns, String sortColumn, boolean descending, int pageSize,
                          List<String> types, String status, Double minConfidence, Double maxConfidence,
                          String createdFrom, String createdTo, String text) {

    public static final int DEFAULT_PAGE_SIZE = 50;

    public BrowseState {
        columns = columns == null ? List.of() : List.copyOf(columns);
        types = types == null ? List.of() : List.copyOf(types);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : pageSize;
    }

    public static BrowseState defaults() {
        return new BrowseState(List.of(), StrategySort.CREATED.name(), true, DEFAULT_PAGE_SIZE, List.of(), null,
                null, null, null, null, null);
    }

    /** The sort, falling back to newest first when the file names a column that no longer exists. */
    public SortOrder sort() {
        try {
            return new SortOrder(StrategySort.valueOf(sortColumn), descending);
        } catch (IllegalArgumentException | NullPointerException e) {
            return SortOrder.newestFirst();
        }
    }

    public LocalDate from() {
        return date(createdFrom);
    }

    public LocalDate to() {
        return date(createdTo);
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
