package io.aurelius.admin.bench;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.export.StrategiesCsv;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.ServiceSql;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyFilter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * The CSV export of the whole strategies list: the app's export (server-side cursor, Jackson CSV) against
 * PostgreSQL's own {@code COPY (same SELECT) TO STDOUT CSV} into a file; then once more in a child JVM limited to
 * {@code -Xmx256m}, which reports its peak heap (the proof that the export streams).
 */
final class ExportCase {

    static final String HEAP = "-Xmx256m";

    private ExportCase() {
    }

    static Result run(Bench b) throws Exception {
        Path app = b.work().resolve("strategies.csv");
        Path copy = b.work().resolve("strategies-copy.csv");
        String sql = ServiceSql.allStrategies(StrategyFilter.none(), SortOrder.newestFirst()).sql();
        StrategiesCsv csv = b.services().strategiesCsv();
        Measure.Pair p = b.measure().withRepetitions(Math.min(b.measure().repetitions(), 3)).pair(() -> csv.export(null, null, app, new Cancel(), StrategiesCsv.Listener.NONE)
                .rows(), () -> {
                    try (OutputStream out = Files.newOutputStream(copy)) {
                        return b.jdbc().connection().unwrap(PGConnection.class).getCopyAPI()
                                .copyOut("COPY (" + sql + ") TO STDOUT WITH (FORMAT csv)", out);
                    }
                });
        long rows = csv.export(null, null, app, new Cancel(), StrategiesCsv.Listener.NONE).rows();
        String heap = childPeak(b);
        boolean streams = heap.contains("peak heap") && !heap.contains("FAILED");
        Files.deleteIfExists(app);
        Files.deleteIfExists(copy);
        return new Result(String.format(Locale.ROOT, "CSV export of %,d rows", rows), p.value(),
                "COPY TO STDOUT, same SELECT", p.floor(),
                Target.judged("streams; peak heap < 256 MB", streams), heap);
    }

    private static String childPeak(Bench b) throws Exception {
        Child.Run r = Child.run(Child.java(List.of(HEAP, "-XX:+UseG1GC"), ExportCase.class.getName(),
                b.work().resolve("child.csv").toString()), Child.environment(b.services().database().settings()));
        Files.deleteIfExists(b.work().resolve("child.csv"));
        String[] lines = r.output().strip().split("\n");
        String last = lines[lines.length - 1];
        return r.exit() == 0 ? "child JVM " + HEAP + ": " + last : "child JVM " + HEAP + " FAILED: " + last;
    }

    /** The child: exports to the file named and prints "peak heap N MB". */
    public static void main(String[] args) throws Exception {
        try (Services s = Services.connect(SettingsResolver.fromSystem().resolve(SettingsResolver.Overrides.none()))) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long rows = s.strategiesCsv().export(null, null, Path.of(args[0]), new Cancel(),
                    StrategiesCsv.Listener.NONE).rows();
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "%,d rows, peak heap %d MB (sum of pool peaks)%n", rows, peak >> 20);
        }
    }
}
