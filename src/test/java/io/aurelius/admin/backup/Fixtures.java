package io.aurelius.admin.backup;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/** Test data and comparisons for backup tests: real schema, rows with JSON and hostile text. */
final class Fixtures {

    private Fixtures() {
    }

    /** Tools as the machine has them (no configured folder). */
    static PgTools systemTools() {
        return new PgTools(List.of(), Path.of("/"), System.getenv("PATH"));
    }

    /** The AURELIUS schema plus {@code strategies} rows (and children) with JSON and hostile text. */
    static void fill(ConnectionSettings settings, int strategies) throws SQLException {
        try (Services s = Services.connect(settings)) {
            s.schema().init();
        }
        sql(settings, """
                INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                        updated_at, status)
                SELECT 's-' || g, 'Strategy ' || g || E' it''s \\\\ "quoted"',
                       CASE WHEN mod(g, 7) = 0 THEN NULL
                            ELSE E'line one\\n\\\\.\\nline three\\t\\\\! touch /tmp/aurelius-pwned ' || repeat('x', mod(g, 50)) END,
                       (ARRAY['momentum','mean_reversion','breakout'])[1 + mod(g, 3)], (mod(g, 100)) / 100.0,
                       jsonb_build_object('lookback', mod(g, 30), 'symbols', jsonb_build_array('AAPL','MSFT'),
                                          'note', E'tab\\there "q" \\\\ ü €'),
                       timestamp '2024-01-01' + g * interval '1 minute', timestamp '2024-02-01', 'active'
                FROM generate_series(1, $N) g;
                INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                       metrics, equity_curve, created_at)
                SELECT 'b-' || g, 's-' || (1 + mod(g, $N)), '2020-01-01', '2023-12-31', 100000,
                       '["AAPL"]'::jsonb, 'completed', jsonb_build_object('sharpe', g / 10.0),
                       (SELECT jsonb_agg(jsonb_build_object('t', i, 'v', 100000 + i)) FROM generate_series(1, 20) i),
                       timestamp '2024-03-01'
                FROM generate_series(1, $M) g;
                INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results, recommendation)
                SELECT 'g-' || g, 's-' || (1 + mod(g, $N)), 'dev', mod(g, 2) = 0, timestamp '2024-04-01',
                       '{"ok": true}'::jsonb, E'\\\\N is not null'
                FROM generate_series(1, $N) g;
                """.replace("$N", Integer.toString(strategies)).replace("$M", Integer.toString(strategies * 2)));
    }

    static void sql(ConnectionSettings s, String sql) throws SQLException {
        try (Connection c = connect(s); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static Connection connect(ConnectionSettings s) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }

    /** For every table in public: "rows:md5 of all rows in order". */
    static TreeMap<String, String> checksums(ConnectionSettings s) throws SQLException {
        TreeMap<String, String> out = new TreeMap<>();
        try (Connection c = connect(s); Statement st = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                String q = "\"" + t.replace("\"", "\"\"") + "\"";
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|'"
                        + " ORDER BY x::text)), '-') FROM " + q + " x")) {
                    rs.next();
                    out.put(t, rs.getString(1));
                }
            }
        }
        return out;
    }

    static ConnectionSettings server(String db) {
        return TestServer.settings(db);
    }

    static String newName(String prefix) {
        return prefix + "_" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    static void dropDatabase(String name) throws SQLException {
        TestServer.adminSql("DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)");
    }
}
