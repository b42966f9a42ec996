package io.aurelius.admin.bench;

import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupJob;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.config.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Cases that start other processes: the backup launcher against raw pg_dump, and the app's cold start. */
final class ProcessCases {

    private ProcessCases() {
    }

    /** A custom-format backup through the launcher (pg_dump, pg_restore --list check, SHA-256, manifest). */
    static Result backup(Bench b, int repetitions) throws Exception {
        ConnectionSettings s = b.services().database().settings();
        Map<String, String> env = Child.environment(s);
        List<String> connection = List.of("--host=" + s.host(), "--port=" + s.port(), "--username=" + s.user(),
                "--no-password", "--dbname=" + s.database());
        long[] size = {0};
        int[] run = {0};
        Measure.Pair p = new Measure(0, repetitions).pair(() -> {
            Path file = b.work().resolve("launcher-" + run[0] + ".dump");
            BackupJob.Result r = b.services().backups().prepare(BackupRequest.of(file, BackupFormat.CUSTOM)).run();
            size[0] = r.manifest().sizeBytes();
            delete(file);
            return r;
        }, () -> {
            Path file = b.work().resolve("raw-" + run[0]++ + ".dump");
            BackupJob job = b.services().backups().prepare(BackupRequest.of(file, BackupFormat.CUSTOM));
            Child.Run r = Child.check(job.dumpCommand(file, connection), env);
            delete(file);
            return r;
        });
        return new Result("backup, custom format, through the launcher", p.value(), "raw pg_dump, same flags",
                p.floor(), Target.ratio(1.05), String.format(Locale.ROOT, "%,d MB dump; %d run(s), no warm-up",
                        size[0] >> 20, repetitions));
    }

    /**
     * The app's process from JVM start to the first screen rendered (headless {@code snapshot strategies}, which
     * connects, loads the first page and renders the window to a PNG) against a bare JVM start.
     */
    static Result coldStart(Bench b) throws Exception {
        Path png = b.work().resolve("first-window.png");
        Map<String, String> env = Child.environment(b.services().database().settings());
        List<String> options = startOptions();
        List<String> app = Child.java(options, "io.aurelius.admin.Main", "snapshot", "strategies", "-o",
                png.toString(), "--size", "1280x800");
        List<String> bare = List.of(app.get(0), "-version");
        Measure.Pair p = b.measure().withRepetitions(Math.min(b.measure().repetitions(), 5))
                .pair(() -> Child.check(app, env), () -> Child.check(bare, env));
        boolean drawn = Files.size(png) > 0;
        delete(png);
        return new Result("cold start to first window (headless snapshot)", p.value(), "java -version", p.floor(),
                Target.under(3000), (drawn ? "JVM start + connect + first page + render to PNG"
                : "no PNG was written") + (options.isEmpty() ? "; no aurelius-admin.jvm beside the jar"
                : "; with aurelius-admin.jvm's options (class-data archive, JIT thresholds), as the README runs it"));
    }

    /**
     * The JVM options of aurelius-admin.jvm beside the app's jar (see pom.xml, jvm-options), the archive's path
     * made absolute; none when the file is not there.
     */
    private static List<String> startOptions() throws java.io.IOException {
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
        Path file = jar.toAbsolutePath().resolveSibling("aurelius-admin.jvm");
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(file)) {
            return List.of();
        }
        Path archive = jar.toAbsolutePath().resolveSibling("aurelius-admin.jsa");
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + archive : l)
                .toList();
    }

    private static void delete(Path p) throws java.io.IOException {
        Files.deleteIfExists(p);
        Files.deleteIfExists(io.aurelius.admin.backup.Manifest.pathFor(p));
    }
}
