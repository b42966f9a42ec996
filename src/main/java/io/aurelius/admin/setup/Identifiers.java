package io.aurelius.admin.setup;

import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.DatabaseException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Role and database names: validated, then always quoted as identifiers in SQL. */
public final class Identifiers {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]*");

    private Identifiers() {
    }

    /** Returns the name if it is usable, else fails with a sentence naming the fault and the fix. */
    public static String require(String kind, String name) {
        if (name == null || name.isEmpty()) {
            throw new DatabaseException("The " + kind + " name is empty: give one, e.g. aurelius.");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > 63) {
            throw new DatabaseException("The " + kind + " name '" + Echo.of(name) + "' is longer than PostgreSQL's"
                    + " 63 bytes: choose a shorter one.");
        }
        if (!NAME.matcher(name).matches()) {
            throw new DatabaseException("The " + kind + " name '" + Echo.of(name) + "' may only hold letters, digits,"
                    + " _, $ and -, and must start with a letter or _: choose another, e.g. aurelius.");
        }
        return name;
    }

    /** The name as a quoted SQL identifier. */
    public static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
