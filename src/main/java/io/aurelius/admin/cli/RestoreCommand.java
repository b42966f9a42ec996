package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.ArchiveToc;
import io.aurelius.admin.backup.DumpContents;
import io.aurelius.admin.backup.JobListener;
import io.aurelius.admin.backup.PgTools;
import io.aurelius.admin.backup.RestoreJob;
import io.aurelius.admin.backup.RestoreRequest;
import io.aurelius.admin.backup.RestoreService;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.DatabaseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore PATH [--into DB] [--create] [--yes] [--list] [--table T ...] [--end-sessions]}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup (plain, gzip, custom or directory) in one transaction: all of it or"
                + " nothing. Shows what the file holds first.",
                "Plain SQL runs in psql's \\restrict mode, so meta-commands such as \\! cannot run."})
public class RestoreCommand implements Callable<Integer> {

    private final Console console;
    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions conn;

    @Parameters(index = "0", paramLabel = "PATH", description = "The backup file or folder.")
    Path source;

    @Option(names = "--into", paramLabel = "DB", description = "Restore into this database (default: the connected"
            + " one).")
    String into;

    @Option(names = "--create", description = "Create the --into database first (it must not exist).")
    boolean create;

    @Option(names = "--yes", description = "Do not ask before replacing AURELIUS data; for scripts.")
    boolean yes;

    @Option(names = "--list", description = "Only show what the file holds.")
    boolean list;

    @Option(names = "--table", paramLabel = "T", description = "Restore only this table (repeat for more), with its"
            + " data, sequences, indexes, constraints and triggers; other tables are not touched. Custom and directory"
            + " backups only; --list shows the tables.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--end-sessions", description = "End other clients' sessions on the target database first"
            + " (without it a restore over a database others are connected to is refused, naming them).")
    boolean endSessions;

    @Option(names = "--no-owner", description = "Skip ownership commands (archives), to restore as another role.")
    boolean noOwner;

    @Option(names = "--pg-bin", paramLabel = "DIR", description = "Folder with pg_restore/psql to try first.")
    Path pgBin;

    public RestoreCommand(Console console, SettingsResolver resolver) {
        this.console = console;
        this.resolver = resolver;
    }

    @Override
    public Integer call() {
        try (Services s = Services.connect(conn.resolve(resolver))) {
            RestoreService service = new RestoreService(s.database(), PgTools.system(pgBin));
            DumpContents c = service.inspect(source);
            PrintWriter out = out();
            show(out, c);
            if (list) {
                return c.restorable() ? 0 : 1;
            }
            if (!c.restorable()) {
                throw new DatabaseException(c.refusal());
            }
            RestoreRequest req = new RestoreRequest(source, into, create, noOwner, tables, endSessions);
            service.pickedTables(req, c);
            RestoreService.Target target = service.target(req);
            Confirmation confirmation = null;
            if (target.holdsAureliusData()) {
                confirmation = confirm(target);
            }
            RestoreJob job = service.prepare(req, c, confirmation);
            for (String n : job.notes()) {
                out.println("Note: " + n);
            }
            out.flush();
            if (console.interactive()) {
                job.listener(new JobListener() {
                    @Override
                    public void progress(io.aurelius.admin.backup.Progress p) {
                        PrintWriter err = spec.commandLine().getErr();
                        err.printf(Locale.ROOT, "\rRestoring: %d line(s), %s read, %d s   ", p.objects(),
                                Format.bytes(p.bytes()), p.elapsed().toSeconds());
                        if (p.phase().equals("done")) {
                            err.println();
                        }
                        err.flush();
                    }
                });
            }
            RestoreJob.Result r = BackupCommand.runCancellable(job::run, job::cancel);
            out.printf(Locale.ROOT, "Restored %s into %s'%s' (%d table(s), %.1f s) with %s.%n", source.getFileName(),
                    r.created() ? "the new database " : "", r.database(), r.tables().size(),
                    r.elapsed().toMillis() / 1000.0, r.mode());
            return 0;
        }
    }

    private Confirmation confirm(RestoreService.Target target) {
        String db = target.database();
        if (yes) {
            return Confirmation.assumedYes(db);
        }
        StringBuilder what = new StringBuilder();
        for (Map.Entry<String, Long> e : target.aureliusRows().entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            what.append(what.length() == 0 ? "" : ", ").append(e.getKey()).append(" (")
                    .append(e.getValue() > 1_000_000 ? "over 1,000,000" : Format.count(e.getValue())).append(" rows)");
        }
        if (!console.interactive()) {
            throw new DatabaseException("'" + db + "' holds " + (tables.isEmpty() ? "AURELIUS data" : "rows in the picked"
                    + " tables") + " (" + what + ") that the restore replaces:"
                    + " run it in a terminal to confirm by typing the database name, or pass --yes.");
        }
        PrintWriter out = out();
        out.println("'" + db + "' holds " + what + "; the restore replaces " + (tables.isEmpty()
                ? "what the backup holds." : "the picked tables and leaves the others as they are."));
        out.println("To keep a copy first: aurelius-admin backup --db " + db + " -o " + db + "-before-restore.dump");
        out.flush();
        return Confirmation.typed(console.ask("Type the database name (" + db + ") to confirm: "), db);
    }

    private static void show(PrintWriter out, DumpContents c) {
        out.println(c.source() + ": " + c.format() + (c.dataOnly() ? " (data only)" : "")
                + (c.dumpedBy() != null ? ", pg_dump " + c.dumpedBy() + " from PostgreSQL " + c.dumpedFrom() : ""));
        if (!c.tables().isEmpty()) {
            out.println("Tables" + (c.format().archive() && !c.dataOnly() ? " (restore some with --table NAME)" : "")
                    + ":");
            for (String t : c.tables()) {
                Long n = c.rows().get(t);
                out.println("  " + t + (n == null ? "" : "  " + Format.count(n) + " rows"));
            }
        }
        if (!c.items().isEmpty()) {
            out.println("Items: " + c.items().size() + " (" + c.items().stream().map(ArchiveToc.Entry::type)
                    .distinct().limit(8).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        }
        for (String n : c.notes()) {
            out.println("Note: " + n);
        }
        if (c.refusal() != null) {
            out.println("Cannot restore: " + c.refusal());
        }
        out.flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
