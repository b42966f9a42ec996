package io.aurelius.admin.query;

import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveParser;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import org.postgresql.PGStatement;

/**
 * Reads a large {@code jsonb} equity curve as numbers the server takes out of it, instead of as JSON text.
 *
 * <p>PostgreSQL spends most of a 10^6-point curve's read turning the stored {@code jsonb} into 48 MB of text
 * (about 1.2 s on a 2-core machine, before the socket and the parse). Walking the stored value with
 * {@code jsonb_array_elements} and sending each point's value and time as 8 binary bytes is faster and crosses
 * the socket as 16 MB. Only the two shapes the API writes qualify (plain numbers; {@code {timestamp, equity}}
 * objects with number or numeric-string fields); anything else (a cast that fails, a missing field, a null,
 * numbers and objects mixed, a non-finite value, time going backwards) makes this return empty, and the
 * caller parses the text, which says what is wrong. The elements come in stored order: the aggregate reads a
 * single function scan of one row.
 */
final class CurveColumn {

    /** Curves stored smaller than this (about 25,000 points) read as text: it is fast enough there. */
    static final int MIN_STORED_BYTES = 256 * 1024;

    private static final String SIZE = "SELECT pg_column_size(equity_curve), pg_typeof(equity_curve) = 'jsonb'::regtype"
            + " FROM backtests WHERE id = ?";

    /**
     * Each element as 16 bytes, value then time: an object's {@code equity} and {@code timestamp}, or a number's
     * (or numeric string's) value and {@link #NO_TIME}. Anything else either fails the cast (an object without
     * both fields reaches the second branch as object text; "n/a"; an ISO time) or is null (a JSON null) and
     * is left out of the aggregate, which the count shows. One expression per element: the cheapest walk found
     * (type tests and a second aggregate cost a quarter more on 10^6 points).
     */
    private static final String NUMBERS = "SELECT count(*), string_agg(COALESCE("
            + "float8send((e ->> 'equity')::float8) || float8send((e ->> 'timestamp')::float8),"
            + " float8send((e #>> '{}')::float8) || '\\x7ff0000000000001'::bytea), ''::bytea)"
            + " FROM backtests b CROSS JOIN LATERAL jsonb_array_elements(b.equity_curve) AS a(e)"
            + " WHERE b.id = ?";

    /** A signalling NaN no cast produces (they give the quiet 0x7ff8...): "this element had no time". */
    private static final long NO_TIME = 0x7ff0000000000001L;

    private CurveColumn() {
    }

    /**
     * @param c a connection inside a transaction (a failed cast is rolled back to a savepoint)
     * @return the curve, or empty when it must be read as text
     */
    static Optional<Curve> read(Connection c, String id) throws SQLException {
        if (!largeJsonb(c, id)) {
            return Optional.empty();
        }
        Savepoint before = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(NUMBERS)) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1); // binary results: bytea arrives as raw bytes
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                Optional<Curve> curve = rs.next() ? curve(rs) : Optional.empty();
                c.releaseSavepoint(before);
                return curve;
            }
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("22")) { // not a value it could not cast
                throw e;
            }
            c.rollback(before);
            return Optional.empty();
        }
    }

    private static boolean largeJsonb(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SIZE)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) >= MIN_STORED_BYTES && rs.getBoolean(2);
            }
        }
    }

    private static Optional<Curve> curve(ResultSet rs) throws SQLException {
        long points = rs.getLong(1);
        byte[] pairs = rs.getBytes(2);
        if (points == 0 || pairs == null || pairs.length != points * 2 * Double.BYTES) {
            return Optional.empty(); // a null element, or nothing
        }
        ByteBuffer in = ByteBuffer.wrap(pairs);
        double[] values = new double[(int) points];
        double[] times = new double[(int) points];
        int untimed = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = in.getDouble();
            long t = in.getLong();
            untimed += t == NO_TIME ? 1 : 0;
            times[i] = Double.longBitsToDouble(t);
        }
        if (untimed != 0 && untimed != values.length) {
            return Optional.empty(); // numbers and objects mixed: the parser names it
        }
        return CurveParser.fromNumbers(values, untimed == 0 ? times : null);
    }
}
