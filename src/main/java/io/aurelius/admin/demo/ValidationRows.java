package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Writes walk-forward validations: consecutive train/test windows, summary columns computed from exactly the
 * stored window values, {@code metrics} repeating the summary, and passed = stability_score >= 75.
 */
final class ValidationRows {

    static final String COPY = "COPY validations (id, strategy_id, start_date, end_date, window_size_days,"
            + " train_size_days, initial_capital, status, error_message, windows, metrics, num_windows,"
            + " avg_train_sharpe, avg_test_sharpe, avg_degradation, stability_score, passed, created_at,"
            + " completed_at, duration_seconds) FROM STDIN";
    static final double PASS_STABILITY = 75;

    private ValidationRows() {
    }

    /** Validation j belongs to strategy floor(j * strategies / validations). */
    static long strategyOf(DemoSpec spec, long j) {
        return (long) ((double) j * spec.strategies() / spec.validations());
    }

    static void write(CopyWriter w, DemoSpec spec, StrategyCore s, long j) throws SQLException {
        SplittableRandom r = DemoRandom.stream(spec.seed(), DemoRandom.VALIDATION, j);
        String id = DemoRandom.uuid(r);
        int st = r.nextInt(100);
        boolean hostile = s.hostile();
        String status = hostile || st < 85 ? "completed" : st < 90 ? "failed" : st < 94 ? "running" : "pending";
        int test = r.nextBoolean() ? 63 : 126;
        int train = r.nextBoolean() ? 252 : 504;
        int n = 4 + r.nextInt(9);
        long room = Math.max(DemoDates.DAY, Math.min(150 * DemoDates.DAY, DemoDates.NOW - DemoDates.DAY - s.createdAt()));
        long created = s.createdAt() + 1 + r.nextLong(room);
        long endDay = Math.floorDiv(created, DemoDates.DAY) - 1 - r.nextInt(20);
        long startDay = endDay - (train + (long) n * test) + 1;

        w.text(id).text(s.id()).date(startDay).date(endDay).integer(test).integer(train)
                .decimal(r.nextInt(3) == 0 ? 1_000_000 : 100_000, 2).text(status);
        w.text(status.equals("failed") ? DemoRandom.pick(r, Words.VALIDATION_ERRORS) : null);
        if (status.equals("completed")) {
            double base = 1.0 + 0.55 * r.nextGaussian();
            double degradationMean = 0.3 * r.nextDouble() + 0.1 * r.nextGaussian();
            double[] trainSharpe = new double[n];
            double[] testSharpe = new double[n];
            double[] degradation = new double[n];
            w.json();
            boolean asObject = hostile && s.hostileOrdinal() % 2 == 0;
            if (asObject) {
                w.startObject();
            } else {
                w.startArray();
            }
            for (int k = 0; k < n; k++) {
                trainSharpe[k] = DemoRandom.round(base + 0.4 * r.nextGaussian(), 3);
                double deg = degradationMean + 0.25 * r.nextGaussian();
                testSharpe[k] = DemoRandom.round(trainSharpe[k] * (1 - deg), 3);
                degradation[k] = trainSharpe[k] == 0 ? 0
                        : DemoRandom.round((trainSharpe[k] - testSharpe[k]) / Math.abs(trainSharpe[k]), 4);
                long trainStart = startDay + (long) k * test;
                if (asObject) {
                    w.name("window_" + (k + 1));
                }
                w.startObject().name("window_id").num(k + 1)
                        .name("train_start").isoDate(trainStart).name("train_end").isoDate(trainStart + train - 1)
                        .name("test_start").isoDate(trainStart + train)
                        .name("test_end").isoDate(trainStart + train + test - 1)
                        .name("train_sharpe").num(trainSharpe[k], 3);
                if (hostile && k == 1) {
                    w.name("test_sharpe").str("n/a");
                } else {
                    w.name("test_sharpe").num(testSharpe[k], 3);
                }
                w.name("train_return").num(trainSharpe[k] * DemoRandom.between(r, 6, 14), 2)
                        .name("test_return").num(testSharpe[k] * DemoRandom.between(r, 3, 8), 2)
                        .name("train_drawdown").num(-DemoRandom.between(r, 3, 25), 2)
                        .name("test_drawdown").num(-DemoRandom.between(r, 2, 20), 2)
                        .name("degradation").num(degradation[k], 4).endObject();
            }
            if (asObject) {
                w.endObject();
            } else {
                w.endArray();
            }
            double avgTrain = DemoRandom.round(mean(trainSharpe), 4);
            double avgTest = DemoRandom.round(mean(testSharpe), 4);
            double avgDeg = DemoRandom.round(mean(degradation), 4);
            int positive = 0;
            for (double t : testSharpe) {
                positive += t > 0 ? 1 : 0;
            }
            double stability = DemoRandom.round(100.0 * positive / n
                    * (1 - 0.5 * Math.max(0, Math.min(1, avgDeg))), 2);
            boolean passed = stability >= PASS_STABILITY;
            w.json().startObject().name("num_windows").num(n).name("avg_train_sharpe").num(avgTrain, 4)
                    .name("avg_test_sharpe").num(avgTest, 4).name("avg_degradation").num(avgDeg, 4)
                    .name("stability_score").num(stability, 2).bool("passed", passed).endObject();
            w.integer(n).decimal(avgTrain, 4).decimal(avgTest, 4).decimal(avgDeg, 4).decimal(stability, 2)
                    .bool(passed);
        } else {
            w.nul().nul().nul().nul().nul().nul().nul().nul();
        }
        w.timestamp(created);
        if (status.equals("completed") || status.equals("failed")) {
            double duration = DemoRandom.between(r, 5, 1800);
            w.timestamp(created + (long) Math.ceil(duration)).decimal(duration, 3);
        } else {
            w.nul().nul();
        }
        w.endRow();
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
