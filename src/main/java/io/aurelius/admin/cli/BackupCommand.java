package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupJob;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.backup.BackupService;
import io.aurelius.admin.backup.JobListener;
import io.aurelius.admin.backup.Manifest;
import io.aurelius.admin.backup.PgTools;
import io.aurelius.admin.backup.Progress;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.DatabaseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup -o PATH ...}, {@code backup --dir DIR --keep N}, {@code backup list --dir DIR}. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the database with pg_dump: written to NAME.partial, checked, then renamed; a"
                + " manifest (versions, tables, size, SHA-256) is written beside it.",
                "The password reaches pg_dump through a temporary 0600 password file, never its command line."})
public class BackupCommand implements Callable<Integer> {

    private final Console console;
    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions conn;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "The backup file (a folder for"
            + " --format directory); must not exist.")
    Path output;

    @Option(names = "--dir", paramLabel = "DIR", description = "Write DATABASE-yyyyMMdd-HHmmss.EXT into this folder"
            + " (for cron or Task Scheduler); use with --keep.")
    Path dir;

    @Option(names = "--keep", paramLabel = "N", description = "With --dir: after the new backup verified, remove"
            + " this database's oldest backups beyond N.")
    Integer keep;

    @Option(names = "--format", paramLabel = "FORMAT", description = "plain, gzip (.sql.gz), custom (default) or"
            + " directory.")
    String format;

    @Option(names = "--jobs", paramLabel = "N", description = "Parallel workers (directory format).")
    int jobs = 1;

    @Option(names = "--compress", paramLabel = "0-9", description = "Compression level (gzip, custom, directory).")
    Integer compress;

    @Option(names = "--schema-only", description = "Tables and indexes, no rows.")
    boolean schemaOnly;

    @Option(names = "--data-only", description = "Rows only.")
    boolean dataOnly;

    @Option(names = "--table", paramLabel = "TABLE", description = "Back up only this table (repeatable; the name"
            + " is matched literally; schema.table allowed). Without it: the whole database.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--aurelius-tables", description = "Back up only the four AURELIUS tables.")
    boolean aureliusTables;

    @Option(names = "--no-owner", description = "Leave out ownership commands.")
    boolean noOwner;

    @Option(names = "--no-privileges", description = "Leave out GRANT/REVOKE commands.")
    boolean noPrivileges;

    @Option(names = "--pg-bin", paramLabel = "DIR", description = "Folder with pg_dump/pg_restore/psql to try first"
            + " (also AURELIUS_PG_BIN).")
    Path pgBin;

    public BackupCommand(Console console, SettingsResolver resolver) {
        this.console = console;
        this.resolver = resolver;
    }

    @Override
    public Integer call() {
        if ((output == null) == (dir == null)) {
            throw new DatabaseException("Name the backup with -o PATH, or a folder with --dir DIR (with --keep N),"
                    + " not both.");
        }
        if (keep != null && dir == null) {
            throw new DatabaseException("--keep works with --dir: the folder whose old backups it prunes.");
        }
        BackupFormat f = format == null ? guessFormat() : BackupFormat.parse(format);
        List<String> t = new ArrayList<>(tables);
        if (aureliusTables) {
            t.addAll(BackupRequest.AURELIUS_TABLES);
        }
        BackupRequest req = new BackupRequest(output == null ? Path.of(".") : output, f, jobs, compress,
                schemaOnly, dataOnly, t, noOwner, noPrivileges, null);
        try (Services s = Services.connect(conn.resolve(resolver))) {
            BackupService service = new BackupService(s.database(), PgTools.system(pgBin));
            BackupJob job = dir != null ? service.prepareInFolder(dir, keep, req)
                    : service.prepare(req);
            job.listener(progressPrinter("Backing up"));
            BackupJob.Result r = runCancellable(job::run, job::cancel);
            PrintWriter out = out();
            Manifest m = r.manifest();
            out.printf(Locale.ROOT, "Backed up %s to %s (%s, %s, %d table(s), %.1f s).%n",
                    s.database().settings().describe(), r.path(), m.format(), Format.bytes(m.sizeBytes()),
                    m.tables().size(), r.elapsed().toMillis() / 1000.0);
            out.println("Checked it reads back whole; manifest " + Manifest.pathFor(r.path()).getFileName()
                    + " (sha256 " + m.sha256().substring(0, 16) + "..., pg_dump " + m.pgDumpVersion() + ", server "
                    + m.serverVersion() + ").");
            for (Path p : r.pruned()) {
                out.println("Removed old backup " + p.getFileName());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "The backups in a folder (by their manifests), newest first.")
    int list(@Option(names = "--dir", required = true, paramLabel = "DIR") Path folder) {
        List<BackupService.Entry> entries = BackupService.list(folder);
        PrintWriter out = out();
        if (entries.isEmpty()) {
            out.println("No backups with manifests in " + folder + ".");
            return 0;
        }
        out.printf(Locale.ROOT, "%-40s %-9s %-16s %10s  %-20s %s%n", "FILE", "FORMAT", "DATABASE", "SIZE",
                "CREATED", "TABLES");
        for (BackupService.Entry e : entries) {
            Manifest m = e.manifest();
            out.printf(Locale.ROOT, "%-40s %-9s %-16s %10s  %-20s %d%s%n", m.file(), m.format(), m.database(),
                    Format.bytes(m.sizeBytes()), m.createdAt().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
                    m.tables().size(), e.present() ? "" : "  (file missing)");
        }
        return 0;
    }

    private BackupFormat guessFormat() {
        String n = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".sql.gz") || n.endsWith(".gz")) {
            return BackupFormat.GZIP;
        }
        if (n.endsWith(".sql")) {
            return BackupFormat.PLAIN;
        }
        return BackupFormat.CUSTOM;
    }

    private JobListener progressPrinter(String what) {
        if (!console.interactive()) {
            return JobListener.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return new JobListener() {
            @Override
            public void progress(Progress p) {
                err.printf(Locale.ROOT, "\r%s: %s, %d step(s), %d table(s), %s, %d s   ", what, p.phase(), p.objects(),
                        p.tables(), Format.bytes(p.bytes()), p.elapsed().toSeconds());
                if (p.phase().equals("done")) {
                    err.println();
                }
                err.flush();
            }
        };
    }

    /** Runs work; Ctrl-C cancels the job (killing the tool, removing partial output) before the JVM exits. */
    static <R> R runCancellable(java.util.function.Supplier<R> work, Runnable cancel) {
        Object finished = new Object();
        boolean[] done = {false};
        Thread hook = new Thread(() -> {
            cancel.run();
            synchronized (finished) {
                long end = System.currentTimeMillis() + 10_000;
                while (!done[0] && System.currentTimeMillis() < end) {
                    try {
                        finished.wait(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "cancel-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.get();
        } finally {
            synchronized (finished) {
                done[0] = true;
                finished.notifyAll();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running
            }
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
