package io.aurelius.admin.testing;

import io.aurelius.admin.testing.JsonFuzz.Column;
import io.aurelius.admin.testing.JsonFuzz.Mutation;
import io.aurelius.admin.testing.JsonFuzz.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Strategies, backtests, validations and gate results whose JSON columns {@link JsonFuzz} made, inserted in
 * batches into a schema that exists ({@code json} or {@code jsonb} columns alike), and remembered with what each
 * value should look like on screen. Every mutation meets every column many times: the mutation of row {@code i},
 * column {@code k} walks the list in step, and every tenth row is valid throughout.
 */
public final class JsonFuzzRows {

    /** A strategy row. */
    public record Strategy(String id, String name, String status, Value parameters) {
    }

    /** A backtest row. */
    public record Backtest(String id, String strategyId, String status, Value instruments, Value metrics, Value curve,
                           Value trades) {

        public List<Value> values() {
            return List.of(instruments, metrics, curve, trades);
        }

        public boolean inProgress() {
            return "pending".equals(status) || "running".equals(status);
        }
    }

    /** A validation row. */
    public record Validation(String id, String strategyId, String status, Value windows, Value metrics) {

        public List<Value> values() {
            return List.of(windows, metrics);
        }
    }

    /** A gate result row. */
    public record Gate(String id, String strategyId, String gateType, Value results) {
    }

    /** What was inserted. */
    public record Rows(List<Strategy> strategies, List<Backtest> backtests, List<Validation> validations,
                       List<Gate> gates) {

        public Map<String, Backtest> backtestsById() {
            return backtests.stream().collect(Collectors.toMap(Backtest::id, Function.identity()));
        }

        public Map<String, Gate> gatesById() {
            return gates.stream().collect(Collectors.toMap(Gate::id, Function.identity()));
        }

        /**
         * {@code n} finished backtests, the most hostile mutations first and spread over the columns: the first row
         * whose curve has the worst mutation, then whose trades have it, its metrics, instruments, then the next
         * mutation.
         */
        public List<Backtest> worstBacktests(int n) {
            return varied(backtests.stream().filter(b -> !b.inProgress()).toList(), n, List.of(Backtest::curve,
                    Backtest::trades, Backtest::metrics, Backtest::instruments));
        }

        /** {@code n} validations, the most hostile window mutations first, one row each. */
        public List<Validation> worstValidations(int n) {
            return varied(validations, n, List.of(Validation::windows));
        }

        private static <R> List<R> varied(List<R> rows, int n, List<Function<R, Value>> columns) {
            List<Mutation> worstFirst = java.util.Arrays.stream(MUTATIONS)
                    .sorted(Comparator.comparingInt(m -> -JsonFuzz.severity(m))).toList();
            java.util.LinkedHashSet<R> out = new java.util.LinkedHashSet<>();
            for (Mutation m : worstFirst) {
                for (Function<R, Value> column : columns) {
                    rows.stream().filter(r -> column.apply(r).mutation() == m && !out.contains(r)).findFirst()
                            .ifPresent(out::add);
                    if (out.size() >= n) {
                        return List.copyOf(out);
                    }
                }
            }
            return List.copyOf(out);
        }

        /** The strategies whose gate results are most hostile. */
        public List<String> worstGateStrategies(int n) {
            Map<String, Integer> score = gates.stream().collect(Collectors.groupingBy(Gate::strategyId,
                    Collectors.summingInt(g -> g.results().severity())));
            return score.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(n).map(Map.Entry::getKey).toList();
        }

    }

    private static final LocalDateTime T0 = LocalDateTime.of(2025, 3, 1, 9, 0);
    private static final Mutation[] MUTATIONS = Mutation.values();

    private JsonFuzzRows() {
    }

