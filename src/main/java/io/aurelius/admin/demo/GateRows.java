package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Writes gate results as chains per strategy: dev (sometimes failed, then re-run), crv only after a passed dev,
 * product only after a passed crv. CRV judges the metrics of the strategy's latest completed backtest against
 * its thresholds; every row's passed column agrees with its results.
 */
final class GateRows {

    static final String COPY = "COPY gate_results (id, strategy_id, gate_type, passed, timestamp, results,"
            + " production_ready, recommendation) FROM STDIN";

    private static final String[] READINESS = {"risk_review", "capacity", "monitoring", "documentation"};

    private final CopyWriter w;
    private final DemoSpec spec;
    private final Outcomes outcomes;
    private long emitted;

    GateRows(CopyWriter w, DemoSpec spec, Outcomes outcomes) {
        this.w = w;
        this.spec = spec;
        this.outcomes = outcomes;
    }

    long emitted() {
        return emitted;
    }

    /** Writes strategy i's chains: as many rows as keep the running total on its even share, exactly G at the end. */
    /** Rows due in all once strategy i is done: its even share, exactly G after the last strategy. */
    long due(long i) {
        long g = spec.gateResults();
        return i == spec.strategies() - 1 ? g : (long) ((double) (i + 1) * g / spec.strategies());
    }

    void writeFor(StrategyCore s) throws SQLException {
        long g = spec.gateResults();
        long due = due(s.index());
        boolean showHostile = s.hostile() && emitted < g; // hostile strategies always get a chain
        if (emitted >= due && !showHostile) {
            return;
        }
        SplittableRandom r = DemoRandom.stream(spec.seed(), DemoRandom.GATE, s.index());
        long room = Math.max(DemoDates.DAY, Math.min(200 * DemoDates.DAY, DemoDates.NOW - DemoDates.DAY - s.createdAt()));
        long t = s.createdAt() + 3600 + r.nextLong(room);
        do {
            t = chain(s, r, t, g);
        } while (emitted < due);
    }

    private long chain(StrategyCore s, SplittableRandom r, long t, long total) throws SQLException {
        boolean devPassed = dev(s, r, t, 0.92);
        t += 600 + r.nextInt(7200);
        if (!devPassed && emitted < total && r.nextBoolean()) {
            devPassed = dev(s, r, t, 0.97);
            t += 600 + r.nextInt(7200);
        }
        if (devPassed && emitted < total) {
            boolean crvPassed = crv(s, r, t);
            t += 600 + r.nextInt(86_400);
            if (crvPassed && emitted < total) {
                product(s, r, t);
            }
        }
        return t + 3600 + r.nextInt(86_400 * 3);
    }

    private boolean dev(StrategyCore s, SplittableRandom r, long t, double checkPass) throws SQLException {
        boolean[] ok = new boolean[Words.DEV_CHECKS.length];
        boolean all = true;
        for (int k = 0; k < ok.length; k++) {
            ok[k] = r.nextDouble() < checkPass;
            all &= ok[k];
        }
        boolean asObject = s.hostile();
        start(r, s, "dev", all, t);
        w.json().startObject().name("checks");
        if (asObject) {
            w.startObject();
        } else {
            w.startArray();
        }
        for (int k = 0; k < ok.length; k++) {
            if (asObject) {
                w.name(Words.DEV_CHECKS[k]);
            }
            w.startObject().name("check_name").str(Words.DEV_CHECKS[k]).bool("passed", ok[k])
                    .name("description").str(Words.DEV_DESCRIPTIONS[k])
                    .name("message").str(ok[k] ? "OK" : Words.DEV_FAILURES[k]).endObject();
        }
        if (asObject) {
            w.endObject();
        } else {
            w.endArray();
        }
        w.name("gate_status").str(all ? "PASSED" : "FAILED").endObject();
        w.nul().nul().endRow();
        return all;
    }

    private boolean crv(StrategyCore s, SplittableRandom r, long t) throws SQLException {
        double minSharpe = new double[] {0.8, 1.0, 1.2}[r.nextInt(3)];
        double maxDd = new double[] {-15, -20, -25}[r.nextInt(3)];
        double minReturn = new double[] {0, 5, 10}[r.nextInt(3)];
        double sharpe;
        double dd;
        double ret;
        if (outcomes.known(s.index())) {
            sharpe = DemoRandom.round(outcomes.sharpe(s.index()), 3);
            dd = DemoRandom.round(outcomes.drawdown(s.index()), 2);
            ret = DemoRandom.round(outcomes.totalReturn(s.index()), 2);
        } else {
            sharpe = DemoRandom.round(1.0 + 0.6 * r.nextGaussian(), 3);
            dd = DemoRandom.round(-DemoRandom.between(r, 5, 30), 2);
            ret = DemoRandom.round(15 + 25 * r.nextGaussian(), 2);
        }
        boolean sharpeOk = sharpe >= minSharpe;
        boolean ddOk = dd >= maxDd;
        boolean retOk = ret >= minReturn;
        boolean all = sharpeOk && ddOk && retOk;
        start(r, s, "crv", all, t);
        w.json().startObject().name("min_sharpe_threshold").num(minSharpe, 2)
                .name("max_drawdown_threshold").num(maxDd, 2).name("min_return_threshold").num(minReturn, 2);
        if (s.hostile()) {
            w.name("actual_sharpe").numStr(sharpe, 3);
        } else {
            w.name("actual_sharpe").num(sharpe, 3);
        }
        w.name("actual_drawdown").num(dd, 2).name("actual_return").num(ret, 2)
                .bool("sharpe_pass", sharpeOk).bool("drawdown_pass", ddOk).bool("return_pass", retOk)
                .name("gate_status").str(all ? "PASSED" : "FAILED").endObject();
        w.nul().nul().endRow();
        return all;
    }

    private void product(StrategyCore s, SplittableRandom r, long t) throws SQLException {
        boolean[] ok = new boolean[READINESS.length];
        int passedChecks = 0;
        for (int k = 0; k < ok.length; k++) {
            ok[k] = r.nextDouble() < 0.85;
            passedChecks += ok[k] ? 1 : 0;
        }
        double score = DemoRandom.round(Math.max(0, Math.min(100,
                50 + 12.5 * passedChecks + 8 * r.nextGaussian())), 1);
        boolean ready = passedChecks == ok.length && score >= 70;
        String recommendation = ready
                ? "Deploy with " + (25 + 25 * r.nextInt(3)) + "% of the target allocation; review after 30 days."
                : "Not ready for production: " + firstFailed(ok, score) + ".";
        start(r, s, "product", ready, t);
        w.json().startObject().name("recommendation").str(ready ? "APPROVE" : "REJECT")
                .bool("production_ready", ready)
                .name("readiness").startObject().name("score").num(score, 1).name("checks").startObject();
        for (int k = 0; k < ok.length; k++) {
            w.bool(READINESS[k], ok[k]);
        }
        w.endObject().endObject().name("gate_status").str(ready ? "PASSED" : "FAILED").endObject();
        w.bool(ready).text(recommendation).endRow();
    }

    private static String firstFailed(boolean[] ok, double score) {
        for (int k = 0; k < ok.length; k++) {
            if (!ok[k]) {
                return READINESS[k].replace('_', ' ') + " not done";
            }
        }
        return "readiness score " + score + " is below 70";
    }

    private void start(SplittableRandom r, StrategyCore s, String type, boolean passed, long t) throws SQLException {
        w.text(DemoRandom.uuid(r)).text(s.id()).text(type).bool(passed).timestamp(Math.min(t, DemoDates.NOW));
        emitted++;
    }
}
