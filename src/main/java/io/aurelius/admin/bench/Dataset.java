package io.aurelius.admin.bench;

import io.aurelius.admin.Services;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoResult;
import io.aurelius.admin.demo.DemoSpec;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The data the benchmark runs on: the demo data already in the database (found through DemoData's marker table)
 * or, when there is none, generated with the given spec (the benchmark spec: a few minutes).
 *
 * @param strategies      strategies in the database
 * @param busyStrategyId  the strategy with the extra full backtests (null: none)
 * @param hugeBacktestId  the backtest with the huge curve (null: none)
 * @param generated       true when this run generated the data
 */
public record Dataset(long strategies, String busyStrategyId, String hugeBacktestId, boolean generated) {

    /** Reuses the demo data present; generates {@code spec} when there is none (and {@code reuseOnly} is false). */
    public static Dataset ensure(Services s, DemoSpec spec, boolean reuseOnly, PrintWriter out) {
        Dataset found = find(s);
        if (found != null) {
            out.printf(Locale.ROOT, "Reusing the demo data in %s: %,d strategies.%n",
                    s.database().settings().describe(), found.strategies());
            return found;
        }
        if (reuseOnly) {
            throw new IllegalStateException("The database holds no demo data to reuse: drop --reuse to generate it.");
        }
        SchemaReport.State state = s.schema().inspect().state();
        if (state == SchemaReport.State.EMPTY || state == SchemaReport.State.OTHER_TABLES_ONLY) {
            s.schema().init();
        }
        out.printf(Locale.ROOT, "Generating %,d strategies of demo data (a few minutes at 10^6)...%n", spec.strategies());
        out.flush();
        DemoResult r = new DemoData(s.database()).generate(spec, io.aurelius.admin.demo.Progress.NONE, () -> false);
        out.printf(Locale.ROOT, "Generated %,d rows in %.0f s.%n", r.totalRows(), r.elapsed().toMillis() / 1000.0);
        return new Dataset(spec.strategies(), r.busyStrategyId(), r.hugeCurveBacktestId(), true);
    }

    /** The demo data the marker table describes, or null when there is none. */
    static Dataset find(Services s) {
        return s.database().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                try (ResultSet t = st.executeQuery("SELECT to_regclass('" + DemoData.MARKER_TABLE + "') IS NOT NULL"
                        + " AND to_regclass('strategies') IS NOT NULL")) {
                    t.next();
                    if (!t.getBoolean(1)) {
                        return null;
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT (row_counts ->> 'strategies')::bigint, busy_strategy_id,"
                        + " huge_curve_backtest_id FROM " + DemoData.MARKER_TABLE + " ORDER BY id DESC LIMIT 1")) {
                    return rs.next() ? new Dataset(rs.getLong(1), rs.getString(2), rs.getString(3), false) : null;
                }
            }
        });
    }
}
