package io.aurelius.admin.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code aurelius-admin} in a child JVM with an environment the test chooses (the child sees no
 * variable of ours), a working directory of the test's, its own {@code user.home} (so no real
 * {@code ~/.pgpass} is read) and its own log folder ({@code AURELIUS_ADMIN_LOG_DIR}).
 *
 * <p>It runs the shaded jar {@code target/aurelius-admin.jar} when that exists and is not older than
 * {@code target/classes}; otherwise the same main class from the test's class path (without
 * {@code test-classes}, so the production {@code logback.xml} applies). {@code -Daurelius.cli.launch=jar}
 * or {@code =classpath} forces one.
 */
final class BadInputProcess {

    /** What one run left behind. */
    record Result(int exit, String out, String err, Path logDir) {

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        /** Everything in the log folder, as text (empty if there is none). */
        String log() {
            if (!Files.isDirectory(logDir)) {
                return "";
            }
            try (Stream<Path> files = Files.walk(logDir)) {
                return files.filter(Files::isRegularFile).map(BadInputProcess::readQuietly)
                        .collect(Collectors.joining("\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err + "---";
        }
    }

    private static final long TIMEOUT_SECONDS = 90;

    private BadInputProcess() {
    }

    static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    }

    static Path jar() {
        return projectDir().resolve("target/aurelius-admin.jar");
    }

    /** Null when the jar exists and is at least as new as every compiled main class; else why not. */
    static String jarProblem() {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            return jar + " is missing (build it with: mvn package -DskipTests)";
        }
        Path classes = projectDir().resolve("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            long jarTime = Files.getLastModifiedTime(jar).toMillis();
            long newest = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified())
                    .max().orElse(0);
            return newest > jarTime ? jar + " is older than target/classes (rebuild it with: mvn package"
                    + " -DskipTests)" : null;
        } catch (IOException e) {
            return jar + " cannot be checked against target/classes: " + e;
        }
    }

    static boolean usesJar() {
        String forced = System.getProperty("aurelius.cli.launch", "");
        if (forced.equals("jar")) {
            return true;
        }
        if (forced.equals("classpath")) {
            return false;
        }
        return jarProblem() == null;
    }

    /** Runs the command with exactly these environment variables, in workDir. */
    static Result run(Path workDir, Map<String, String> env, String... args) {
        return run(usesJar(), workDir, env, args);
    }

    static Result run(boolean viaJar, Path workDir, Map<String, String> env, String... args) {
        try {
            Path scratch = Files.createTempDirectory(workDir.getParent(), "run-");
            Path home = Files.createDirectories(scratch.resolve("home"));
            Path logDir = scratch.resolve("log");
            Path out = scratch.resolve("stdout.txt");
            Path err = scratch.resolve("stderr.txt");

            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Djava.awt.headless=true", "-Duser.home=" + home));
            if (viaJar) {
                cmd.addAll(List.of("-jar", jar().toString()));
            } else {
                cmd.addAll(List.of("-cp", mainClassPath(), "io.aurelius.admin.Main"));
            }
            cmd.addAll(Arrays.asList(args));

            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().clear();
            Map<String, String> childEnv = new LinkedHashMap<>();
            childEnv.put("AURELIUS_ADMIN_LOG_DIR", logDir.toString());
            childEnv.putAll(env);
            pb.environment().putAll(childEnv);

            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("aurelius-admin " + String.join(" ", args) + " did not finish within "
                        + TIMEOUT_SECONDS + " s; stderr so far:\n" + readQuietly(err));
            }
            return new Result(p.exitValue(), readQuietly(out), readQuietly(err), logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The test class path minus test-classes (surefire hides the real one behind a manifest-only jar). */
    private static String mainClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.isBlank() && !Path.of(e).normalize().endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
