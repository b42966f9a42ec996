package io.aurelius.admin.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The fixed SQL expression behind each {@link StrategySort} (the whitelist: no user text ever reaches ORDER BY).
 * Every expression is NOT NULL, so a row comparison {@code (key, id) > (?, ?)} pages through every row:
 * the nullable status sorts as {@code COALESCE(s.status, '')}, strategies without results as 0 (see
 * {@link PageSql} for how the derived keys are computed).
 */
enum SortKey {
    NAME("s.name", "text", null),
    TYPE("s.strategy_type", "text", null),
    STATUS("COALESCE(s.status, '')", "text", null),
    CONFIDENCE("s.confidence", "float8", null),
    CREATED("s.created_at", "timestamp", null),
    UPDATED("s.updated_at", "timestamp", null),
    BACKTESTS(null, "int8", "backtests"),
    VALIDATIONS(null, "int8", "validations"),
    GATE_RESULTS(null, "int8", "gate_results"),
    /** The latest gate's {@link #GATE_RANK}, 0 when there is none. */
    LATEST_GATE(null, "int4", "gate_results");

    /**
     * How far a gate verdict is along dev -> crv -> product: 0 none, 1/2 an unknown gate type failed/passed,
     * 3/4 dev, 5/6 crv, 7/8 product.
     */
    static final String GATE_RANK = "(CASE x.gate_type WHEN 'dev' THEN 3 WHEN 'crv' THEN 5 WHEN 'product' THEN 7"
            + " ELSE 1 END + CASE WHEN x.passed THEN 1 ELSE 0 END)";

    /** The SQL expression over {@code strategies s} of a plain-column key, else null. */
    final String sql;
    /** The PostgreSQL type the cursor value is bound as. */
    final String type;
    /** The result table a derived key (a count, the latest gate) is aggregated from, else null. */
    final String table;
    /** A plain column of strategies (index-friendly); otherwise derived from a result table. */
    final boolean column;

    SortKey(String sql, String type, String table) {
        this.sql = sql;
        this.type = type;
        this.table = table;
        this.column = sql != null;
    }

    static SortKey of(StrategySort sort) {
        return valueOf(sort.name());
    }

    /** Reads the key of the current row from column {@code index}. */
    Object read(ResultSet rs, int index) throws SQLException {
        return switch (type) {
            case "text" -> rs.getString(index);
            case "float8" -> rs.getDouble(index);
            case "timestamp" -> rs.getObject(index, LocalDateTime.class);
            case "int8" -> rs.getLong(index);
            default -> rs.getInt(index);
        };
    }

    /** A cursor value as this key's Java type (a value that went through text, e.g. a saved cursor, is parsed). */
    Object coerce(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("A cursor for " + name().toLowerCase(Locale.ROOT) + " needs a value");
        }
        try {
            return switch (type) {
                case "text" -> value.toString();
                case "float8" -> value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
                case "timestamp" -> value instanceof LocalDateTime t ? t : LocalDateTime.parse(value.toString());
                case "int8" -> value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
                default -> value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a cursor value for " + name().toLowerCase(Locale.ROOT) + ": "
                    + value, e);
        }
    }
}
