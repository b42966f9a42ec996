package io.aurelius.admin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.aurelius.admin.Services;
import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategyPage;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.query.StrategySort;
import io.aurelius.admin.testing.FreshDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CSV export writes exactly the rows of the filtered, sorted strategies list (every page), and a CSV reader
 * gets them back unchanged, hostile names included; a cancel or a failure leaves no file behind.
 */
class StrategiesCsvTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    /** Names a CSV writer must quote: quotes, commas, line breaks, leading/trailing space, emoji, non-Latin. */
    static final List<String> HOSTILE = List.of("He said \"buy\", then \"sell\"", "line one\nline two",
            "windows\r\nbreak", "  padded  ", "🚀 Rocket 📈 emoji", "Ελληνικά, 中文; עברית", "tab\there", "=SUM(A1:A2)",
            "\"", ",", "");

    static Services services;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql("""
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status)
            SELECT md5('s' || i)::uuid::text, 'Strategy ' || (i % 700), CASE WHEN i % 5 = 0 THEN 'wanted' END,
                   (ARRAY['ts_momentum','pairs_trading','stat_arb'])[1 + i % 3], (i % 100) / 100.0, '{}',
                   TIMESTAMP '2025-01-01' + (i % 300) * INTERVAL '1 day' + i * INTERVAL '1.5 second',
                   TIMESTAMP '2025-01-01', CASE i % 4 WHEN 0 THEN NULL WHEN 1 THEN 'archived' ELSE 'active' END
            FROM generate_series(1, 4500) i;
            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, created_at)
            SELECT 'b' || i || '-' || k, md5('s' || i)::uuid::text, '2023-01-01', '2024-01-01', 1, '[]',
                   TIMESTAMP '2025-02-01'
            FROM generate_series(1, 4500) i, generate_series(1, i % 4) k;
            INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results)
            SELECT 'g' || i || '-' || k, md5('s' || i)::uuid::text, (ARRAY['dev','crv','product'])[k], i % 2 = 0,
                   TIMESTAMP '2025-03-01' + k * INTERVAL '1 day', '{}'
            FROM generate_series(1, 4500) i, generate_series(1, i % 3) k;
            """);
        StringBuilder hostile = new StringBuilder();
        for (int i = 0; i < HOSTILE.size(); i++) {
            hostile.append("INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters,"
                    + " created_at, updated_at, status) VALUES ('h").append(i).append("', '")
                    .append(HOSTILE.get(i).replace("'", "''")).append("', 'wanted', 'stat_arb', 0.5, '{}',"
                    + " '2026-01-01 10:00:00.123456', '2026-01-01', 'active');");
        }
        DB.sql(hostile + "ANALYZE strategies; ANALYZE backtests; ANALYZE gate_results;");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void theCsvHoldsEveryRowOfTheListAsShown() throws Exception {
        List<StrategyFilter> filters = List.of(StrategyFilter.none(),
                new StrategyFilter(Set.of("stat_arb"), Set.of(), null, null, null, null, "wanted"),
                new StrategyFilter(Set.of(), Set.of(""), 0.2, 0.6, null, null, null));
        List<SortOrder> orders = List.of(SortOrder.newestFirst(), new SortOrder(StrategySort.NAME, false),
                new SortOrder(StrategySort.BACKTESTS, false), new SortOrder(StrategySort.LATEST_GATE, true));
        for (StrategyFilter f : filters) {
            for (SortOrder o : orders) {
                Path file = dir.resolve("out.csv");
                StrategiesCsv.Result r = services.strategiesCsv().export(f, o, file, new Cancel(),
                        StrategiesCsv.Listener.NONE);
                List<List<String>> expected = listed(services.browser(), f, o);
                assertThat(r.rows()).as(f + " " + o).isEqualTo(expected.size());
                List<List<String>> read = read(file);
                assertThat(read.get(0)).isEqualTo(StrategiesCsv.HEADER);
                assertThat(read.subList(1, read.size())).as(f + " " + o).isEqualTo(expected);
            }
        }
        Path allFile = dir.resolve("all.csv");
        services.strategiesCsv().export(null, null, allFile, new Cancel(), StrategiesCsv.Listener.NONE);
        List<List<String>> all = read(allFile);
        assertThat(all.stream().map(row -> row.get(1))).containsAll(HOSTILE);
        assertThat(Files.readString(allFile, StandardCharsets.UTF_8)).contains("🚀 Rocket 📈 emoji")
                .contains("2026-01-01 10:00:00.123456");
        assertThat(partials()).isEmpty();
    }

    @Test
    void progressIsReportedWithTheTotal() {
        List<Long> seen = new ArrayList<>();
        StrategiesCsv.Result r = services.strategiesCsv().export(null, null, dir.resolve("p.csv"), new Cancel(),
                (rows, total) -> {
                    seen.add(rows);
                    assertThat(total).isNotNull();
                });
        assertThat(seen).startsWith(0L).contains(2000L, 4000L).endsWith(r.rows());
    }

    @Test
    void aCancelLeavesNoFileAndKeepsAnEarlierOne() throws Exception {
        Path file = dir.resolve("c.csv");
        Files.writeString(file, "an earlier export");
        Cancel cancel = new Cancel();
        assertThatThrownBy(() -> services.strategiesCsv().export(null, null, file, cancel, (rows, total) -> {
            if (rows >= 2000) {
                cancel.request(); // half way through the rows
            }
        })).isInstanceOf(CancelledException.class);
        assertThat(Files.readString(file)).isEqualTo("an earlier export");
        assertThat(partials()).isEmpty();

        Cancel before = new Cancel();
        before.request();
        Path other = dir.resolve("never.csv");
        assertThatThrownBy(() -> services.strategiesCsv().export(null, null, other, before,
                StrategiesCsv.Listener.NONE)).isInstanceOf(CancelledException.class);
        assertThat(other).doesNotExist();
        assertThat(partials()).isEmpty();
    }

    @Test
    void anUnwritableTargetFailsInOneSentenceAndLeavesNothing() {
        Path file = dir.resolve("no such folder").resolve("x.csv");
        assertThatThrownBy(() -> services.strategiesCsv().export(null, null, file, new Cancel(),
                StrategiesCsv.Listener.NONE)).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Could not write " + file);
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void theCommandLineExportsWithTheListsFilters() throws Exception {
        Path file = dir.resolve("cli.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }
        }, new SettingsResolver(DB.env(), dir, dir));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("export", "strategies", "-o", file.toString(), "--type", "stat_arb",
                "--search", "wanted", "--sort", "name", "--ascending");
        assertThat(code).as(err.toString()).isZero();
        StrategyFilter f = new StrategyFilter(Set.of("stat_arb"), Set.of(), null, null, null, null, "wanted");
        List<List<String>> expected = listed(services.browser(), f, new SortOrder(StrategySort.NAME, false));
        assertThat(read(file).subList(1, expected.size() + 1)).isEqualTo(expected);
        assertThat(out.toString()).contains("Exported " + expected.size() + " strategies");
        assertThat(cl.execute("export", "strategies", "-o", file.toString(), "--sort", "nonsense")).isEqualTo(2);
    }

    /** The list as the screen pages through it, every page, each row as the CSV's cells in text. */
    private static List<List<String>> listed(StrategyBrowser b, StrategyFilter f, SortOrder o) {
        List<List<String>> rows = new ArrayList<>();
        StrategyPage p = b.page(f, o, 1000, null, true);
        p.rows().forEach(r -> rows.add(text(r)));
        while (p.hasNext()) {
            p = b.page(f, o, 1000, p.last(), true);
            p.rows().forEach(r -> rows.add(text(r)));
        }
        return rows;
    }

    private static List<String> text(StrategyRow r) {
        return StrategiesCsv.cells(r).stream().map(v -> v == null ? "" : String.valueOf(v)).toList();
    }

    private static List<List<String>> read(Path file) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }

    private List<Path> partials() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }
}
