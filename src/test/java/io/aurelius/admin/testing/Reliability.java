package io.aurelius.admin.testing;

/** The rows of {@code RELIABILITY.md}: each fault, input class and access rule issue 8 asks to be proven. */
public enum Reliability {

    SERVER_LOST("Fault", "The server stops or the network is cut mid-session"),
    SLOW_QUERY("Fault", "A query runs too long: statement timeout, Stop by the user"),
    RESTART_DURING_INIT("Fault", "The server restarts during `db init`"),
    RESTART_DURING_BACKUP("Fault", "The server restarts during a backup"),
    RESTART_DURING_RESTORE("Fault", "The server restarts during a restore"),
    RESTART_DURING_DEMO("Fault", "The server restarts during demo data generation"),
    CONCURRENT_INIT("Two clients", "`db init` from two clients at once"),
    RESTORE_WHILE_CONNECTED("Two clients", "A restore while another client is connected"),
    HOSTILE_TEXT("Hostile input", "Text fields that reach SQL: quotes, %, _, \\, ;, $$, NUL, 10,000 characters, RTL, emoji"),
    HOSTILE_JSON("Hostile input", "JSON columns in every malformed shape, on every screen"),
    HOSTILE_SETTINGS_FILES("Hostile input", "`.env` and `.pgpass` files: malformed, huge, binary, unreadable, symlinked"),
    HOSTILE_BACKUP_FILES("Hostile input", "Backup files: empty, truncated, random bytes, newer pg_dump, directory missing a member"),
    READ_ONLY_BROWSING("Access", "Browsing sessions are read-only at the server"),
    PASSWORDS_HIDDEN("Secrets", "Passwords never in command lines, logs, messages, clipboard, screenshots or saved files"),
    SSL_VERIFY_FULL("Access", "`sslmode=verify-full` against a self-signed CA; a wrong host name refused"),
    DESTRUCTIVE_GUARDED("Access", "Drop, reset and restore over data need the typed name; impossible from a read-only profile");

    private final String kind;
    private final String title;

    Reliability(String kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
