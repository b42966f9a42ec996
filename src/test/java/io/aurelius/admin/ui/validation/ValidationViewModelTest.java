package io.aurelius.admin.ui.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.results.WalkForwardWindows;
import io.aurelius.admin.results.WindowTable;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.strategies.AnalystData;
import io.aurelius.admin.ui.strategies.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The validation screen's state against PostgreSQL holding validations of every shape. */
class ValidationViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;

    private ValidationViewModel vm;
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        DB.sql(ResultRows.sql());
        services = Services.connect(DB.settings());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void open() {
        vm = new ValidationViewModel(new SimpleObjectProperty<ResultReader>(services.results()), new DirectTaskRunner());
        vm.setOnOpenStrategy(opened::add);
    }

    private String tile(String id) {
        return vm.tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void completedValidationShowsSummaryWindowsAndChart() {
        vm.open(ResultRows.FULL);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.strategyNameProperty().get()).isEqualTo("Momentum SPY 12-1");
        assertThat(vm.factsProperty().get()).isEqualTo("2016-01-01 – 2024-12-31 · train 504 days, test windows"
                + " 126 days · capital 250,000");
        assertThat(vm.timesProperty().get()).contains("took 31 min 1 s");
        assertThat(tile("tileWindows")).isEqualTo("4");
        assertThat(tile("tileTrain")).isEqualTo("1.28");
        assertThat(tile("tileTest")).isEqualTo("0.63");
        assertThat(tile("tileDegradation")).isEqualTo("56.8 %");
        assertThat(tile("tilePassed")).isEqualTo("✗ no");
        assertThat(vm.stabilityProperty().get()).isEqualTo(62.5);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.liveProperty().get()).isFalse();
        WindowTable t = vm.tableProperty().get();
        assertThat(t.fields()).containsExactly("window_id", "train_start", "train_end", "test_start", "test_end",
                "train_sharpe", "test_sharpe", "train_return", "test_return", "train_drawdown", "test_drawdown",
                "degradation", "regime");
        assertThat(t.rows()).hasSize(4);
        assertThat(WindowCells.show("test_sharpe", t.rows().get(1).cell("test_sharpe")).text()).isEqualTo("unreadable");
        assertThat(WindowCells.show("train_return", t.rows().get(1).cell("train_return")).text())
                .isEqualTo("12.50 %");
        assertThat(WindowCells.show("degradation", t.rows().get(0).cell("degradation")).text()).isEqualTo("25.3 %");
        assertThat(vm.sharpes()).hasSize(4);
        assertThat(vm.chartNoteProperty().get()).isEqualTo("No bar for window 2 test (unreadable: n/a).");
        assertThat(vm.notes()).isEmpty();
        assertThat(vm.rawProperty().get()).contains("\"regime\" : \"bull\"", "metrics:", "\"stability_score\" : 62.5");
        vm.openStrategy();
        assertThat(opened).containsExactly(AnalystData.MOMENTUM);
    }

    @Test
    void failedPendingAndRunningSaySo() {
        vm.open(ResultRows.FAILED);
        assertThat(vm.statusProperty().get()).isEqualTo("failed");
        assertThat(vm.errorProperty().get()).isEqualTo("Window 3 had no trades");
        assertThat(vm.tableNoteProperty().get()).isEqualTo("No windows: the validation failed.");
        assertThat(tile("tileWindows")).isEqualTo("—");
        assertThat(vm.stabilityProperty().get()).isNull();
        assertThat(vm.liveProperty().get()).isFalse();

        vm.open(ResultRows.PENDING);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.noticeProperty().get()).startsWith("This validation is pending");
        assertThat(vm.tableNoteProperty().get()).isEqualTo("No windows yet: the validation is pending.");
        assertThat(vm.liveProperty().get()).isTrue();

        vm.open(ResultRows.RUNNING);
        assertThat(vm.noticeProperty().get()).startsWith("This validation is running");
        assertThat(vm.liveProperty().get()).isTrue();
        assertThat(vm.strategyNameProperty().get()).isEqualTo(ResultRows.BROKEN_NAME);
    }

    @Test
    void refreshPicksUpARunThatCompleted() throws Exception {
        DB.sql("INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,"
                + " initial_capital, status, created_at) VALUES ('refresh-me', '" + AnalystData.MOMENTUM + "',"
                + " '2020-01-01', '2021-01-01', 63, 252, 1000, 'running', TIMESTAMP '2026-03-08 10:00')");
        vm.open("refresh-me");
        assertThat(vm.liveProperty().get()).isTrue();
        DB.sql("UPDATE validations SET status = 'completed', windows = '[{\"window_id\": 1, \"train_sharpe\": 1,"
                + " \"test_sharpe\": 0.5}]', num_windows = 1, stability_score = 90, passed = true"
                + " WHERE id = 'refresh-me'");
        vm.refresh();
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.tableProperty().get().rows()).hasSize(1);
        assertThat(tile("tilePassed")).isEqualTo("✓ yes");
    }

    @Test
    void brokenWindowShapesStayReadable() {
        vm.open(ResultRows.OBJECT);
        assertThat(vm.tableProperty().get().fields()).startsWith(WalkForwardWindows.KEY_FIELD);
        assertThat(vm.tableNoteProperty().get()).contains("keyed by name");
        assertThat(vm.chartNoteProperty().get()).isEqualTo("No bar for window window_2 test (unreadable:"
                + " {\"value\":0.4}).");

        vm.open(ResultRows.SCALAR);
        assertThat(vm.tableProperty().get().rows()).isEmpty();
        assertThat(vm.tableNoteProperty().get()).isEqualTo("The windows are a single value (\"not computed\"), not"
                + " a list of windows.");
        assertThat(vm.sharpes()).isEmpty();
        assertThat(vm.rawProperty().get()).contains("\"not computed\"", "metrics:\n[ ]");

        vm.open(ResultRows.JUNK);
        assertThat(vm.tableProperty().get().rows()).hasSize(4);
        assertThat(vm.tableNoteProperty().get()).isEqualTo("3 of 4 entries are not window objects; they show as"
                + " unreadable rows.");

        vm.open(ResultRows.CONTRADICTS);
        assertThat(vm.notes()).containsExactly("Passed says yes, but the stability score 60.0 is below the 75"
                + " pass line.");

        vm.open(ResultRows.OK);
        assertThat(vm.notes()).containsExactly("num_windows says 8, but the windows JSON holds 1.");

        vm.open("no-such-validation");
        assertThat(vm.messageProperty().get()).isEqualTo("There is no validation with id no-such-validation (it may"
                + " have been deleted).");
        assertThat(vm.tiles()).isEmpty();
    }

    @Test
    void windowsExportAsCsvThatReadsBack(@TempDir Path dir) throws Exception {
        vm.open(ResultRows.FULL);
        Path csv = dir.resolve("w.csv");
        ExportJob job = new ExportJob(new DirectTaskRunner(), new FakeDialogs().savingTo(csv), () -> null);
        vm.exportCsv(job);
        assertThat(job.statusProperty().get()).startsWith("Exported 4 windows to " + csv.toAbsolutePath() + " in ");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("window_id,train_start,train_end,test_start,test_end,train_sharpe,"
                + "test_sharpe,train_return,test_return,train_drawdown,test_drawdown,degradation,regime");
        assertThat(lines.get(2)).isEqualTo("2,2016-07-01,2017-11-16,2017-11-17,2018-03-22,1.41,n/a,12.5,-2.2,-9.9,"
                + "-11.3,,chop");
        assertThat(dir.resolve("w.csv.partial")).doesNotExist();

        assertThat(vm.fileName("windows", "csv")).isEqualTo("validation-cccccccc-windows.csv");
    }
}
