package io.aurelius.admin.demo;

import java.sql.SQLException;

/**
 * Writes rows in PostgreSQL's COPY text format straight into a byte buffer that is handed to the server
 * whenever it fills, so no row (not even a 10^6-point curve) is ever held as one string.
 *
 * <p>Two escaping layers are applied in one pass: JSON values are JSON-escaped (quotes, backslashes, control
 * characters) and every backslash that produces is doubled for COPY; plain text fields get COPY escaping
 * (backslash, newline, carriage return, tab). Strings are encoded as UTF-8 (PgJDBC always uses UTF8).
 * NUL characters cannot be stored by PostgreSQL text or jsonb and are rejected.
 */
final class CopyWriter {

    /** Where full buffers go (the COPY stream). */
    @FunctionalInterface
    interface Target {
        void write(byte[] buf, int off, int len) throws SQLException;
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final int MAX_DEPTH = 64;

    private final Target target;
    private final byte[] buf;
    private final int limit;
    private int pos;
    private boolean firstField = true;
    private long bytesWritten;

    // JSON state: one "needs a comma" flag per open container; afterName: the next value follows a key.
    private final boolean[] needComma = new boolean[MAX_DEPTH];
    private int depth;
    private boolean afterName;

    CopyWriter(Target target, int bufferSize) {
        this.target = target;
        this.buf = new byte[bufferSize];
        this.limit = bufferSize - 64;
    }

    long bytesWritten() {
        return bytesWritten + pos;
    }

    // --- COPY fields ----------------------------------------------------------------------------------

    private void field() throws SQLException {
        if (!firstField) {
            put((byte) '\t');
        }
        firstField = false;
        room();
    }

    CopyWriter nul() throws SQLException {
        field();
        put((byte) '\\');
        put((byte) 'N');
        return this;
    }

    CopyWriter text(CharSequence s) throws SQLException {
        if (s == null) {
            return nul();
        }
        field();
        for (int i = 0; i < s.length(); i++) {
            room();
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                default -> i = utf8(s, i, ch);
            }
        }
        return this;
    }

    CopyWriter integer(long v) throws SQLException {
        field();
        digits(v);
        return this;
    }

    /** A float column, or null for NaN/infinite values. */
    CopyWriter decimal(double v, int decimals) throws SQLException {
        if (!Double.isFinite(v)) {
            return nul();
        }
        field();
        fixed(v, decimals);
        return this;
    }

    CopyWriter bool(boolean v) throws SQLException {
        field();
        put((byte) (v ? 't' : 'f'));
        return this;
    }

    /** A TIMESTAMP column from UTC epoch seconds. */
    CopyWriter timestamp(long epochSecond) throws SQLException {
        field();
        DemoDates.writeTimestamp(this, epochSecond, ' ');
        return this;
    }

    /** A 'YYYY-MM-DD' text column from an epoch day. */
    CopyWriter date(long epochDay) throws SQLException {
        field();
        DemoDates.writeDate(this, epochDay);
        return this;
    }

    /** Starts a JSON column; write exactly one JSON value next. */
    CopyWriter json() throws SQLException {
        field();
        depth = 0;
        needComma[0] = false;
        afterName = false;
        return this;
    }

