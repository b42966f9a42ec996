package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.OtherSessions;
import io.aurelius.admin.db.SchemaManager;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.SchemaStatus;
import io.aurelius.admin.db.ServerInfo;
import io.aurelius.admin.query.PerformanceIndexes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code db check|init|status|drop|reset}: the API's {@code init_db.py} commands, with adopt and status. */
@Command(name = "db", description = "Check the connection and manage the AURELIUS schema.",
        mixinStandardHelpOptions = true, subcommands = SetupCommand.class)
public class DbCommand {

    private static final String END_SESSIONS = "End other clients' sessions on the database first (without it,"
            + " other sessions refuse the command, naming them).";

    private final Console console;
    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    public DbCommand(Console console, SettingsResolver resolver) {
        this.console = console;
        this.resolver = resolver;
    }

    @Command(name = "check", description = "Connect and report the server, round trip and schema state.")
    int check(@Mixin ConnectionOptions conn) {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            ServerInfo info = s.database().serverInfo();
            SchemaReport report = s.schema().inspect();
            PrintWriter out = out();
            out.println("Connected to " + s.database().settings().describe());
            out.printf(Locale.ROOT, "  server      %s%n", info.displayVersion());
            out.printf(Locale.ROOT, "  database    %s%n", info.database());
            out.printf(Locale.ROOT, "  user        %s%s%n", info.user(), info.readOnly() ? " (read-only)" : "");
            out.printf(Locale.ROOT, "  round trip  %.1f ms%n", info.roundTripMillis());
            out.printf(Locale.ROOT, "  schema      %s%n", report.summary());
            printNotes(out, report);
            return 0;
        }
    }

    @Command(name = "init", description = "Create the schema; adopt AURELIUS tables made elsewhere; apply pending"
            + " migrations. Never deletes anything.")
    int init(@Mixin ConnectionOptions conn) {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            SchemaManager.InitResult r = s.schema().init();
            out().println(r.message());
            out().println("Schema: " + r.after().summary());
            return 0;
        }
    }

    @Command(name = "status", description = "Applied and pending migrations, rows and sizes per table.")
    int status(@Mixin ConnectionOptions conn) {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            SchemaStatus st = s.schema().status();
            PrintWriter out = out();
            out.println("Database " + s.database().settings().describe() + ": " + st.report().summary());
            printNotes(out, st.report());
            out.println();
            out.println("Migrations");
            if (st.migrations().isEmpty()) {
                out.println("  (none)");
            }
            for (SchemaStatus.Migration m : st.migrations()) {
                out.printf(Locale.ROOT, "  %-4s %-40s %-10s %s%n", m.version(), m.description(), m.state(),
                        m.installedOn() == null ? "" : Format.timestamp(m.installedOn()));
            }
            out.println();
            out.println("Tables");
            if (st.tables().isEmpty()) {
                out.println("  (no AURELIUS tables)");
            }
            for (SchemaStatus.TableStats t : st.tables()) {
                out.printf(Locale.ROOT, "  %-14s %14s rows  %10s total  %10s indexes%n", t.table(),
                        (t.estimated() ? "~" : "") + Format.count(t.rows()), Format.bytes(t.totalBytes()),
                        Format.bytes(t.indexBytes()));
            }
            return 0;
        }
    }

    @Command(name = "tune", description = "Add the indexes that make every sort and the text search fast on large"
            + " tables (CREATE INDEX CONCURRENTLY: the API keeps working meanwhile). Optional; never drops anything.")
    int tune(@Mixin ConnectionOptions conn,
             @Option(names = "--no-text-search", description = "Skip the trigram indexes (pg_trgm) for text search.")
             boolean noTextSearch) {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            List<String> made = new PerformanceIndexes(s.database()).create(!noTextSearch, line -> {
                out().println("  " + line);
                out().flush();
            });
            out().println(made.isEmpty() ? "Nothing to do: every index is there." : "Created " + made.size()
                    + " index(es).");
            return 0;
        }
    }

    @Command(name = "drop", description = "Drop the four AURELIUS tables and the migration history (other tables"
            + " stay). Asks you to type the database name, or needs --yes.")
    int drop(@Mixin ConnectionOptions conn,
             @Option(names = "--yes", description = "Do not ask; for scripts.") boolean yes,
             @Option(names = "--end-sessions", description = END_SESSIONS) boolean endSessions) {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            Confirmation c = confirm(s, "drop", yes);
            List<String> dropped = s.schema().drop(c, policy(endSessions));
            out().println(dropped.isEmpty() ? "Nothing to drop: no AURELIUS tables here."
                    : "Dropped " + String.join(", ", dropped) + ".");
            return 0;
        }
    }

    @Command(name = "reset", description = "Drop, then init: an empty, current schema. Asks you to type the"
            + " database name, or needs --yes.")
    int reset(@Mixin ConnectionOptions conn,
              @Option(names = "--yes", description = "Do not ask; for scripts.") boolean yes,
              @Option(names = "--end-sessions", description = END_SESSIONS) boolean endSessions) {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            Confirmation c = confirm(s, "reset", yes);
            SchemaManager.InitResult r = s.schema().reset(c, policy(endSessions));
            out().println(r.message());
            out().println("Schema: " + r.after().summary());
            return 0;
        }
    }

    private static OtherSessions.Policy policy(boolean endSessions) {
        return endSessions ? OtherSessions.Policy.END : OtherSessions.Policy.REFUSE;
    }

    private Confirmation confirm(Services s, String verb, boolean yes) {
        ConnectionSettings settings = s.database().settings();
        String db = s.database().serverInfo().database();
        if (yes) {
            return Confirmation.assumedYes(db);
        }
        if (!console.interactive()) {
            throw new DatabaseException("db " + verb + " deletes every AURELIUS row in '" + db + "': run it in a"
                    + " terminal to confirm by typing the database name, or pass --yes.");
        }
        SchemaStatus st = s.schema().status();
        StringBuilder what = new StringBuilder();
        for (SchemaStatus.TableStats t : st.tables()) {
            what.append(what.length() == 0 ? "" : ", ").append(t.table()).append(" (")
                    .append(t.estimated() ? "~" : "").append(Format.count(t.rows())).append(" rows)");
        }
        PrintWriter out = out();
        out.println("db " + verb + " on " + settings.describe() + " drops "
                + (what.length() == 0 ? "no AURELIUS tables (none exist)" : what)
                + " and the migration history; other tables stay.");
        out.flush();
        String typed = console.ask("Type the database name (" + db + ") to confirm: ");
        return Confirmation.typed(typed, db);
    }

    private static void printNotes(PrintWriter out, SchemaReport r) {
        if (!r.missingIndexes().isEmpty() && r.missingIndexes().size() < 11
                && r.state() != SchemaReport.State.EMPTY && r.state() != SchemaReport.State.OTHER_TABLES_ONLY) {
            out.println("  note        missing the guide's indexes: " + String.join(", ", r.missingIndexes()));
        } else if (r.missingIndexes().size() == 11 && r.missingTables().isEmpty()) {
            out.println("  note        none of the guide's 11 indexes exist (as the API's init_db.py makes it);"
                    + " lists will be slow on large tables");
        }
        if (!r.otherTables().isEmpty() && r.state() != SchemaReport.State.OTHER_TABLES_ONLY) {
            out.println("  other       " + String.join(", ", r.otherTables()) + " (left alone)");
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
