package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveParser;
import io.aurelius.admin.results.CurveResult;
import io.aurelius.admin.testing.FreshDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large jsonb curves read as numbers the server takes out (binary, no JSON text) give exactly what parsing the
 * stored text gives, and every shape the fast way cannot read exactly falls back to the text.
 */
class CurveColumnTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final int N = 90_000;
    private static Services services;

    /** Each curve's points: i from 0 to N - 1, random values from a fixed seed. */
    private static final String POINT_CASES = """
        INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                               equity_curve, created_at)
        SELECT c.id, 's1', '2013-01-01', '2020-01-01', 100000, '["SPY"]', 'completed',
               (SELECT jsonb_agg(CASE c.id
                  WHEN 'objects' THEN jsonb_build_object('timestamp', 1362407400 + i * 60,
                       'equity', to_char(100000 + r * 5000, 'FM9999990.00'))
                  WHEN 'numbers' THEN to_jsonb(round((100000 + r * 5000)::numeric, 4))
                  WHEN 'strings' THEN to_jsonb((100000 + r * 5000)::text)
                  WHEN 'millis' THEN jsonb_build_object('timestamp', (1362407400 + i * 60)::bigint * 1000,
                       'equity', 100000 + r * 5000)
                  WHEN 'one-na' THEN jsonb_build_object('timestamp', 1362407400 + i * 60,
                       'equity', CASE WHEN i = 777 THEN 'n/a' ELSE (100000 + r * 5000)::text END)
                  WHEN 'portfolio' THEN jsonb_build_object('timestamp', 1362407400 + i * 60,
                       'equity', 1, 'portfolio_value', 100000 + r * 5000)
                  WHEN 'portfolio-only' THEN jsonb_build_object('timestamp', 1362407400 + i * 60,
                       'portfolio_value', 100000 + r * 5000)
                  WHEN 'two-times' THEN jsonb_build_object('timestamp', 1362407400 + i * 60, 'date', '2013-03-04',
                       'equity', (100000 + r * 5000)::text)
                  WHEN 'nan-time' THEN jsonb_build_object('timestamp', CASE WHEN i = 9 THEN 'NaN'
                       ELSE (1362407400 + i * 60)::text END, 'equity', 100000 + r * 5000)
                  WHEN 'iso' THEN jsonb_build_object('timestamp', to_char(timestamp '2013-03-04' + i * interval '1 day',
                       'YYYY-MM-DD'), 'equity', 100000 + r * 5000)
                  WHEN 'backwards' THEN jsonb_build_object('timestamp', 1362407400 + (N - i) * 60,
                       'equity', 100000 + r * 5000)
                  WHEN 'missing-time' THEN CASE WHEN i = 5 THEN jsonb_build_object('equity', 1)
                       ELSE jsonb_build_object('timestamp', 1362407400 + i * 60, 'equity', 100000 + r * 5000) END
                  WHEN 'mixed' THEN CASE WHEN i = 5 THEN to_jsonb(1) ELSE jsonb_build_object('timestamp',
                       1362407400 + i * 60, 'equity', 100000 + r * 5000) END
                  WHEN 'nulls' THEN CASE WHEN i = 5 THEN 'null'::jsonb ELSE to_jsonb(100000 + r * 5000) END
                  WHEN 'infinite' THEN CASE WHEN i = 5 THEN to_jsonb('Infinity'::text) ELSE to_jsonb(100000 + r * 5000) END
                  WHEN 'small' THEN CASE WHEN i < 100 THEN to_jsonb(100000 + r) END
                  END ORDER BY i)
                FROM (SELECT i, random() AS r, N FROM generate_series(0, N - 1) i) p),
               now()
        FROM (VALUES ('objects'), ('numbers'), ('strings'), ('millis'), ('one-na'), ('portfolio'), ('iso'),
                     ('portfolio-only'), ('two-times'), ('nan-time'),
                     ('backwards'), ('missing-time'), ('mixed'), ('nulls'), ('infinite'), ('small')) c(id);
        INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                               equity_curve, created_at)
        VALUES ('object', 's1', '', '', 1, '[]', 'completed', '{"a": 1}', now());
        """;

    @BeforeAll
    static void fill() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql("SELECT setseed(0.42); INSERT INTO strategies (id, name, strategy_type, confidence, parameters,"
                + " created_at, updated_at) VALUES ('s1', 'S', 'ts_momentum', 1, '{}', now(), now());"
                + POINT_CASES.replace("N - 1", String.valueOf(N - 1)).replace("(N - i)", "(" + N + " - i)")
                        .replace(", N FROM", ", " + N + " FROM")
                + "UPDATE backtests SET equity_curve = (SELECT jsonb_agg(e) FROM jsonb_array_elements(equity_curve) e"
                + " WHERE e <> 'null'::jsonb) WHERE id = 'small'");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @ParameterizedTest
    @CsvSource({"objects, true", "numbers, true", "strings, true", "millis, true", "one-na, false",
            "portfolio, true", "iso, false",
            "portfolio-only, false", "two-times, true", "nan-time, false", "backwards, false", "missing-time, false", "mixed, false",
            "nulls, false", "infinite, false", "small, false", "object, false"})
    void theServerReadsOnlyWhatItReadsExactlyAndTheResultIsTheParsersAlways(String id, boolean fast)
            throws Exception {
        if (!id.equals("small") && !id.equals("object")) {
            assertThat(storedBytes(id)).as("stored size of " + id).isGreaterThanOrEqualTo(CurveColumn.MIN_STORED_BYTES);
        }
        Optional<Curve> direct = services.database().readJdbc(c -> CurveColumn.read(c, id));
        assertThat(direct.isPresent()).as(id + " read by the server").isEqualTo(fast);

        CurveResult read = services.reports().curve(id);
        CurveResult parsed = CurveParser.parse(text(id));
        assertThat(read.getClass()).isEqualTo(parsed.getClass());
        if (parsed instanceof Curve p) {
            Curve r = (Curve) read;
            assertThat(r.values()).as(id).containsExactly(p.values());
            assertThat(r.epochSeconds()).as(id).isEqualTo(p.epochSeconds());
            assertThat(r.count()).isEqualTo(p.count());
            assertThat(r.skipped()).isEqualTo(p.skipped());
        } else {
            assertThat(read).isEqualTo(parsed);
        }
    }

    private static int storedBytes(String id) throws Exception {
        return services.database().readJdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_column_size(equity_curve) FROM backtests"
                    + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static String text(String id) throws Exception {
        return services.database().readJdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT equity_curve::text FROM backtests WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}
