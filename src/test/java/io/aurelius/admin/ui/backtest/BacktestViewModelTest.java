package io.aurelius.admin.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.export.ResultCsv;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.results.MetricReading;
import io.aurelius.admin.results.TradeCell;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.TypedConfirmation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The backtest report's ViewModel on a real database: demo data plus every curve shape, no toolkit. */
class BacktestViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    static final String SANE = " AND strategy_id NOT IN (SELECT jsonb_array_elements_text(hostile_strategy_ids)"
            + " FROM aurelius_demo)";

    private static Services services;

    @TempDir
    Path dir;

    private BacktestViewModel vm;
    private final List<BacktestViewModel.RawJsonShown> raws = new ArrayList<>();
    private final SavingDialogs dialogs = new SavingDialogs();

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        new DemoData(services.database()).generate(DemoSpec.of(40).withSeed(5), Progress.NONE, () -> false);
        DB.sql(ReportData.sql());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void viewModel() {
        vm = new BacktestViewModel(new SimpleObjectProperty<BacktestReports>(services.reports()),
                new DirectTaskRunner(), dialogs);
        vm.setOnRaw(raws::add);
    }

    private static String first(String where) throws Exception {
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM backtests WHERE " + where + " ORDER BY id LIMIT 1")) {
            assertThat(rs.next()).as("a backtest where " + where).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void demoObjectCurveDrawsWithDatesAndEveryDerivedView() throws Exception {
        vm.open(first("status = 'completed' AND jsonb_typeof(equity_curve -> 0) = 'object'" + SANE));

        CurveAnalysis a = vm.curve().analysisProperty().get();
        assertThat(vm.curve().problemProperty().get()).isEmpty();
        assertThat(a.hasDates()).isTrue();
        assertThat(a.monthly()).isNotNull();
        assertThat(a.monthly().years()).isNotEmpty();
        assertThat(a.worst()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        ChartSeries s = vm.curve().shownProperty().get();
        assertThat(s.equity().size()).isBetween(2, CurveAnalysis.CHART_POINTS);
        assertThat(s.lo()).isEqualTo(a.first());
        assertThat(s.hi()).isEqualTo(a.last());
        assertThat(vm.metricsProperty().get().reading("sharpe_ratio").readable()).isTrue();
        assertThat(vm.metricsProperty().get().others()).isNotEmpty(); // the engine's nested objects
        assertThat(vm.trades().tableProperty().get().rows()).isNotEmpty();
        assertThat(vm.bannerProperty().get()).isEmpty();
    }

    @Test
    void demoNumericCurveDrawsByPointWithoutMonthlyReturns() throws Exception {
        vm.open(first("status = 'completed' AND jsonb_typeof(equity_curve -> 0) = 'number'" + SANE));

        CurveAnalysis a = vm.curve().analysisProperty().get();
        assertThat(a.hasDates()).isFalse();
        assertThat(a.monthly()).isNull();
        assertThat(a.first()).isZero();
        assertThat(a.last()).isEqualTo(a.curve().count() - 1);
        assertThat(vm.curve().shownProperty().get().drawdown().size()).isPositive();
    }

    @Test
    void demoFailedAndPendingBacktestsSaySo() throws Exception {
        vm.open(first("status = 'failed'" + SANE));
        assertThat(vm.bannerProperty().get()).startsWith("The backtest failed: ");
        assertThat(vm.bannerToneProperty().get()).isEqualTo(Tone.ERROR);

        vm.open(first("status IN ('pending', 'running')" + SANE));
        assertThat(vm.bannerProperty().get()).contains("every " + BacktestViewModel.POLL_SECONDS + " seconds");
        assertThat(vm.curve().problemProperty().get()).contains("appears when it completes");
    }

    @Test
    void aDatedCurveZoomsPansAndResets() {
        vm.open(ReportData.DATED);
        CurveAnalysis a = vm.curve().analysisProperty().get();
        assertThat(a.curve().count()).isEqualTo(ReportData.DATED_POINTS);
        assertThat(a.monthly().years()).extracting(y -> y.year()).containsExactly(2020, 2021, 2022);
        assertThat(a.rolling6m()).isNotNull();
        assertThat(a.rolling12m()).isNotNull();

        double lo = ReportData.START + 100 * 86_400.0;
        double hi = ReportData.START + 200 * 86_400.0;
        vm.curve().zoom(lo, hi);
        ChartSeries s = vm.curve().shownProperty().get();
        assertThat(vm.curve().zoomedProperty().get()).isTrue();
        assertThat(s.lo()).isEqualTo(lo);
        assertThat(s.hi()).isEqualTo(hi);
        assertThat(s.points()).isBetween(101, 103); // the range and one point beyond each end
        assertThat(s.equity().x()[0]).isLessThanOrEqualTo(lo);

        vm.curve().pan(10 * 86_400.0);
        assertThat(vm.curve().shownProperty().get().lo()).isEqualTo(lo + 10 * 86_400.0);
        vm.curve().pan(-1e12); // clamped at the start
        assertThat(vm.curve().shownProperty().get().lo()).isEqualTo(a.first());

        vm.curve().reset();
        assertThat(vm.curve().zoomedProperty().get()).isFalse();
        assertThat(vm.curve().shownProperty().get().points()).isEqualTo(ReportData.DATED_POINTS);
    }

    @Test
    void metricsKeepUnitsAndUnreadableValuesAndEveryOtherKey() {
        vm.open(ReportData.DATED);
        var m = vm.metricsProperty().get();
        assertThat(m.reading("total_return").display()).isEqualTo("31.42 %");
        assertThat(m.reading("sharpe_ratio").display()).isEqualTo("1.23");
        assertThat(m.reading("calmar_ratio").status()).isEqualTo(MetricReading.Status.UNREADABLE);
        assertThat(m.others()).extracting(e -> e.path()).contains("engine", "engine.run_id",
                "engine.parity_check.tolerance", "tags", "tags[1]");
        assertThat(vm.reportProperty().get().instruments()).isEqualTo("SPY, QQQ");
    }

    @Test
    void tradesArePagedSortedOverAllRowsAndNumeric() {
        vm.open(ReportData.DATED);
        TradesModel t = vm.trades();
        assertThat(t.tableProperty().get().fields()).containsExactly("timestamp", "symbol", "side", "quantity",
                "price", "commission");
        assertThat(t.page()).hasSize(TradesModel.PAGE_SIZE);
        assertThat(t.pageTextProperty().get()).isEqualTo("trades 1–500 of 1,200");
        assertThat(t.hasPreviousPageProperty().get()).isFalse();
        t.nextPage();
        t.nextPage();
        assertThat(t.page()).hasSize(200);
        assertThat(t.hasNextPageProperty().get()).isFalse();

        t.sort("price", false);
        double top = t.page().get(0).cell("price").number();
        assertThat(t.sortedRows()).allSatisfy(r -> assertThat(r.cell("price").number()).isLessThanOrEqualTo(top));
        assertThat(t.page().get(0).cell("price").type()).isEqualTo(TradeCell.Type.NUMBER);
        assertThat(t.page().get(0).cell("timestamp").type()).isEqualTo(TradeCell.Type.INSTANT);
        assertThat(ReportTables.number(1234.5)).isEqualTo("1,234.5");
    }

    @Test
    void brokenCurvesSayWhatIsWrongAndTheRestStillWorks() {
        vm.open(ReportData.OBJECT);
        assertThat(vm.curve().problemProperty().get()).startsWith("The equity curve is a JSON object");
        assertThat(vm.curve().analysisProperty().get()).isNull();
        assertThat(vm.metricsProperty().get().reading("total_return").display()).isEqualTo("1.50 %");
        assertThat(vm.trades().messageProperty().get()).contains("object keyed by id");
        assertThat(vm.trades().page()).hasSize(1);

        vm.open(ReportData.NA);
        assertThat(vm.curve().problemProperty().get()).contains("None of the 3 points");
        vm.open(ReportData.NESTED);
        assertThat(vm.curve().problemProperty().get()).contains("nested arrays");
        vm.open(ReportData.EMPTY);
        assertThat(vm.curve().problemProperty().get()).contains("no points");

        vm.open(ReportData.ONE);
        assertThat(vm.curve().problemProperty().get()).isEmpty();
        assertThat(vm.curve().noteProperty().get()).contains("one point only");
        vm.curve().zoom(0, 0.5); // nothing to zoom into: no error
        vm.open(ReportData.SOME_NA);
        assertThat(vm.curve().noteProperty().get()).contains("2 unreadable points were left out");
        assertThat(vm.curve().analysisProperty().get().curve().count()).isEqualTo(3);
    }

    @Test
    void failedShowsItsErrorAndPendingIsReadAgainUntilItCompletes() throws Exception {
        vm.open(ReportData.FAILED);
        assertThat(vm.bannerProperty().get()).isEqualTo("The backtest failed: " + ReportData.ERROR);
        assertThat(vm.curve().problemProperty().get()).contains("empty");

        vm.open(ReportData.PENDING);
        assertThat(vm.reportProperty().get().inProgress()).isTrue();
        assertThat(vm.bannerToneProperty().get()).isEqualTo(Tone.WARN);
        assertThat(vm.trades().messageProperty().get()).contains("pending");
        vm.poll();
        assertThat(vm.curve().analysisProperty().get()).isNull();

        DB.sql(ReportData.completePending(40));
        try {
            vm.poll();
            assertThat(vm.reportProperty().get().status()).isEqualTo("completed");
            assertThat(vm.bannerProperty().get()).isEmpty();
            assertThat(vm.curve().analysisProperty().get().curve().count()).isEqualTo(40);
        } finally {
            DB.sql("UPDATE backtests SET status = 'pending', equity_curve = NULL, metrics = NULL, completed_at = NULL"
                    + " WHERE id = '" + ReportData.PENDING + "'");
        }
        vm.open("no-such-backtest");
        assertThat(vm.bannerProperty().get()).contains("There is no backtest with id no-such-backtest");
    }

    @Test
    void rawJsonIsCutWithANoteAndStrategyOpens() {
        vm.open(ReportData.DATED);
        vm.showRaw("metrics");
        assertThat(raws.get(0).json().text()).contains("\"total_return\" : 31.4159");
        assertThat(raws.get(0).note()).isEmpty();

        var cut = services.reports().raw(ReportData.DATED, "equity_curve", 1000);
        assertThat(cut.cut()).isTrue();
        assertThat(cut.text()).hasSize(1000);
        assertThat(new BacktestViewModel.RawJsonShown("equity_curve", cut).note()).startsWith("Showing the first 1,000 of ");
        assertThat(services.reports().raw(ReportData.PENDING, "trades", 1000).text()).isEqualTo("null");

        List<String> opened = new ArrayList<>();
        vm.setOnOpenStrategy(opened::add);
        vm.openStrategy();
        assertThat(opened).containsExactly(ReportData.STRATEGY);
    }

    @Test
    void exportedTradesAndCurveReadBackEqualTheRows() {
        ExportJob job = new ExportJob(new DirectTaskRunner(), dialogs, () -> null);
        vm.open(ReportData.DATED);
        vm.trades().sort("price", true);
        dialogs.next = dir.resolve("trades.csv");
        vm.exportTrades(job);
        assertThat(job.statusProperty().get()).startsWith("Exported 1,200 trades to " + dialogs.next + " in ");
        List<List<String>> back = ResultCsv.read(dialogs.next);
        TradeTable table = vm.trades().tableProperty().get();
        assertThat(back.get(0)).isEqualTo(table.fields());
        assertThat(back).hasSize(ReportData.DATED_TRADES + 1);
        for (int i = 0; i < ReportData.DATED_TRADES; i++) {
            TradeTable.Row row = vm.trades().sortedRows().get(i);
            assertThat(back.get(i + 1)).isEqualTo(table.fields().stream().map(f -> row.cell(f).raw()).toList());
        }

        dialogs.next = dir.resolve("curve.csv");
        vm.exportCurve(job);
        List<List<String>> curve = ResultCsv.read(dialogs.next);
        assertThat(curve.get(0)).containsExactly("date", "equity", "drawdown");
        assertThat(curve).hasSize(ReportData.DATED_POINTS + 1);
        assertThat(curve.get(1)).containsExactly("2020-01-01T21:00:00Z", "100000", "0");
        assertThat(dir.resolve("curve.csv.partial")).doesNotExist();
        assertThat(job.statusProperty().get()).startsWith("Exported " + Formats.count(ReportData.DATED_POINTS)
                + " points to ");

        vm.open(ReportData.NUMBERS);
        dialogs.next = dir.resolve("numbers.csv");
        vm.exportCurve(job);
        assertThat(ResultCsv.read(dialogs.next).get(0)).containsExactly("index", "equity", "drawdown");
        vm.open(ReportData.OBJECT);
        vm.exportCurve(job);
        assertThat(vm.messageProperty().get()).isEqualTo("There is no readable equity curve to export.");
    }

    /** Answers "save as" with a chosen path. */
    private static final class SavingDialogs implements DialogService {
        Path next;

        @Override
        public void showError(String title, Throwable error) {
            throw new AssertionError(title, error);
        }

        @Override
        public Optional<TypedConfirmation.Answer> askTyped(TypedConfirmation request) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName) {
            return Optional.ofNullable(next);
        }
    }
}
