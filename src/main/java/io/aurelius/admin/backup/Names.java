package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;
import java.util.regex.Pattern;

/** Turns names users give into values a tool can only read as names. */
final class Names {

    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private Names() {
    }

    /**
     * A pg_dump {@code --table} pattern that matches exactly one table: the name in double quotes (quotes
     * doubled), so "*", "?", "." and upper case are literal. "schema.table" with two simple identifiers is
     * read as a qualified name.
     */
    static String tablePattern(String name) {
        if (name == null || name.isBlank() || name.indexOf('\0') >= 0) {
            throw new DatabaseException("A table name is empty or contains a NUL character: name each table as"
                    + " the database lists it, e.g. strategies.");
        }
        int dot = name.indexOf('.');
        if (dot > 0 && name.indexOf('.', dot + 1) < 0 && SIMPLE.matcher(name.substring(0, dot)).matches()
                && SIMPLE.matcher(name.substring(dot + 1)).matches()) {
            return quote(name.substring(0, dot)) + "." + quote(name.substring(dot + 1));
        }
        return quote(name);
    }

    /** An SQL identifier in double quotes. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A string safe as part of a file name ("my db/x" -> "my_db_x"). */
    static String fileSafe(String s) {
        String f = s.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (f.startsWith("-") || f.startsWith(".")) {
            f = "_" + f.substring(1);
        }
        return f.isEmpty() ? "database" : f;
    }
}
