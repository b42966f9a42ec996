package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/**
 * One JSON value in full, exactly as {@code SELECT column::text} gives it, copied to a writer in chunks with
 * progress and a cancel (the screens show only its first 256 K characters). The driver holds the one value
 * while it is copied; nothing else of the row is read.
 */
public final class JsonColumns {

    /** How many characters are copied between progress reports and cancel checks. */
    static final int CHUNK = 64 * 1024;

    /** Hears how far a copy got (on the copying thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (chars, total) -> { };

        void progress(long chars, long total);
    }

    private final Database db;

    public JsonColumns(Database db) {
        this.db = db;
    }

    /** True when {@code table.column} is a JSON column this copies. */
    public static boolean known(String table, String column) {
        Set<String> columns = SqlStrategyBrowser.JSON_COLUMNS.get(table);
        return columns != null && columns.contains(column);
    }

    /**
     * Writes the value's text ({@code null} for SQL NULL) to {@code out}.
     *
     * @return how many characters were written
     * @throws IllegalArgumentException when the table or column is not one of the JSON columns, or the row is gone
     * @throws CancelledException       when {@code cancel} was requested
     */
    public long copy(String table, String column, String id, Writer out, Cancel cancel, Progress progress) {
        if (!known(table, column)) {
            throw new IllegalArgumentException("No JSON column " + table + "." + column + " to save (known: "
                    + SqlStrategyBrowser.JSON_COLUMNS + ")");
        }
        // table and column come from the fixed list above, never from the caller's text
        String sql = "SELECT " + column + "::text FROM " + table + " WHERE id = ?";
        return ReadOnlyJdbc.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                Runnable unhook = cancel.whenRequested(() -> cancelQuietly(ps));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("The " + table + " row " + id
                                + " is gone; refresh the screen.");
                    }
                    String text = rs.getString(1);
                    return write(text == null ? "null" : text, out, cancel, progress);
                } catch (SQLException e) {
                    if (cancel.requested()) {
                        throw new CancelledException("Stopped before the value arrived, as asked.");
                    }
                    throw e;
                } finally {
                    unhook.run();
                }
            }
        });
    }

    private static long write(String text, Writer out, Cancel cancel, Progress progress) {
        long total = text.length();
        progress.progress(0, total);
        char[] buffer = new char[CHUNK];
        long done = 0;
        try (Reader in = new java.io.StringReader(text)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                if (cancel.requested()) {
                    throw new CancelledException("Stopped after " + done + " characters, as asked.");
                }
                out.write(buffer, 0, n);
                done += n;
                progress.progress(done, total);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done;
    }

    private static void cancelQuietly(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException ignored) {
            // the statement finished or the connection went: either way nothing is left to stop
        }
    }
}
