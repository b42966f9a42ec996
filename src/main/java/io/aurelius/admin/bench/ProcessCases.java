package io.aurelius.admin.bench;

import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupJob;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.ui.common.FirstWindow;
import io.aurelius.admin.ui.snapshot.BareWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Cases that start other processes: the backup launcher against raw pg_dump, and the app's cold start. */
final class ProcessCases {

    /** The toolkit settings {@code snapshot} uses: Monocle's headless screen, software rendering. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true");

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
     * The desktop app's process from its launch to its first window drawn with data (connected, the Strategies
     * list's first page read and counted, the window rendered), against a bare JavaFX window's launch to drawn.
     * Both run on the headless toolkit with the README's JVM options and report when their window was drawn
     * ({@link FirstWindow}); the JVM's exit after that is not counted. The app starts with a configuration and
     * data folder of its own (no saved profile, filter or sort), so it opens as on a first start.
     */
    static Result coldStart(Bench b) throws Exception {
        Path dir = b.work().resolve("cold-start");
        Map<String, String> env = new HashMap<>(Child.environment(b.services().database().settings()));
        env.put("AURELIUS_ADMIN_HOME", dir.resolve("config").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("AURELIUS_ADMIN_LOG_DIR", dir.resolve("logs").toString());
        Path mark = dir.resolve("first-window.properties");
        List<String> jvmOptions = startOptions();
        List<String> options = new ArrayList<>(jvmOptions);
        options.addAll(HEADLESS);
        options.add("-D" + FirstWindow.PROPERTY + "=" + mark);
        List<String> app = Child.java(options, "io.aurelius.admin.Main");
        List<String> bare = Child.java(options, BareWindow.class.getName());
        int[] rows = {-1};
        Measure.Pair p = b.measure().withRepetitions(Math.min(b.measure().repetitions(), 9)).pair(() -> {
            Shown shown = firstWindow(app, env, mark);
            rows[0] = shown.rows();
            return new Measure.Timed(shown.millis());
        }, () -> new Measure.Timed(firstWindow(bare, env, mark).millis()));
        return new Result("cold start to first window (desktop, headless)", p.value(), "bare JavaFX window",
                p.floor(), Target.under(3000), "launch to the window drawn with its first page (" + rows[0]
                + " rows) and count; " + (jvmOptions.isEmpty() ? "no aurelius-admin.jvm beside the jar"
                : "aurelius-admin.jvm's options (class-data archive, JIT thresholds), as the README runs it"));
    }

    private record Shown(double millis, int rows) {
    }

    /** Launches, waits for the exit, and reads when the window was drawn, counted from just before the launch. */
    private static Shown firstWindow(List<String> command, Map<String, String> env, Path mark) throws Exception {
        Files.createDirectories(mark.getParent());
        Files.deleteIfExists(mark);
        long launched = System.currentTimeMillis();
        Child.check(command, env);
        if (!Files.isRegularFile(mark)) {
            throw new IllegalStateException(command.get(command.size() - 1) + " exited without drawing its first"
                    + " window (no " + mark.getFileName() + ").");
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(mark)) {
            p.load(in);
        }
        if (!"CONNECTED".equals(p.getProperty("phase")) && !"none".equals(p.getProperty("phase"))) {
            throw new IllegalStateException("The app's first window showed no connection (" + p.getProperty("phase")
                    + "); see " + env.get("AURELIUS_ADMIN_LOG_DIR") + ".");
        }
        return new Shown(Long.parseLong(p.getProperty("shownAt")) - launched, Integer.parseInt(p.getProperty("rows")));
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
