package io.aurelius.admin.backup;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.DatabaseException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One restore, to run on a background thread. Plain and gzip scripts go through
 * {@code psql -X -v ON_ERROR_STOP=1 --single-transaction}, fed by us after a {@code \restrict} line with a
 * random key when psql has it (else a script with meta-commands was refused before), archives through
 * {@code pg_restore --single-transaction --exit-on-error}. Either all of it is committed or nothing: a
 * database created for the restore is dropped again when it fails or is cancelled. A request that picks tables
 * runs only their items, through {@code pg_restore --use-list} with a temporary list file deleted afterwards;
 * {@code --clean} then drops only those, so tables not picked are not touched.
 */
public final class RestoreJob {

    private static final Logger log = LoggerFactory.getLogger(RestoreJob.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The finished restore. */
    public record Result(String database, boolean created, List<String> tables, Duration elapsed, String mode) {
    }

    private final RestoreService service;
    private final ConnectionSettings settings;
    private final PgTool psql;
    private final PgTool pgRestore;
    private final DumpContents contents;
    private final RestoreRequest request;
    private final RestoreService.Target target;
    private final TablePick.Plan plan;
    private volatile java.nio.file.Path listFile;
    private final AtomicLong objects = new AtomicLong();
    private final AtomicLong tables = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile JobListener listener = JobListener.NONE;
    private volatile ToolRun current;
    private volatile boolean cancelled;

    RestoreJob(RestoreService service, ConnectionSettings settings, Map<String, PgTool> tools,
               DumpContents contents, RestoreRequest request, RestoreService.Target target, TablePick.Plan plan) {
        this.service = service;
        this.settings = settings;
        this.psql = tools.get("psql");
        this.pgRestore = tools.get("pg_restore");
        this.contents = contents;
        this.request = request;
        this.target = target;
        this.plan = plan;
    }

    public RestoreJob listener(JobListener l) {
        this.listener = l == null ? JobListener.NONE : l;
        return this;
    }

    /** The running tool's process id, or -1. */
    public long pid() {
        ToolRun r = current;
        return r == null ? -1 : r.pid();
    }

    public RestoreService.Target target() {
        return target;
    }

    /**
     * What to know about a restore of picked tables before it runs (foreign keys left out or kept against the
     * target's tables); empty when everything is restored. The same lines go to the job's log when it runs.
     */
    public List<String> notes() {
        return plan == null ? List.of() : plan.notes();
    }

    /** How meta-commands are kept out, in words. */
    public String mode() {
        if (contents.format().archive()) {
            return "pg_restore " + pgRestore.version() + " --single-transaction --exit-on-error"
                    + (plan == null ? "" : ", " + plan.items().size() + " of " + contents.items().size()
                    + " items (tables " + String.join(", ", plan.tables()) + ")");
        }
        return "psql " + psql.version() + (psql.supportsRestrict() ? " in \\restrict mode" : " (file checked for"
                + " meta-commands; this psql has no \\restrict)") + ", ON_ERROR_STOP, single transaction";
    }

    /** Runs the restore; blocks. Throws DatabaseException with the reason; the target is then unchanged. */
    public Result run() {
        Instant t0 = Instant.now();
        boolean created = false;
        boolean ok = false;
        Thread sampler = sampler(t0);
        try (PgConnection pc = PgConnection.open(settings)) {
            // others connected since prepare count too; the ones the user chose to end are ended now
            for (var ended : service.clearSessions(request, target.database())) {
                listener.line("Ended the other session of " + ended.describe() + ".");
            }
            if (request.create()) {
                service.createDatabase(target.database());
                created = true;
            }
            checkCancelled(created);
            if (plan != null) {
                plan.notes().forEach(listener::line);
            }
            sampler.start();
            ToolRun run = contents.format().archive() ? archiveRun(pc) : scriptRun(pc);
            current = run;
            if (cancelled) {
                run.cancel();
            }
            ToolRun.Result r = run.run();
            checkCancelled(created);
            if (!r.ok()) {
                String why = r.reason();
                if (plan != null && why.contains("foreign key")) {
                    why += " (a picked table's rows reference rows the target lacks: pick the referenced tables too)";
                }
                throw new DatabaseException("The restore of " + contents.source().getFileName() + " into '"
                        + Echo.of(target.database()) + "' failed and changed nothing"
                        + (created ? " (the new database was removed again)" : " (its transaction was rolled back)")
                        + ": " + why + ".");
            }
            ok = true;
            listener.progress(new Progress("done", objects.get(), tables.get(), bytes.get(),
                    Duration.between(t0, Instant.now())));
            return new Result(target.database(), created, plan == null ? contents.tables() : plan.tables(),
                    Duration.between(t0, Instant.now()), mode());
        } finally {
            sampler.interrupt();
            TablePick.deleteQuietly(listFile);
            if (!ok && created) {
                try {
                    service.dropDatabase(target.database());
                } catch (RuntimeException e) {
                    log.warn("Could not drop the half-restored new database {}: {}", target.database(), e.toString());
                }
            }
        }
    }

    /** Stops the restore: kills the tool, so the server rolls the transaction back. */
    public void cancel() {
        cancelled = true;
        ToolRun r = current;
        if (r != null) {
            r.cancel();
        }
    }

    private void checkCancelled(boolean created) {
        if (cancelled) {
            throw new JobCancelledException("Restore cancelled; nothing was changed in '" + Echo.of(target.database())
                    + "'"
                    + (created ? " (the new database was removed again)." : "."));
        }
    }

    private ToolRun archiveRun(PgConnection pc) {
        List<String> c = new ArrayList<>();
        c.add(pgRestore.path().toString());
        c.add("--verbose");
        c.add("--single-transaction");
        c.add("--exit-on-error");
        if (!request.create() && !contents.dataOnly()) {
            c.add("--clean");
            c.add("--if-exists");
        }
        if (request.noOwner()) {
            c.add("--no-owner");
        }
        if (plan != null) {
            c.add("--use-list=" + writeListFile().toAbsolutePath());
        }
        c.addAll(pc.arguments(target.database()));
        c.add(contents.source().toAbsolutePath().toString());
        return new ToolRun(c, pc.environment(), null, this::line);
    }

    /** The picked items for pg_restore --use-list, in a temporary file that {@link #run} deletes. */
    private java.nio.file.Path writeListFile() {
        try {
            listFile = Files.createTempFile("aurelius-restore-", ".list");
            Files.writeString(listFile, plan.listFile(), java.nio.charset.StandardCharsets.UTF_8);
            return listFile;
        } catch (IOException e) {
            throw new DatabaseException("Could not write the list of items to restore (" + BackupService.reason(e)
                    + "): free some space in " + System.getProperty("java.io.tmpdir") + ".", e);
        }
    }

    /** The list file pg_restore reads while a pick runs (gone afterwards), or null. */
    java.nio.file.Path listFile() {
        return listFile;
    }

    private ToolRun scriptRun(PgConnection pc) {
        List<String> c = new ArrayList<>();
        c.add(psql.path().toString());
        c.add("--no-psqlrc");
        c.add("--set=ON_ERROR_STOP=1");
        // Not --single-transaction: psql would COMMIT at end of input, so a feed cut short (this JVM killed)
        // would commit half a script. We send BEGIN first and COMMIT only after the whole script went through;
        // end of input without COMMIT ends the session and PostgreSQL rolls the transaction back.
        c.addAll(pc.arguments(target.database()));
        c.add("--file=-");
        boolean restrict = psql.supportsRestrict();
        String key = restrict ? HexFormat.of().formatHex(randomBytes()) : null;
        ToolRun.Feeder feeder = stdin -> {
            try (InputStream raw = new Counting(new BufferedInputStream(Files.newInputStream(contents.source()), 1 << 16));
                 InputStream in = contents.format() == BackupFormat.GZIP
                         ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw) {
                java.io.OutputStream out = new java.io.BufferedOutputStream(stdin, 1 << 16);
                out.write("BEGIN;\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                PlainScript.feed(in, out, key, !restrict);
                out.write("\nCOMMIT;\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
            }
        };
        return new ToolRun(c, pc.environment(), feeder, this::line);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return b;
    }

    private void line(String line) {
        objects.incrementAndGet();
        if (line.contains("processing data for table") || line.startsWith("COPY ")) {
            tables.incrementAndGet();
        }
        listener.line(line);
    }

    private Thread sampler(Instant t0) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(500);
                    listener.progress(new Progress("restoring", objects.get(), tables.get(), bytes.get(),
                            Duration.between(t0, Instant.now())));
                }
            } catch (InterruptedException e) {
                // finished
            }
        }, "restore-progress");
        t.setDaemon(true);
        return t;
    }

    /** Counts the bytes read from the backup file, for progress. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                bytes.incrementAndGet();
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes.addAndGet(n);
            }
            return n;
        }
    }
}
