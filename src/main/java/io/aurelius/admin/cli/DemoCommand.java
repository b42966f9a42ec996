package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoResult;
import io.aurelius.admin.demo.DemoSpec;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code demo}: fills the database with realistic AURELIUS demo data through COPY, in one transaction. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill the database with realistic AURELIUS demo data (deterministic for a seed). Refuses a"
                + " database holding data that is not demo data unless --force is given.")
public class DemoCommand implements java.util.concurrent.Callable<Integer> {

    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions conn;

    @Option(names = "--strategies", paramLabel = "N", defaultValue = "10000",
            description = "Strategies to generate (default ${DEFAULT-VALUE}).")
    long strategies;

    @Option(names = "--backtests-per-strategy", paramLabel = "K", defaultValue = "3",
            description = "Backtests per strategy, in every status (default ${DEFAULT-VALUE}).")
    int backtestsPerStrategy;

    @Option(names = "--curve-points", paramLabel = "P", defaultValue = "0",
            description = "Equity-curve points per backtest; 0 = daily over 1 to 3 years (default).")
    int curvePoints;

    @Option(names = "--metric-only", description = "Backtests carry metrics but no trades or equity curves.")
    boolean metricOnly;

    @Option(names = "--validations", paramLabel = "N", description = "Validations in all (default: one per two"
            + " strategies).")
    Long validations;

    @Option(names = "--gate-results", paramLabel = "N", description = "Gate results in all (default: one per"
            + " strategy).")
    Long gateResults;

    @Option(names = "--benchmark", description = "The benchmark data set: 1,000,000 strategies, 3,000,000"
            + " metric-only backtests, 1,000 backtests with 2,520-point curves on one strategy, one 1,000,000-point"
            + " curve, 100,000 validations, 300,000 gate results (other size options are ignored).")
    boolean benchmark;

    @Option(names = "--no-hostile", description = "Leave out the deliberately broken rows.")
    boolean noHostile;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Random seed: the same seed gives the same rows (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Write even though the AURELIUS tables hold data that is not demo data.")
    boolean force;

    @Option(names = "--replace", description = "Remove earlier demo data first.")
    boolean replace;

    public DemoCommand(SettingsResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Integer call() {
        DemoSpec demo = spec();
        try (Services s = Services.connect(conn.resolve(resolver))) {
            PrintWriter out = spec.commandLine().getOut();
            SchemaReport.State state = s.schema().inspect().state();
            if (state == SchemaReport.State.EMPTY || state == SchemaReport.State.OTHER_TABLES_ONLY) {
                out.println(s.schema().init().message());
            }
            out.printf(Locale.ROOT, "Generating demo data in %s (seed %d)...%n", s.database().settings().describe(),
                    demo.seed());
            out.flush();
            ProgressLines lines = new ProgressLines(out);
            DemoResult r = new DemoData(s.database()).generate(demo, lines::update, () -> false);
            double secs = r.elapsed().toNanos() / 1e9;
            out.println("Done:");
            for (Map.Entry<String, Long> e : r.rows().entrySet()) {
                out.printf(Locale.ROOT, "  %-14s %14s rows%n", e.getKey(), Format.count(e.getValue()));
            }
            out.printf(Locale.ROOT, "  %s rows, %s MB in %.1f s (%s rows/s)%n", Format.count(r.totalRows()),
                    Format.count(r.bytes() >> 20), secs, Format.count(Math.round(r.rowsPerSecond())));
            if (r.cleared() > 0) {
                out.printf(Locale.ROOT, "  replaced %s rows of earlier demo data%n", Format.count(r.cleared()));
            }
            if (r.busyStrategyId() != null) {
                out.println("  strategy with the extra backtests: " + r.busyStrategyId());
            }
            if (r.hugeCurveBacktestId() != null) {
                out.println("  backtest with the huge curve:      " + r.hugeCurveBacktestId());
            }
            return 0;
        }
    }

    private DemoSpec spec() {
        if (benchmark) {
            return DemoSpec.benchmark().withSeed(seed).withHostile(!noHostile).withSafety(force, replace);
        }
        if (strategies < 1 || strategies > 10_000_000 || backtestsPerStrategy < 0 || curvePoints < 0
                || curvePoints == 1 || (validations != null && validations < 0)
                || (gateResults != null && gateResults < 0)) {
            throw new ParameterException(spec.commandLine(), "--strategies must be 1 to 10000000, counts 0 or more,"
                    + " and --curve-points 0 or at least 2.");
        }
        DemoSpec d = DemoSpec.of(strategies).withSeed(seed)
                .withBacktests(backtestsPerStrategy, curvePoints, metricOnly)
                .withHostile(!noHostile).withSafety(force, replace);
        return d.withValidationsAndGates(validations == null ? d.validations() : validations,
                gateResults == null ? d.gateResults() : gateResults);
    }

    /** One line per table, plus a line per 10% of the whole job. */
    private static final class ProgressLines {
        private final PrintWriter out;
        private String table = "";
        private int tenth = -1;

        ProgressLines(PrintWriter out) {
            this.out = out;
        }

        void update(String t, long rows, long total, double fraction) {
            if (t.equals("done")) {
                return;
            }
            if (t.equals("indexes")) {
                out.printf(Locale.ROOT, "  building %d indexes%n", total);
                out.flush();
                return;
            }
            int now = (int) Math.floor(fraction * 10);
            boolean tableDone = rows == total && total > 0;
            if (!t.equals(table) || now > tenth || tableDone) {
                table = t;
                tenth = Math.max(tenth, now);
                out.printf(Locale.ROOT, "  %3.0f%%  %-13s %14s / %s rows%n", fraction * 100, t, Format.count(rows),
                        Format.count(total));
                out.flush();
            }
        }
    }
}
