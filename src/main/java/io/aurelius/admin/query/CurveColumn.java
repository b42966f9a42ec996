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
 * objects with number or numeric-string fields); anything else (a cast that fails, a missing field, another
 * key the parser would prefer, a non-finite value, time going backwards) makes this return empty, and the
 * caller parses the text, which says what is wrong. The elements come in stored order: the aggregate reads a
 * single function scan of one row.
 */
final class CurveColumn {

    /** Curves stored smaller than this (about 25,000 points) read as text: it is fast enough there. */
    static final int MIN_STORED_BYTES = 256 * 1024;

    private static final String SIZE = "SELECT pg_column_size(equity_curve), pg_typeof(equity_curve) = 'jsonb'::regtype"
            + " FROM backtests WHERE id = ?";

    // k.obj: the element is an object; jsonb orders an object's keys by length, so the parser would take
    // portfolio_value (read after equity) over equity: such curves go the text way
    private static final String NUMBERS = "SELECT count(*), count(x.v), count(x.t), count(*) FILTER (WHERE k.obj),"
            + " count(*) FILTER (WHERE k.obj AND jsonb_exists(e, 'portfolio_value')),"
            + " string_agg(float8send(x.v), ''::bytea), string_agg(float8send(x.t), ''::bytea)"
            + " FROM backtests b CROSS JOIN LATERAL jsonb_array_elements(b.equity_curve) AS a(e)"
            + " CROSS JOIN LATERAL (SELECT jsonb_typeof(e) = 'object' AS obj) k"
            + " CROSS JOIN LATERAL (SELECT CASE WHEN k.obj THEN (e ->> 'equity')::float8 ELSE (e #>> '{}')::float8 END"
            + " AS v, CASE WHEN k.obj THEN (e ->> 'timestamp')::float8 END AS t) x"
            + " WHERE b.id = ?";

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
        long objects = rs.getLong(4);
        boolean numbers = objects == 0 && rs.getLong(3) == 0;
        boolean dated = objects == points && rs.getLong(3) == points && rs.getLong(5) == 0;
        if (points == 0 || rs.getLong(2) != points || !(numbers || dated)) {
            return Optional.empty();
        }
        return CurveParser.fromNumbers(doubles(rs.getBytes(6)), dated ? doubles(rs.getBytes(7)) : null);
    }

    private static double[] doubles(byte[] bigEndian) {
        double[] out = new double[bigEndian.length / Double.BYTES];
        ByteBuffer.wrap(bigEndian).asDoubleBuffer().get(out);
        return out;
    }
}
