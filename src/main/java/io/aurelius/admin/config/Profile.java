package io.aurelius.admin.config;

/**
 * A named connection: where to connect and how, never a password (that lives in ~/.pgpass or is asked for).
 * A read-only profile connects with {@code default_transaction_read_only=on}, so the server refuses writes.
 * {@code sslrootcert} names the CA file that sslmode verify-ca and verify-full check the server against (null:
 * {@code ~/.postgresql/root.crt}); profiles saved before it existed read it as null.
 */
public record Profile(String name, String host, int port, String database, String user, String sslmode,
                      boolean readOnly, String sslrootcert) {

    /** A profile with the default root certificate. */
    public Profile(String name, String host, int port, String database, String user, String sslmode,
                   boolean readOnly) {
        this(name, host, port, database, user, sslmode, readOnly, null);
    }

    public Profile {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}")) {
            throw new SettingsException("The profile name '" + Echo.of(name) + "' may only hold letters, digits, '.',"
                    + " '_' and '-': choose another, e.g. local or prod-readonly.");
        }
        if (host == null || host.isBlank() || database == null || database.isBlank() || user == null
                || user.isBlank()) {
            throw new SettingsException("The profile '" + name + "' needs a host, a database and a user: give all"
                    + " three.");
        }
        String of = "profile '" + name + "'";
        ServerNames.checkHost(host.strip(), of);
        ServerNames.checkName("database", database, of);
        ServerNames.checkName("role", user, of);
        if (port < 1 || port > 65535) {
            throw new SettingsException("The port " + port + " of profile '" + name + "' is not a port number: use"
                    + " the server's port, e.g. 5432.");
        }
    }

    /** "name: user@host:port/database (read-only)", each name shown harmlessly ({@link Echo}). */
    public String describe() {
        return name + ": " + Echo.of(user) + "@" + Echo.of(host) + ":" + port + "/" + Echo.of(database)
                + (readOnly ? " (read-only)" : "");
    }
}
