package io.aurelius.admin.query;

import java.util.List;

/**
 * One keyset page of the strategies list, rows in display order.
 *
 * @param first cursor of the first row (to page back from), null when empty
 * @param last  cursor of the last row (to page on from), null when empty
 */
public record StrategyPage(List<StrategyRow> rows, Cursor first, Cursor last, boolean hasPrevious, boolean hasNext) {
}
