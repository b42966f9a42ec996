package io.aurelius.admin.backup;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.ServerInfo;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One backup, ready to run on a background thread: pg_dump into {@code NAME.partial}, a check that the
 * result reads back whole, a rename to NAME, the manifest, and (with keep) pruning of older backups. Any
 * failure or {@link #cancel()} removes the partial output. Progress and the tool's log go to the listener.
 */
public final class BackupJob {

    private static final Logger log = LoggerFactory.getLogger(BackupJob.class);

    /** The finished backup; {@code dumping} is the time pg_dump itself ran (the rest is checks and manifest). */
    public record Result(Path path, Manifest manifest, Duration elapsed, List<Path> pruned, Duration dumping) {
    }

    private final BackupService service;
    private final ConnectionSettings settings;
    private final ServerInfo server;
    private final PgTool pgDump;
    private final PgTool pgRestore;
    private final BackupRequest request;
    private final Path target;
    private final Path partial;
    private final AtomicLong objects = new AtomicLong();
    private final AtomicLong tables = new AtomicLong();
    private volatile JobListener listener = JobListener.NONE;
    private volatile ToolRun current;
    private volatile boolean cancelled;
    private volatile String phase = "starting";
    private volatile boolean started;

    BackupJob(BackupService service, ConnectionSettings settings, ServerInfo server, Map<String, PgTool> tools,
              BackupRequest request, Path target) {
        this.service = service;
        this.settings = settings;
        this.server = server;
        this.pgDump = tools.get("pg_dump");
        this.pgRestore = tools.get("pg_restore");
        this.request = request;
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
    }

    public BackupJob listener(JobListener l) {
        this.listener = l == null ? JobListener.NONE : l;
        return this;
    }

    /** The backup's final path. */
    public Path target() {
        return target;
    }

    public PgTool pgDump() {
        return pgDump;
    }

    /** The pg_dump arguments (for display and the benchmark; the password is never among them). */
    public List<String> dumpCommand(Path file, List<String> connection) {
        List<String> c = new ArrayList<>();
        c.add(pgDump.path().toString());
        c.add("--verbose");
        switch (request.format()) {
            case PLAIN -> c.add("--format=plain");
            case GZIP -> {
                c.add("--format=plain");
                c.add("--compress=" + (request.compress() == null || request.compress() == 0 ? 6 : request.compress()));
            }
            case CUSTOM -> c.add("--format=custom");
            case DIRECTORY -> c.add("--format=directory");
        }
        if (request.format().archive() && request.compress() != null) {
            c.add("--compress=" + request.compress());
        }
        if (request.jobs() > 1) {
            c.add("--jobs=" + request.jobs());
        }
        c.add("--file=" + file);
        if (request.schemaOnly()) {
            c.add("--schema-only");
        }
        if (request.dataOnly()) {
            c.add("--data-only");
        }
        if (!request.format().archive() && !request.dataOnly()) {
            // A script that replaces what it restores, inside psql's single transaction.
            c.add("--clean");
            c.add("--if-exists");
        }
        if (!request.tables().isEmpty()) {
            c.add("--strict-names");
            for (String t : request.tables()) {
                c.add("--table=" + Names.tablePattern(t));
            }
        }
        if (request.noOwner()) {
            c.add("--no-owner");
        }
        if (request.noPrivileges()) {
            c.add("--no-privileges");
        }
        c.addAll(connection);
        return c;
    }

    /** Runs the backup; blocks. Throws DatabaseException (JobCancelledException on cancel) with the reason. */
    public Result run() {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("A BackupJob runs once.");
            }
            started = true;
        }
        Instant t0 = Instant.now();
        boolean done = false;
        Thread sampler = sampler(t0);
        try (PgConnection pc = PgConnection.open(settings)) {
            deleteTree(partial);
            phase = "dumping";
            sampler.start();
            ToolRun dump = new ToolRun(dumpCommand(partial, pc.arguments()), pc.environment(), null, this::dumpLine);
            long d0 = System.nanoTime();
            ToolRun.Result r = runTool(dump);
            Duration dumping = Duration.ofNanos(System.nanoTime() - d0);
            checkCancelled();
            if (!r.ok()) {
                throw new DatabaseException("pg_dump failed and no backup was written: " + Echo.of(r.reason(), 300)
                        + ".");
            }
            phase = "verifying";
            List<String> contents = verify();
            checkCancelled();
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Duration took = Duration.between(t0, Instant.now());
            Manifest m = new Manifest(1, target.getFileName().toString(), request.format().word(),
                    settings.database(), settings.user() + "@" + settings.host() + ":" + settings.port(),
                    server.version(), pgDump.version(), contents, request.schemaOnly(), request.dataOnly(),
                    Manifest.size(target), Manifest.sha256(target), Instant.now().toString(),
                    took.toMillis() / 1000.0);
            try {
                m.write(Manifest.pathFor(target));
            } catch (IOException e) {
                deleteTree(target);
                throw e;
            }
            done = true;
            List<Path> pruned = request.keep() == null ? List.of()
                    : service.prune(target.getParent(), settings.database(), request.keep(), target);
            phase = "done";
            listener.progress(progress(t0));
            return new Result(target, m, Duration.between(t0, Instant.now()), pruned, dumping);
        } catch (IOException e) {
            throw new DatabaseException("The backup could not be completed (" + e.getMessage() + "); no backup"
                    + " was left behind.", e);
        } finally {
            sampler.interrupt();
            if (!done) {
                cleanUp();
            }
        }
    }

    /** Stops the backup: kills pg_dump and its workers; {@link #run()} then removes the partial output. */
    public void cancel() {
        cancelled = true;
        ToolRun r = current;
        if (r != null) {
            r.cancel();
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** The running tool's process id, or -1 (tests sample /proc with it). */
    public long pid() {
        ToolRun r = current;
        return r == null ? -1 : r.pid();
    }

    private ToolRun.Result runTool(ToolRun run) {
        current = run;
        if (cancelled) {
            run.cancel();
        }
        return run.run();
    }

    private void checkCancelled() {
        if (cancelled) {
            throw new JobCancelledException("Backup cancelled; the partial output was removed.");
        }
    }

    /** Reads the new backup back: pg_restore --list for archives, the end of the script for SQL. */
    private List<String> verify() throws IOException {
        if (request.format().archive()) {
            StringBuilder out = new StringBuilder();
            ToolRun list = new ToolRun(List.of(pgRestore.path().toString(), "--list", partial.toString()), Map.of(),
                    null, l -> out.append(l).append('\n'));
            ToolRun.Result r = runTool(list);
            checkCancelled();
            if (!r.ok()) {
                throw new DatabaseException("pg_dump finished but pg_restore cannot read its output (" + r.reason()
                        + "); no backup was left behind.");
            }
            return ArchiveToc.parse(out.toString()).tables();
        }
        PlainScript.Scan s;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(partial), 1 << 16);
             InputStream in = request.format() == BackupFormat.GZIP
                     ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw) {
            s = PlainScript.scan(in);
        }
        if (!s.complete()) {
            throw new DatabaseException("pg_dump exited normally but the script does not end with \""
                    + PlainScript.COMPLETE + "\"; no backup was left behind.");
        }
        return List.copyOf(s.tables().keySet());
    }

    private void dumpLine(String line) {
        objects.addAndGet(occurrences(line, "pg_dump: "));
        tables.addAndGet(tablesIn(line));
        listener.line(line);
    }

    /**
     * The tables a line of pg_dump's log says it dumps. Parallel workers share stderr and pg_dump writes its
     * "pg_dump: " prefix and the message apart, so two workers' messages interleave ("pg_dump: pg_dump: dumping
     * contents of table a", then "dumping contents of table b"): the phrase counts wherever it falls.
     */
    static int tablesIn(String line) {
        return occurrences(line, "dumping contents of table");
    }

    private static int occurrences(String line, String phrase) {
        int n = 0;
        for (int i = line.indexOf(phrase); i >= 0; i = line.indexOf(phrase, i + phrase.length())) {
            n++;
        }
        return n;
    }

    private Thread sampler(Instant t0) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(500);
                    listener.progress(progress(t0));
                }
            } catch (InterruptedException e) {
                // finished
            }
        }, "backup-progress");
        t.setDaemon(true);
        return t;
    }

    private Progress progress(Instant t0) {
        long bytes;
        try {
            Path p = Files.exists(partial) ? partial : target;
            bytes = Files.exists(p) ? Manifest.size(p) : 0;
        } catch (IOException | RuntimeException e) {
            bytes = 0; // a file of the directory format can vanish while we sum
        }
        return new Progress(phase, objects.get(), tables.get(), bytes, Duration.between(t0, Instant.now()));
    }

    private void cleanUp() {
        try {
            deleteTree(partial);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", partial, e.toString());
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteTree(c);
                }
            }
        }
        try {
            Files.delete(p);
        } catch (NoSuchFileException ignored) {
            // already gone
        }
    }
}
