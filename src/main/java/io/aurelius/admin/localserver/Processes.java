package io.aurelius.admin.localserver;

import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a server tool: arguments as a list (never a shell), no PG* variables inherited, C locale, output
 * captured through a temporary file so a daemon that keeps a descriptor open can never block us.
 */
final class Processes {

    private static final Logger log = LoggerFactory.getLogger(Processes.class);

    /** What a finished process said; {@code output} is stdout and stderr together. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        /** The last line that reports an error (or failing that, the last line), for one-sentence messages. */
        String reason() {
            String[] lines = output.strip().split("\\R");
            for (int i = lines.length - 1; i >= 0; i--) {
                String l = lines[i].toLowerCase(java.util.Locale.ROOT);
                if (l.contains("error") || l.contains("fatal") || l.contains("could not")) {
                    return lines[i].strip();
                }
            }
            return lastLine();
        }

        /** The last non-blank line. */
        String lastLine() {
            String[] lines = output.strip().split("\\R");
            return lines.length == 0 ? "" : lines[lines.length - 1].strip();
        }
    }

    private Processes() {
    }

    static Result run(List<String> command, Path workDir, Duration timeout) {
        Path out = null;
        try {
            out = Files.createTempFile("aurelius-admin-proc", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            if (workDir != null) {
                pb.directory(workDir.toFile());
            }
            ChildEnvironment.clean(pb.environment());
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                throw new DatabaseException(program(command) + " did not finish within " + timeout.toSeconds()
                        + " s: check the server log and try again.");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            log.debug("{} -> exit {} in {} ms", command, p.exitValue(), (System.nanoTime() - t0) / 1_000_000);
            return new Result(p.exitValue(), text);
        } catch (IOException e) {
            throw new DatabaseException("Could not run " + program(command) + " (" + e.getMessage()
                    + "): check that the PostgreSQL installation is complete.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while running " + program(command) + ".", e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temp file; the OS cleans it eventually
                }
            }
        }
    }

    /** The tool's name in a possibly prefixed command (after the "--" of runuser/setpriv/sudo). */
    static String program(List<String> command) {
        int dd = command.indexOf("--");
        String tool = dd >= 0 && dd + 1 < command.size() ? command.get(dd + 1) : command.get(0);
        Path name = Path.of(tool).getFileName();
        return name == null ? tool : name.toString();
    }


    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
