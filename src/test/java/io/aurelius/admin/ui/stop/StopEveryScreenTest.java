package io.aurelius.admin.ui.stop;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HangingReads;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.backtest.BacktestViewModel;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.compare.CompareViewModel;
import io.aurelius.admin.ui.database.DatabaseViewModel;
import io.aurelius.admin.ui.gates.GatesViewModel;
import io.aurelius.admin.ui.strategy.StrategyViewModel;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import io.aurelius.admin.ui.validation.ValidationViewModel;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every screen that reads can stop its read: another session holds a lock, so the screen's read waits on the
 * server; Stop ends it at once (the statement is gone from pg_stat_activity), the screen says so in one sentence,
 * what it showed stays, and the next read works once the lock is gone. No statement timeout is set, so only the
 * Stop can end these reads.
 */
class StopEveryScreenTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;
    private static String app;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings().withStatementTimeout(0));
        services.schema().init();
        new DemoData(services.database()).generate(DemoSpec.of(30).withSeed(11), Progress.NONE, () -> false);
        app = services.database().applicationName();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** Starts {@code load}, waits until its read waits for the lock on the server, stops it, and checks it ended. */
    private static void stopWhileHanging(HangingReads lock, String application, Runnable load, Runnable stop)
            throws Exception {
        Thread loader = new Thread(load, "hanging-load"); // the direct runner reads on the calling thread
        loader.start();
        lock.awaitWaiting(application);
        stop.run();
        loader.join(30_000);
        assertThat(loader.isAlive()).as("the read ended while the lock is still held").isFalse();
        assertThat(HangingReads.waiting(DB, application)).as("no statement of the app waits for the lock").isZero();
        assertThat(HangingReads.running(DB, application)).as("no statement of the app runs on the server").isZero();
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends the backtest report's read blocked by another session's"
            + " lock: the statement leaves pg_stat_activity, the report and curve shown stay, Refresh reads again.")
    void theBacktestReport() throws Exception {
        String id = services.reports().newestWithCurves(20).stream()
                .filter(b -> services.reports().curve(b) instanceof io.aurelius.admin.results.Curve).findFirst()
                .orElseThrow();
        BacktestViewModel vm = new BacktestViewModel(new SimpleObjectProperty<BacktestReports>(services.reports()),
                new DirectTaskRunner(), new FakeDialogs());
        vm.open(id);
        assertThat(vm.curve().analysisProperty().get()).as("the curve is shown").isNotNull();

        try (HangingReads lock = HangingReads.tables(DB, "backtests")) {
            stopWhileHanging(lock, app, vm::refresh, vm::stop);
        }
        assertThat(vm.messageProperty().get())
                .isEqualTo("Stopped reading the backtest, as asked; Refresh (F5) reads it again.");
        assertThat(vm.reportProperty().get().id()).isEqualTo(id);
        assertThat(vm.curve().analysisProperty().get()).as("the curve shown stays").isNotNull();
        assertThat(vm.loadingProperty().get()).isFalse();

        vm.refresh();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.reportProperty().get().id()).isEqualTo(id);
        assertThat(vm.curve().problemProperty().get()).isEmpty();
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends the validation view's blocked read on the server; the "
            + "validation shown stays and the next read works.")
    void theValidationView() throws Exception {
        String id = services.results().newestValidation().orElseThrow();
        ValidationViewModel vm = new ValidationViewModel(new SimpleObjectProperty<ResultReader>(services.results()),
                new DirectTaskRunner());
        vm.open(id);
        assertThat(vm.detailProperty().get()).isNotNull();

        try (HangingReads lock = HangingReads.tables(DB, "validations")) {
            stopWhileHanging(lock, app, vm::refresh, vm::stop);
        }
        assertThat(vm.messageProperty().get())
                .isEqualTo("Stopped reading the validation, as asked; Refresh (F5) reads it again.");
        assertThat(vm.messageToneProperty().get()).as("a stop asked for is no error").isEqualTo(
                io.aurelius.admin.ui.common.Tone.WARN);
        assertThat(vm.detailProperty().get().id()).isEqualTo(id);

        vm.refresh();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.detailProperty().get().id()).isEqualTo(id);
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends the gates view's blocked read on the server; the "
            + "timeline shown stays and the next read works.")
    void theGatesView() throws Exception {
        String strategy = services.results().strategyWithGates().orElseThrow();
        GatesViewModel vm = new GatesViewModel(new SimpleObjectProperty<ResultReader>(services.results()),
                new DirectTaskRunner());
        vm.open(strategy, null);
        int shown = vm.entries().size();
        assertThat(shown).isPositive();

        try (HangingReads lock = HangingReads.tables(DB, "gate_results")) {
            stopWhileHanging(lock, app, vm::refresh, vm::stop);
        }
        assertThat(vm.messageProperty().get())
                .isEqualTo("Stopped reading the gate results, as asked; Refresh (F5) reads them again.");
        assertThat(vm.entries()).hasSize(shown);

        vm.refresh();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.entries()).hasSize(shown);
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends the strategy screen's blocked read of its backtests, "
            + "validations and gates on the server; the tabs shown stay and the next read works.")
    void theStrategyScreen() throws Exception {
        String strategy = services.results().strategyWithGates().orElseThrow();
        StrategyViewModel vm = new StrategyViewModel(new SimpleObjectProperty<StrategyBrowser>(services.browser()),
                new DirectTaskRunner());
        vm.open(strategy);
        assertThat(vm.detailProperty().get()).isNotNull();
        List<?> gates = List.copyOf(vm.gates());

        // the header reads on; the backtests, validations and gates tabs' reads wait
        try (HangingReads lock = HangingReads.tables(DB, "backtests", "validations", "gate_results")) {
            stopWhileHanging(lock, app, vm::refresh, vm::stop);
        }
        assertThat(vm.messageProperty().get())
                .isEqualTo("Stopped reading the strategy, as asked; Refresh (F5) reads it again.");
        assertThat(vm.detailProperty().get().id()).isEqualTo(strategy);
        assertThat(vm.gates()).isEqualTo(gates);

        vm.refresh();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.gates()).isEqualTo(gates);
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends the compare screen's blocked read of several curves on "
            + "the server; the comparison shown stays and the next read works.")
    void theCompareScreen() throws Exception {
        List<String> ids = services.reports().newestWithCurves(3);
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<BacktestReports>(services.reports()),
                new DirectTaskRunner());
        vm.open(ids);
        int lines = vm.comparisonProperty().get().lines().size();
        assertThat(lines).isPositive();

        try (HangingReads lock = HangingReads.tables(DB, "backtests")) {
            stopWhileHanging(lock, app, vm::refresh, vm::stop);
        }
        assertThat(vm.messageProperty().get())
                .isEqualTo("Stopped reading the backtests, as asked; Refresh (F5) reads them again.");
        assertThat(vm.comparisonProperty().get()).as("the comparison shown stays").isNotNull();

        vm.refresh();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.comparisonProperty().get().lines()).hasSize(lines);
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends the Database screen's blocked status read on the "
            + "server; the tables shown stay and F5 reads the status again.")
    void theDatabaseScreensStatus() throws Exception {
        DirectTaskRunner runner = new DirectTaskRunner();
        try (ConnectionState connection = new ConnectionState(new FixedConnector(DB.settings()
                .withStatementTimeout(0)), runner)) {
            DatabaseViewModel vm = new DatabaseViewModel(connection, runner, new FakeDialogs());
            connection.connect();
            assertThat(vm.schema().tables()).hasSize(4);
            String application = connection.servicesProperty().get().database().applicationName();

            try (HangingReads lock = HangingReads.tables(DB, "strategies", "backtests", "validations",
                    "gate_results")) {
                stopWhileHanging(lock, application, vm::refresh, vm::stop);
            }
            assertThat(vm.messageProperty().get())
                    .isEqualTo("Stopped reading the schema status, as asked; Refresh (F5) reads it again.");
            assertThat(vm.schema().tables()).hasSize(4);
            assertThat(vm.idleProperty().get()).as("the actions are enabled again").isTrue();

            vm.refresh();
            assertThat(vm.messageProperty().get()).isEmpty();
            assertThat(vm.schema().tables()).hasSize(4);
        }
    }
}
