package io.aurelius.admin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.query.JsonColumns;
import io.aurelius.admin.testing.FreshDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** "Save to file…" writes the whole JSON value, byte for byte what the database returns; a cancel leaves nothing. */
class JsonFileTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static Services services;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        // a 40,000-point curve with non-ASCII and escaped text: about 1.7 million characters, far over 256 K
        DB.sql("""
            INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)
            VALUES ('s1', 'Curve', 'ts_momentum', 0.5, '{"note": "Ελληνικά \\"quoted\\" 🚀"}', now(), now());
            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, created_at,
                                   equity_curve)
            SELECT 'b1', 's1', '2023-01-01', '2024-01-01', 1, '[]', now(),
                   json_agg(json_build_object('timestamp', '2023-01-01T00:00:00Z', 'equity', 100000 + i * 0.37,
                            'label', 'π ' || i))
            FROM generate_series(1, 40000) i;
            """);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void aLongCurveIsSavedWhole() throws Exception {
        Path file = dir.resolve("curve.json");
        List<Long> reports = new ArrayList<>();
        long chars = services.jsonFile().save("backtests", "equity_curve", "b1", file, new Cancel(),
                (done, total) -> reports.add(done));
        String stored = stored("SELECT equity_curve::text FROM backtests WHERE id = 'b1'");
        assertThat(stored.length()).isGreaterThan(262_144);
        assertThat(chars).isEqualTo(stored.length());
        assertThat(Files.readAllBytes(file)).isEqualTo(stored.getBytes(StandardCharsets.UTF_8));
        assertThat(reports.size()).isGreaterThan(10);
        assertThat(partials()).isEmpty();
    }

    @Test
    void parametersWithEscapesAndNonAsciiAreExact() throws Exception {
        Path file = dir.resolve("parameters.json");
        services.jsonFile().save("strategies", "parameters", "s1", file, new Cancel(), JsonColumns.Progress.NONE);
        assertThat(Files.readString(file)).isEqualTo(stored("SELECT parameters::text FROM strategies WHERE id = 's1'"));
    }

    @Test
    void aCancelLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        Path file = dir.resolve("curve.json");
        Files.writeString(file, "an earlier save");
        Cancel cancel = new Cancel();
        assertThatThrownBy(() -> services.jsonFile().save("backtests", "equity_curve", "b1", file, cancel,
                (done, total) -> {
                    if (done > 200_000) {
                        cancel.request(); // part way through the value
                    }
                })).isInstanceOf(CancelledException.class);
        assertThat(Files.readString(file)).isEqualTo("an earlier save");
        Path other = dir.resolve("never.json");
        Cancel before = new Cancel();
        before.request();
        assertThatThrownBy(() -> services.jsonFile().save("backtests", "equity_curve", "b1", other, before,
                JsonColumns.Progress.NONE)).isInstanceOf(CancelledException.class);
        assertThat(other).doesNotExist();
        assertThat(partials()).isEmpty();
    }

    @Test
    void onlyTheKnownJsonColumnsAreRead() {
        assertThatThrownBy(() -> services.jsonFile().save("backtests", "id; DROP TABLE x", "b1",
                dir.resolve("x.json"), new Cancel(), JsonColumns.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    private List<Path> partials() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".partial")).toList();
        }
    }

    private static String stored(String sql) throws Exception {
        try (Connection c = DB.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