    void endRow() throws SQLException {
        put((byte) '\n');
        firstField = true;
        if (pos >= limit - 4096) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pos > 0) {
            target.write(buf, 0, pos);
            bytesWritten += pos;
            pos = 0;
        }
    }

    // --- JSON values ----------------------------------------------------------------------------------

    private void value() throws SQLException {
        room();
        if (afterName) {
            afterName = false;
        } else {
            if (needComma[depth]) {
                put((byte) ',');
            }
            needComma[depth] = true;
        }
    }

    CopyWriter startObject() throws SQLException {
        value();
        put((byte) '{');
        needComma[++depth] = false;
        return this;
    }

    CopyWriter endObject() throws SQLException {
        room();
        depth--;
        put((byte) '}');
        return this;
    }

    CopyWriter startArray() throws SQLException {
        value();
        put((byte) '[');
        needComma[++depth] = false;
        return this;
    }

    CopyWriter endArray() throws SQLException {
        room();
        depth--;
        put((byte) ']');
        return this;
    }

    CopyWriter name(String key) throws SQLException {
        value();
        jsonChars(key);
        put((byte) ':');
        afterName = true;
        return this;
    }

    CopyWriter str(CharSequence s) throws SQLException {
        if (s == null) {
            return jnull();
        }
        value();
        jsonChars(s);
        return this;
    }

    CopyWriter num(long v) throws SQLException {
        value();
        digits(v);
        return this;
    }

    /** A JSON number with a fixed number of decimals, or null for NaN/infinite values. */
    CopyWriter num(double v, int decimals) throws SQLException {
        if (!Double.isFinite(v)) {
            return jnull();
        }
        value();
        fixed(v, decimals);
        return this;
    }

    /** A number written as a JSON string, e.g. "101234.56", as CSV-fed engines store it. */
    CopyWriter numStr(double v, int decimals) throws SQLException {
        value();
        put((byte) '"');
        fixed(v, decimals);
        put((byte) '"');
        return this;
    }

    CopyWriter numStr(long v) throws SQLException {
        value();
        put((byte) '"');
        digits(v);
        put((byte) '"');
        return this;
    }

    /** A UTC ISO timestamp "2024-01-02T14:30:00" as a JSON string. */
    CopyWriter isoTime(long epochSecond) throws SQLException {
        value();
        put((byte) '"');
        DemoDates.writeTimestamp(this, epochSecond, 'T');
        put((byte) '"');
        return this;
    }

    /** A 'YYYY-MM-DD' JSON string. */
    CopyWriter isoDate(long epochDay) throws SQLException {
        value();
        put((byte) '"');
        DemoDates.writeDate(this, epochDay);
        put((byte) '"');
        return this;
    }

    CopyWriter bool(String key, boolean v) throws SQLException {
        name(key);
        value();
        putAscii(v ? "true" : "false");
        return this;
    }

    CopyWriter jbool(boolean v) throws SQLException {
        value();
        putAscii(v ? "true" : "false");
        return this;
    }

    CopyWriter jnull() throws SQLException {
        value();
        putAscii("null");
        return this;
    }

    // --- bytes ----------------------------------------------------------------------------------------

    private void jsonChars(CharSequence s) throws SQLException {
        put((byte) '"');
        for (int i = 0; i < s.length(); i++) {
            room();
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> { put((byte) '\\'); put((byte) '\\'); put((byte) '"'); }
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); put((byte) '\\'); put((byte) '\\'); }
                case '\n' -> { put((byte) '\\'); put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) '\\'); put((byte) 'r'); }
                case '\t' -> { put((byte) '\\'); put((byte) '\\'); put((byte) 't'); }
                case '\b' -> { put((byte) '\\'); put((byte) '\\'); put((byte) 'b'); }
                case '\f' -> { put((byte) '\\'); put((byte) '\\'); put((byte) 'f'); }
                default -> {
                    if (ch < 0x20) {
                        if (ch == 0) {
                            throw new IllegalArgumentException("NUL characters cannot be stored in PostgreSQL");
                        }
                        put((byte) '\\');
                        put((byte) '\\');
                        put((byte) 'u');
                        put((byte) '0');
                        put((byte) '0');
                        put(HEX[ch >> 4]);
                        put(HEX[ch & 15]);
                    } else {
                        i = utf8(s, i, ch);
                    }
                }
            }
        }
        room();
        put((byte) '"');
    }

    /** Encodes the character at i (and its low surrogate) as UTF-8; returns the index of the last char used. */
    private int utf8(CharSequence s, int i, char ch) {
        if (ch < 0x80) {
            if (ch == 0) {
                throw new IllegalArgumentException("NUL characters cannot be stored in PostgreSQL");
            }
            put((byte) ch);
        } else if (ch < 0x800) {
            put((byte) (0xC0 | ch >> 6));
            put((byte) (0x80 | ch & 0x3F));
        } else if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(ch, s.charAt(i + 1));
            put((byte) (0xF0 | cp >> 18));
            put((byte) (0x80 | cp >> 12 & 0x3F));
            put((byte) (0x80 | cp >> 6 & 0x3F));
            put((byte) (0x80 | cp & 0x3F));
            return i + 1;
        } else if (Character.isSurrogate(ch)) {
            put((byte) 0xEF); // a lone surrogate is not valid UTF-8: write U+FFFD
            put((byte) 0xBF);
            put((byte) 0xBD);
        } else {
            put((byte) (0xE0 | ch >> 12));
            put((byte) (0x80 | ch >> 6 & 0x3F));
            put((byte) (0x80 | ch & 0x3F));
        }
        return i;
    }

    private void fixed(double v, int decimals) {
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(v) * scale);
        if (v < 0 && scaled != 0) {
            put((byte) '-');
        }
        digits(scaled / scale);
        if (decimals > 0) {
            put((byte) '.');
            long frac = scaled % scale;
            for (long p = scale / 10; p > 0; p /= 10) {
                put((byte) ('0' + (frac / p) % 10));
            }
        }
    }

    private void digits(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                putAscii(Long.toString(v));
                return;
            }
            put((byte) '-');
            v = -v;
        }
        if (v < 10) {
            put((byte) ('0' + v));
            return;
        }
        int start = pos;
        while (v > 0) {
            put((byte) ('0' + v % 10));
            v /= 10;
        }
        for (int a = start, b = pos - 1; a < b; a++, b--) {
            byte t = buf[a];
            buf[a] = buf[b];
            buf[b] = t;
        }
    }

    void put2(int v) {
        put((byte) ('0' + v / 10));
        put((byte) ('0' + v % 10));
    }

    void putDigits(long v) {
        digits(v);
    }

    void putAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    void put(byte b) {
        buf[pos++] = b;
    }

    /** Makes sure at least 64 bytes are free (every single step writes fewer). */
    private void room() throws SQLException {
        if (pos >= limit) {
            flush();
        }
    }
}
