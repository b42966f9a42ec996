package io.aurelius.admin.localserver;

import java.util.Locale;
import java.util.Map;

/**
 * The environment PostgreSQL's programs (initdb, pg_ctl, pg_dump, psql, ...) get from us: none of libpq's
 * PG* variables (PGPASSWORD above all), none of the API's DB_* settings, nothing else that looks like a
 * secret; messages in the C locale so they can be read.
 */
public final class ChildEnvironment {

    private ChildEnvironment() {
    }

    public static void clean(Map<String, String> environment) {
        environment.keySet().removeIf(k -> {
            String u = k.toUpperCase(Locale.ROOT);
            return u.startsWith("PG") || u.startsWith("DB_") || u.startsWith("LC_") || u.contains("PASSWORD")
                    || u.contains("PASSWD") || u.contains("SECRET") || u.contains("TOKEN");
        });
        environment.put("LC_ALL", "C");
        environment.put("LANG", "C");
    }
}
