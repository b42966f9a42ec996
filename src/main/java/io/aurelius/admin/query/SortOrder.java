package io.aurelius.admin.query;

/** A sort column and direction; ties are always broken by id in the same direction. */
public record SortOrder(StrategySort column, boolean descending) {

    public static SortOrder newestFirst() {
        return new SortOrder(StrategySort.CREATED, true);
    }
}
