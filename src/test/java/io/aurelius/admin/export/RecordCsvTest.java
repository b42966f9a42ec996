package io.aurelius.admin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.testing.FreshDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Strategy screen's backtests table to CSV: read back, it is every row and field as read, hostile text too. */
class RecordCsvTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static Services services;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql("""
            INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)
            VALUES ('s1', 'A', 'ts_momentum', 0.5, '{}', now(), now());
            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, created_at,
                                   status, error_message, metrics)
            SELECT 'b' || i, 's1', '2023-01-01', '2024-01-01', 100000 + i, '["SPY", "QQQ"]',
                   TIMESTAMP '2025-01-01 10:00:00.123456' + i * INTERVAL '1 hour',
                   CASE WHEN i % 3 = 0 THEN 'failed' ELSE 'completed' END,
                   CASE WHEN i % 3 = 0 THEN 'He said "no", then' || chr(10) || 'stopped; Ελληνικά 🚀' END,
                   CASE WHEN i % 4 = 0 THEN '{"sharpe_ratio": "n/a"}'
                        ELSE json_build_object('sharpe_ratio', i * 0.25, 'total_return', -i * 1.5) END
            FROM generate_series(1, 1200) i;
            """);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void theBacktestsTableRoundTrips() {
        List<BacktestRow> rows = services.browser().backtests("s1");
        assertThat(rows).hasSize(1200);
        Path file = dir.resolve("backtests.csv");
        List<Long> reports = new ArrayList<>();
        long n = RecordCsv.write(file, BacktestRow.class, rows, new Cancel(), reports::add);
        assertThat(n).isEqualTo(1200);
        assertThat(reports).last().isEqualTo(1200L);

        List<List<String>> back = CsvFile.read(file);
        assertThat(back.get(0)).startsWith("id", "start_date", "end_date", "initial_capital", "instruments")
                .contains("error_message", "sharpe", "created_at");
        List<List<String>> expected = rows.stream().map(r -> RecordCsv.cells(r).stream()
                .map(v -> v == null ? "" : v.toString()).toList()).toList();
        assertThat(back.subList(1, back.size())).isEqualTo(expected);
        assertThat(back).anySatisfy(r -> assertThat(r).contains("He said \"no\", then\nstopped; Ελληνικά 🚀"));
        assertThat(back).anySatisfy(r -> assertThat(r).contains("n/a"));
        assertThat(back).anySatisfy(r -> assertThat(r).contains("2025-01-01 11:00:00.123456"));
    }

    @Test
    void aCancelLeavesNoFile() throws Exception {
        List<BacktestRow> rows = services.browser().backtests("s1");
        Path file = dir.resolve("cancelled.csv");
        Cancel cancel = new Cancel();
        assertThatThrownBy(() -> RecordCsv.write(file, BacktestRow.class, rows, cancel, done -> cancel.request()))
                .isInstanceOf(CancelledException.class);
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
