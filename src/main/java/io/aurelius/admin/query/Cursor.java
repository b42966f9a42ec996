package io.aurelius.admin.query;

/**
 * Where a keyset page starts or ends: the sort column's value of a row and its id. Opaque to the UI, which
 * only hands back what a page gave it.
 */
public record Cursor(SortOrder order, Object sortValue, String id) {
}
