package io.aurelius.admin.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The exact statements some read services send, for the benchmark's plain-JDBC floor (bench/): the same SQL text
 * and bind values, without the pool, the read-only transaction and the mapping to rows.
 */
public final class ServiceSql {

    private final String sql;
    private final SqlParams params;

    private ServiceSql(String sql, SqlParams params) {
        this.sql = sql;
        this.params = params;
    }

    /** The statement {@link StrategyBrowser#page} sends for a page read forwards (limit {@code size + 1}). */
    public static ServiceSql page(StrategyFilter filter, SortOrder order, Cursor cursor, int size) {
        SortKey key = SortKey.of(order.column());
        SqlParams params = new SqlParams();
        String sql = PageSql.page(key, filter, !order.descending(), params,
                cursor == null ? null : key.coerce(cursor.sortValue()), cursor == null ? null : cursor.id(), size + 1);
        return new ServiceSql(sql, params);
    }

    /** The statement {@link StrategyBrowser#backtests} sends for a strategy. */
    public static ServiceSql backtests(String strategyId) {
        SqlParams params = new SqlParams();
        params.add(strategyId);
        return new ServiceSql(DetailSql.backtestsSql(true), params);
    }

    /** The statement {@link StrategyStream} (the CSV export) sends for every row of the list. */
    public static ServiceSql allStrategies(StrategyFilter filter, SortOrder order) {
        SqlParams params = new SqlParams();
        return new ServiceSql(StrategyStream.sql(filter, order, params), params);
    }

    public String sql() {
        return sql;
    }

    /** Prepares the statement on {@code c} with its values bound. */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        params.bind(c, ps);
        return ps;
    }
}
