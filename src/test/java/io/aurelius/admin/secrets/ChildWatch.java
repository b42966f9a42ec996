package io.aurelius.admin.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads {@code /proc/PID/cmdline} and {@code /proc/PID/environ} of every process this JVM started, again and
 * again while they run: what a user could see with {@code ps e} at that moment. Each distinct reading is kept.
 */
final class ChildWatch implements AutoCloseable {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean stop;

    ChildWatch() {
        thread = new Thread(this::loop, "child-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!stop) {
            ProcessHandle.current().descendants().forEach(p -> {
                String cmdline = read(p.pid(), "cmdline");
                String environ = read(p.pid(), "environ");
                if (cmdline != null && environ != null) {
                    seen.add(cmdline + "\n" + environ);
                }
            });
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String read(long pid, String what) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), what), StandardCharsets.ISO_8859_1)
                    .replace('\0', what.equals("cmdline") ? ' ' : '\n');
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /**
     * The readings of running PostgreSQL programs (not of the JVM's own fork before it became one, whose memory
     * is still this JVM's).
     */
    List<String> seen() {
        return seen.stream().filter(s -> {
            String cmd = s.substring(0, s.indexOf('\n'));
            return (cmd.contains("pg_dump") || cmd.contains("pg_restore") || cmd.contains("psql"))
                    && !cmd.contains("java") && !cmd.contains("jspawnhelper");
        }).toList();
    }

    /** Every reading, the JVM's own forks included. */
    List<String> all() {
        return List.copyOf(seen);
    }

    /** Waits until a running {@code program} with a server connection (--host=) was read. */
    void awaitConnected(String program) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> seen().stream()
                .anyMatch(s -> s.contains("/" + program + " ") && s.contains("--host=")));
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        thread.join(5_000);
    }
}