    /**
     * Inserts the rows (the schema's four tables must exist) in one transaction.
     *
     * @param jsonb whether the JSON columns are {@code jsonb} (see {@link JsonFuzz#JsonFuzz(long, boolean)})
     */
    public static Rows insert(Connection c, long seed, boolean jsonb, int strategies, int backtests, int validations,
                              int gates) throws SQLException {
        JsonFuzz fuzz = new JsonFuzz(seed, jsonb);
        List<Strategy> ss = new ArrayList<>();
        for (int i = 0; i < strategies; i++) {
            ss.add(new Strategy(id("s", i), "Fuzz strategy " + i, i % 7 == 0 ? fuzz.status(false) : "active",
                    fuzz.value(Column.PARAMETERS, mutation(i, 0), null)));
        }
        List<Backtest> bs = new ArrayList<>();
        for (int i = 0; i < backtests; i++) {
            bs.add(new Backtest(id("b", i), ss.get(i % strategies).id(), fuzz.status(i % 10 == 0),
                    fuzz.value(Column.INSTRUMENTS, mutation(i, 1), null),
                    fuzz.value(Column.METRICS, mutation(i, 2), null),
                    fuzz.value(Column.EQUITY_CURVE, mutation(i, 3), null),
                    fuzz.value(Column.TRADES, mutation(i, 4), null)));
        }
        List<Validation> vs = new ArrayList<>();
        for (int i = 0; i < validations; i++) {
            vs.add(new Validation(id("v", i), ss.get(i % strategies).id(), fuzz.status(i % 10 == 0),
                    fuzz.value(Column.WINDOWS, mutation(i, 5), null),
                    fuzz.value(Column.VALIDATION_METRICS, mutation(i, 6), null)));
        }
        List<Gate> gs = new ArrayList<>();
        for (int i = 0; i < gates; i++) {
            String type = i % 10 == 0 ? List.of("dev", "crv", "product").get(i / 10 % 3) : fuzz.gateType();
            gs.add(new Gate(id("g", i), ss.get(i % strategies).id(), type,
                    fuzz.value(Column.GATE_RESULTS, mutation(i, 7), type)));
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            write(c, ss, bs, vs, gs);
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
        return new Rows(List.copyOf(ss), List.copyOf(bs), List.copyOf(vs), List.copyOf(gs));
    }

    /** Row {@code i}'s mutation of column {@code k}: every tenth row is valid, the others walk the list in step. */
    private static Mutation mutation(int i, int k) {
        return i % 10 == 0 ? Mutation.VALID : MUTATIONS[(i + k * 5) % MUTATIONS.length];
    }

    private static String id(String kind, int i) {
        return String.format("fz%s-%06d-0000-0000-0000-000000000000", kind, i).substring(0, 36);
    }

    private static void write(Connection c, List<Strategy> ss, List<Backtest> bs, List<Validation> vs,
                              List<Gate> gs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO strategies (id, name, description, strategy_type,"
                + " confidence, parameters, created_at, updated_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Strategy s : ss) {
                ps.setString(1, s.id());
                ps.setString(2, s.name());
                ps.setString(3, "Parameters: " + s.parameters().label());
                ps.setString(4, List.of("ts_momentum", "pairs_trading", "stat_arb", "brand_new_type").get(i % 4));
                ps.setDouble(5, 0.5 + (i % 5) / 10.0);
                json(ps, 6, s.parameters());
                ps.setTimestamp(7, Timestamp.valueOf(T0.plusMinutes(i)));
                ps.setTimestamp(8, Timestamp.valueOf(T0.plusMinutes(i)));
                ps.setString(9, s.status());
                ps.addBatch();
                i++;
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO backtests (id, strategy_id, start_date, end_date,"
                + " initial_capital, instruments, status, error_message, metrics, trades, equity_curve, created_at,"
                + " completed_at, duration_seconds) VALUES (?, ?, '2020-01-01', '2024-12-31', ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")) {
            int i = 0;
            for (Backtest b : bs) {
                ps.setString(1, b.id());
                ps.setString(2, b.strategyId());
                ps.setDouble(3, 100_000);
                json(ps, 4, b.instruments());
                ps.setString(5, b.status());
                ps.setString(6, "failed".equals(b.status()) ? "The engine stopped: no prices for SPY." : null);
                json(ps, 7, b.metrics());
                json(ps, 8, b.trades());
                json(ps, 9, b.curve());
                ps.setTimestamp(10, Timestamp.valueOf(T0.plusSeconds(i)));
                ps.setTimestamp(11, b.inProgress() ? null : Timestamp.valueOf(T0.plusSeconds(i + 30)));
                ps.setObject(12, b.inProgress() ? null : 30.5, Types.DOUBLE);
                ps.addBatch();
                if (++i % 200 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO validations (id, strategy_id, start_date, end_date,"
                + " window_size_days, train_size_days, initial_capital, status, error_message, windows, metrics,"
                + " num_windows, avg_train_sharpe, avg_test_sharpe, avg_degradation, stability_score, passed,"
                + " created_at) VALUES (?, ?, '2015-01-01', '2024-12-31', 126, 504, 100000, ?, ?, ?, ?, 4, 1.21, 0.84,"
                + " 0.31, 78.5, true, ?)")) {
            int i = 0;
            for (Validation v : vs) {
                ps.setString(1, v.id());
                ps.setString(2, v.strategyId());
                ps.setString(3, v.status());
                ps.setString(4, "failed".equals(v.status()) ? "Window 3 had no trades." : null);
                json(ps, 5, v.windows());
                json(ps, 6, v.metrics());
                ps.setTimestamp(7, Timestamp.valueOf(T0.plusSeconds(i++)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gate_results (id, strategy_id, gate_type, passed,"
                + " timestamp, results, production_ready, recommendation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Gate g : gs) {
                ps.setString(1, g.id());
                ps.setString(2, g.strategyId());
                ps.setString(3, g.gateType());
                ps.setBoolean(4, i % 3 != 0);
                ps.setTimestamp(5, Timestamp.valueOf(T0.plusHours(i)));
                json(ps, 6, g.results());
                boolean product = "product".equals(g.gateType());
                ps.setObject(7, product ? Boolean.TRUE : null, Types.BOOLEAN);
                ps.setString(8, product ? "Deploy with 50% of the target allocation." : null);
                ps.addBatch();
                i++;
            }
            ps.executeBatch();
        }
    }

    private static void json(PreparedStatement ps, int index, Value v) throws SQLException {
        if (v.json() == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, v.json(), Types.OTHER);
        }
    }
}
