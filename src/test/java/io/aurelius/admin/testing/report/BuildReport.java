package io.aurelius.admin.testing.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One build's report files: each test JVM's results in {@code target/reliability/results-*.json}, the report
 * made from all of them in {@code target/reliability/RELIABILITY.md}, and the project's {@code RELIABILITY.md},
 * which is written only when every test that carries {@code @Proves} ran in this build (so a run with
 * {@code -Dtest=...} never leaves a partial table there) and only inside Maven.
 *
 * @param dir          where the results files and the build's report go
 * @param root         the project's RELIABILITY.md, or null: never written (a run outside Maven)
 * @param provingTests every test that carries {@code @Proves} (as not run), or null when unknown: then the
 *                     run never counts as complete
 * @param run          the build's id, shared by its unit and *IT test JVMs; null outside Maven
 */
public record BuildReport(Path dir, Path root, Supplier<List<Outcome>> provingTests, String run) {

    /** The system property the pom sets to the build's start (maven.build.timestamp) for both test plugins. */
    public static final String RUN_PROPERTY = "aurelius.reliability.run";
    private static final String PREFIX = "results-";

    /** The files of the build this JVM belongs to, found from where the test classes were loaded. */
    public static BuildReport forThisBuild() {
        Path testClasses = compiledTests();
        Path target = testClasses != null ? testClasses.getParent() : Path.of("target").toAbsolutePath();
        String basedir = System.getProperty("basedir");
        Path project = basedir != null ? Path.of(basedir) : target.getParent();
        String run = System.getProperty(RUN_PROPERTY);
        if (run == null || run.isBlank() || run.startsWith("${")) {
            run = null;
        }
        Supplier<List<Outcome>> scan = () -> testClasses == null ? null
                : ProvingTests.scan(testClasses, BuildReport.class.getClassLoader());
        return new BuildReport(target.resolve("reliability"), run == null ? null : project.resolve("RELIABILITY.md"),
                scan, run);
    }

    private static Path compiledTests() {
        try {
            Path p = Path.of(BuildReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** A results file for one listener of this JVM. */
    public Path newResultsFile() {
        return dir.resolve(PREFIX + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())
                + ".json");
    }

    /**
     * Saves this JVM's results, then writes the report from every results file of this build (an earlier
     * build's files are deleted). Returns whether the project's RELIABILITY.md was written too.
     */
    public boolean publish(Path mine, RunResults results) throws IOException {
        Files.createDirectories(dir);
        synchronized (BuildReport.class) {
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                results.write(mine);
                List<RunResults> runs = thisBuild(mine, results);
                List<Outcome> scanned = provingTests.get();
                List<Outcome> pooled = ReportWriter.pool(scanned == null ? List.of() : scanned, runs);
                String md = ReportWriter.render(pooled, ReportWriter.header(runs));
                write(dir.resolve("RELIABILITY.md"), md);
                boolean whole = root != null && scanned != null && ReportWriter.complete(pooled);
                if (whole) {
                    write(root, md);
                }
                return whole;
            }
        }
    }

    /** This build's results: the files of this run (or, outside Maven, this JVM's alone). */
    private List<RunResults> thisBuild(Path mine, RunResults results) throws IOException {
        List<RunResults> runs = new ArrayList<>(List.of(results));
        if (run == null) {
            return runs;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.toString().endsWith(".json") && !p.equals(mine)).sorted().toList()) {
                RunResults other = readOrNull(f);
                if (other == null || !run.equals(other.run())) {
                    Files.deleteIfExists(f); // an earlier build's (or an unreadable) file
                } else {
                    runs.add(other);
                }
            }
        }
        return runs;
    }

    private static RunResults readOrNull(Path f) {
        try {
            return RunResults.read(f);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void write(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(part, text);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
