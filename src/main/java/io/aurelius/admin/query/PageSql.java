package io.aurelius.admin.query;

/**
 * Builds the one statement that reads a keyset page of strategies with each row's result counts and latest
 * gate verdict.
 *
 * <p>Shape: {@code WITH p AS (page)} picks the page ({@code WHERE filters AND (key, id) > (cursor) ORDER BY
 * key, id LIMIT n+1}, the comparison and direction flipped for descending order and for paging backwards);
 * the outer query adds three counts and the latest gate by aggregating only the result rows whose
 * {@code strategy_id IN (SELECT id FROM p)}: index lookups where the guide's strategy_id indexes exist, one
 * hash join where they don't (API-made databases), never one scan per row. So a page costs one statement
 * whatever its size, and never reads a JSON column.
 *
 * <p>For a plain-column key PostgreSQL uses the row comparison as an index condition: on a single-column index
 * (the guide's {@code idx_strategies_created}, {@code idx_strategies_type}) as the bound {@code key >= value}
 * followed by an incremental sort on id, on a {@code (key, id)} index ({@link PerformanceIndexes}) in full.
 * A key derived from the result tables (counts, latest gate) is aggregated for the matching strategies only
 * ({@code strategy_id IN (SELECT id FROM strategies s WHERE filters)}), then sorted: correct, but it visits
 * every matching strategy, so it is as slow as the filter is wide.
 */
final class PageSql {

    private PageSql() {
    }

    static final String ROW_COLUMNS = "s.id, s.name, s.strategy_type, s.status, s.confidence, s.created_at,"
            + " s.updated_at";

    /** The latest gate result per strategy among {@code ids} (a subquery giving strategy ids; null: all). */
    static String latestGate(String ids, String extra) {
        return "SELECT DISTINCT ON (x.strategy_id) x.strategy_id, x.gate_type, x.passed" + extra
                + " FROM gate_results x" + (ids == null ? "" : " WHERE x.strategy_id IN (" + ids + ")")
                + " ORDER BY x.strategy_id, x.timestamp DESC, x.id DESC";
    }

    static String counts(String table, String ids) {
        return "SELECT x.strategy_id, count(*) AS n FROM " + table + " x"
                + (ids == null ? "" : " WHERE x.strategy_id IN (" + ids + ")")
                + " GROUP BY x.strategy_id";
    }

    /**
     * @param cursorValue the cursor's key (already of the key's Java type), or null for the first page
     * @param ascending   the direction rows are read in (already flipped when paging backwards)
     */
    static String page(SortKey key, StrategyFilter filter, boolean ascending, SqlParams params, Object cursorValue,
                       String cursorId, int limit) {
        String dir = ascending ? "ASC" : "DESC";
        String cmp = ascending ? ">" : "<";
        StringBuilder b = new StringBuilder("WITH p AS (SELECT ").append(ROW_COLUMNS).append(", ");
        if (key.column) {
            b.append(key.sql).append(" AS sort_key FROM strategies s");
        } else {
            String matching = filter.isEmpty() ? null
                    : "SELECT s.id FROM strategies s WHERE " + FilterSql.where(filter, params);
            b.append("COALESCE(k.key, 0) AS sort_key FROM strategies s LEFT JOIN (")
                    .append(key == SortKey.LATEST_GATE
                            ? latestGate(matching, ", " + SortKey.GATE_RANK + " AS key")
                            : counts(key.table, matching).replace("count(*) AS n", "count(*) AS key"))
                    .append(") k ON k.strategy_id = s.id");
        }
        b.append(" WHERE ").append(FilterSql.where(filter, params));
        String keyExpr = key.column ? key.sql : "COALESCE(k.key, 0)";
        if (cursorValue != null) {
            b.append(" AND (").append(keyExpr).append(", s.id) ").append(cmp).append(" (CAST(")
                    .append(params.add(cursorValue)).append(" AS ").append(key.type).append("), CAST(")
                    .append(params.add(cursorId)).append(" AS text))");
        }
        b.append(" ORDER BY ").append(keyExpr).append(' ').append(dir).append(", s.id ").append(dir)
                .append(" LIMIT ").append(params.add(limit)).append(')');
        String ids = "SELECT p.id FROM p";
        return b + " SELECT p.id, p.name, p.strategy_type, p.status, p.confidence, p.created_at, p.updated_at,"
                + " COALESCE(bc.n, 0), COALESCE(vc.n, 0), COALESCE(gc.n, 0), lg.gate_type, lg.passed, p.sort_key"
                + " FROM p"
                + " LEFT JOIN (" + counts("backtests", ids) + ") bc ON bc.strategy_id = p.id"
                + " LEFT JOIN (" + counts("validations", ids) + ") vc ON vc.strategy_id = p.id"
                + " LEFT JOIN (" + counts("gate_results", ids) + ") gc ON gc.strategy_id = p.id"
                + " LEFT JOIN (" + latestGate(ids, "") + ") lg ON lg.strategy_id = p.id"
                + " ORDER BY p.sort_key " + dir + ", p.id " + dir;
    }
}
