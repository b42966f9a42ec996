package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.export.CsvFile;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.Reading;
import io.aurelius.admin.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One export at a time: a table's rows to CSV with a closing sentence; a cancel or a bad folder leaves no file. */
class ExportJobTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final ExportJob job = new ExportJob(new DirectTaskRunner(), dialogs, () -> null);

    @Test
    void aDashboardTableRoundTrips() {
        Path file = dir.resolve("recent.csv");
        dialogs.savingTo(file);
        LocalDateTime t = LocalDateTime.of(2025, 11, 18, 23, 49, 1);
        List<Dashboard.RecentBacktest> rows = List.of(
                new Dashboard.RecentBacktest("b1", "s1", "Slow, \"Trend\"", "completed", "2023-01-05", "2025-11-10",
                        new Reading(-2.03, "-2.03"), new Reading(null, "n/a"), t, 28.6),
                new Dashboard.RecentBacktest("b2", "s2", "Ελληνικά 🚀", "running", "2024-01-01", "2024-12-31",
                        Reading.ABSENT, Reading.ABSENT, t, null));
        Exports.table(job, "the recent backtests", "recent.csv", Dashboard.RecentBacktest.class, rows);
        assertThat(CsvFile.read(file)).containsExactly(
                List.of("id", "strategy_id", "strategy_name", "status", "start_date", "end_date", "sharpe",
                        "total_return", "created_at", "duration_seconds"),
                List.of("b1", "s1", "Slow, \"Trend\"", "completed", "2023-01-05", "2025-11-10", "-2.03", "n/a",
                        "2025-11-18 23:49:01", "28.6"),
                List.of("b2", "s2", "Ελληνικά 🚀", "running", "2024-01-01", "2024-12-31", "", "",
                        "2025-11-18 23:49:01", ""));
        assertThat(job.statusProperty().get()).startsWith("Exported 2 rows to " + file.toAbsolutePath());
        assertThat(job.runningProperty().get()).isFalse();
    }

    @Test
    void aCancelledOrFailedExportSaysSoAndLeavesNothing() throws Exception {
        Path file = dir.resolve("never.csv");
        job.run("the rows", file, (f, cancel, progress) -> {
            cancel.request(); // as the Cancel button would, mid-way
            return Long.toString(CsvFile.write(f, List.of("a"), cancel, out -> out.row("1")));
        });
        assertThat(job.statusProperty().get()).isEqualTo("Export cancelled; no file was written.");
        Path missing = dir.resolve("no such folder").resolve("x.csv");
        job.run("the rows", missing, (f, cancel, progress) ->
                Long.toString(CsvFile.write(f, List.of("a"), List.of(List.of("1")))));
        assertThat(job.statusProperty().get()).startsWith("Could not write " + missing)
                .contains("does not exist").endsWith("choose a folder that exists and may be written.");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        job.dismiss();
        assertThat(job.statusProperty().get()).isEmpty();
    }

    @Test
    void noFileChosenMeansNoExport() {
        Exports.table(job, "the recent backtests", "recent.csv", Dashboard.RecentBacktest.class, List.of());
        assertThat(job.statusProperty().get()).isEmpty();
    }
}
