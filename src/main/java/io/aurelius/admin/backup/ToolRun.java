package io.aurelius.admin.backup;

import io.aurelius.admin.localserver.ChildEnvironment;
import io.aurelius.admin.db.DatabaseException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a PostgreSQL client program, supervised: arguments as a list (never a shell), no inherited PG*
 * variables (so no PGPASSWORD), C locale, stdout and stderr read line by line, optional stdin fed by a
 * {@link Feeder}, and {@link #cancel()} that ends the whole process tree. When feeding stdin fails, the
 * program is killed <em>before</em> its stdin is closed, so psql never sees a clean end of input and never
 * commits half a script.
 */
final class ToolRun {

    private static final Logger log = LoggerFactory.getLogger(ToolRun.class);
    private static final int KEEP_LINES = 40;

    /** Writes a program's standard input. */
    interface Feeder {
        void feed(OutputStream stdin) throws IOException;
    }

    /** How the run ended: exit code (-1 when killed), whether cancelled, the failure to report. */
    record Result(int exitCode, boolean cancelled, String reason, IOException feedError) {
        boolean ok() {
            return exitCode == 0 && !cancelled && feedError == null;
        }
    }

    /** Output of a short helper run (--version, --list). */
    record Output(int exitCode, String text) {
    }

    private final List<String> command;
    private final Map<String, String> env;
    private final Feeder feeder;
    private final Consumer<String> lines;
    private final Deque<String> last = new ArrayDeque<>();
    private volatile Process process;
    private volatile boolean cancelled;

    ToolRun(List<String> command, Map<String, String> env, Feeder feeder, Consumer<String> lines) {
        this.command = List.copyOf(command);
        this.env = Map.copyOf(env);
        this.feeder = feeder;
        this.lines = lines == null ? l -> { } : lines;
    }

    /** Runs a short command to completion with captured output (no password, nothing on stdin). */
    static Output capture(List<String> command, Duration timeout) {
        StringBuilder text = new StringBuilder();
        ToolRun run = new ToolRun(command, Map.of(), null, l -> text.append(l).append('\n'));
        Result r = run.start(timeout);
        return new Output(r.exitCode(), text.toString());
    }

    /** Runs to the end (or cancel); blocks the calling thread. */
    Result run() {
        return start(null);
    }

    private Result start(Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (feeder == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        }
        ChildEnvironment.clean(pb.environment());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p;
        synchronized (this) {
            if (cancelled) {
                return new Result(-1, true, "cancelled", null);
            }
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new DatabaseException("Could not start " + program() + " (" + e.getMessage()
                        + "): check that the PostgreSQL client tools are installed completely.", e);
            }
            process = p;
        }
        log.info("Started {} (pid {})", program(), p.pid());
        Thread reader = new Thread(() -> read(p), program() + "-output");
        reader.setDaemon(true);
        reader.start();
        IOException feedError = null;
        if (feeder != null) {
            feedError = feed(p);
        }
        try {
            if (timeout != null) {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill(p);
                    throw new DatabaseException(program() + " did not answer within " + timeout.toSeconds() + " s.");
                }
            } else {
                p.waitFor();
            }
            reader.join(5_000);
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            return new Result(-1, true, "interrupted", feedError);
        }
        int code = p.exitValue();
        log.info("{} exited {} after {} ms", program(), code, (System.nanoTime() - t0) / 1_000_000);
        return new Result(code, cancelled, reason(feedError), feedError);
    }

    private IOException feed(Process p) {
        OutputStream stdin = p.getOutputStream();
        try {
            feeder.feed(stdin);
            stdin.close();
            return null;
        } catch (IOException | RuntimeException e) {
            // Kill first: closing stdin on a live psql would end the script and commit what it had.
            killNow(p);
            try {
                stdin.close();
            } catch (IOException ignored) {
                // the process is gone
            }
            return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private void read(Process p) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (last) {
                    last.addLast(line);
                    if (last.size() > KEEP_LINES) {
                        last.removeFirst();
                    }
                }
                try {
                    lines.accept(line);
                } catch (RuntimeException e) {
                    log.warn("Line listener failed: {}", e.toString());
                }
            }
        } catch (IOException e) {
            log.debug("Output of {} ended: {}", program(), e.toString());
        }
    }

    /** Ends the process and every process it started (parallel dump workers); safe to call any time. */
    void cancel() {
        Process p;
        synchronized (this) {
            cancelled = true;
            p = process;
        }
        if (p != null) {
            kill(p);
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** The process id while it runs (tests read /proc with it). */
    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    private static void kill(Process p) {
        List<ProcessHandle> tree = p.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                killNow(p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killNow(p);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void killNow(Process p) {
        List<ProcessHandle> tree = p.descendants().toList();
        p.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The line that says what went wrong ("pg_dump: error: ..."), or the last line. */
    String reason(IOException feedError) {
        List<String> copy;
        synchronized (last) {
            copy = List.copyOf(last);
        }
        for (int i = copy.size() - 1; i >= 0; i--) {
            String l = copy.get(i).toLowerCase(Locale.ROOT);
            if (l.contains("error:") || l.contains("fatal:") || l.contains("could not")) {
                return copy.get(i).strip();
            }
        }
        if (feedError != null) {
            return feedError.getMessage();
        }
        return copy.isEmpty() ? "no output" : copy.get(copy.size() - 1).strip();
    }

    String program() {
        Path name = Path.of(command.get(0)).getFileName();
        return name == null ? command.get(0) : name.toString();
    }


    private static File nullDevice() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
