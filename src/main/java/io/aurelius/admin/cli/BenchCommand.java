package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.bench.Benchmark;
import io.aurelius.admin.bench.Dataset;
import io.aurelius.admin.bench.Measure;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.demo.DemoSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench}: the performance benchmark of issue 7 (see BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the client's cases (list pages, search, strategy detail, dashboard, curves, CSV export,"
                + " cold start, backup) side by side with their floors (the same SQL in plain JDBC, raw pg_dump, a"
                + " bare JavaFX window) and write a Markdown table to target/bench/. Generates the benchmark data set"
                + " (1,000,000 strategies, a few minutes) when the database holds no demo data.")
public class BenchCommand implements Callable<Integer> {

    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions conn;

    @Option(names = "--cases", paramLabel = "A,B", split = ",",
            description = "Cases to run, in the standard order (default: all): first-page, keyset-10000,"
                    + " offset-10000, filter-text, sort-confidence, busy-strategy, dashboard, curve-2520, curve-1m,"
                    + " reduce-1m, reduce-10m, export-csv, browse-all, cold-start, backup.")
    List<String> cases = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "A,B", split = ",", description = "Cases to leave out (e.g. backup).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "15",
            description = "Measured runs per case (default ${DEFAULT-VALUE}; export 3, cold start 9 at most).")
    int repetitions;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "3",
            description = "Unmeasured runs first (default ${DEFAULT-VALUE}); when above 0, warm-up also goes on"
                    + " for at least 2 s of running, so fast cases are measured JIT-compiled; 0 skips warm-up.")
    int warmups;

    @Option(names = "--backup-repetitions", paramLabel = "N", defaultValue = "1",
            description = "Runs of the backup case, no warm-up (default ${DEFAULT-VALUE}; minutes each at 10^6).")
    int backupRepetitions;

    @Option(names = "--reuse", description = "Only reuse demo data already in the database; never generate it.")
    boolean reuse;

    @Option(names = "--strategies", paramLabel = "N",
            description = "Generate this many strategies (the default demo shape) instead of the benchmark set.")
    Long strategies;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Where the table goes (default ${DEFAULT-VALUE}).")
    Path out;

    public BenchCommand(SettingsResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Integer call() throws Exception {
        if (repetitions < 1 || warmups < 0 || backupRepetitions < 1) {
            throw new ParameterException(spec.commandLine(), "--repetitions and --backup-repetitions must be 1 or"
                    + " more, --warmups 0 or more.");
        }
        List<String> chosen = new ArrayList<>(cases.isEmpty() ? Benchmark.caseNames() : cases);
        chosen.removeAll(skip);
        for (String c : chosen) {
            if (!Benchmark.caseNames().contains(c)) {
                throw new ParameterException(spec.commandLine(), "No case '" + c + "': choose from "
                        + String.join(", ", Benchmark.caseNames()) + ".");
            }
        }
        PrintWriter log = spec.commandLine().getOut();
        DemoSpec data = strategies == null ? DemoSpec.benchmark().withSeed(DemoSpec.DEFAULT_SEED)
                : DemoSpec.of(strategies);
        try (Services s = Services.connect(conn.resolve(resolver))) {
            Dataset d = Dataset.ensure(s, data, reuse, log);
            Path file = Benchmark.run(s, d, new Measure(warmups, repetitions), chosen, backupRepetitions, out, log);
            log.println("Written to " + file.toAbsolutePath());
            log.flush();
        }
        return 0;
    }
}
