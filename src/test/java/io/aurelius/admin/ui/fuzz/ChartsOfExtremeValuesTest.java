package io.aurelius.admin.ui.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.backtest.BacktestViewModel;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.compare.CompareViewModel;
import io.aurelius.admin.ui.compare.Comparison;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.validation.ValidationViewModel;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Stored numbers a chart axis cannot hold (equity at ±1e308 or only subnormals, a Sharpe ratio of 1e308, a curve
 * that divided by its first value overflows) leave a sentence where the chart would be, never an empty chart.
 */
class ChartsOfExtremeValuesTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;

    @BeforeAll
    static void rows() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql("""
            INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)
            VALUES ('s', 'S', 'x', 0.5, '{}', now(), now());
            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   equity_curve, created_at) VALUES
             ('huge', 's', '', '', 1, '[]', 'completed', '[1e308, -1e308, 1e308]', now()),
             ('tiny', 's', '', '', 1, '[]', 'completed', '[4.9e-324, 1e-320, 4.9e-324]', now()),
             ('subnormal-first', 's', '', '', 1, '[]', 'completed', '[4.9e-324, 1, 2]', now()),
             ('plain', 's', '', '', 1, '[]', 'completed', '[100, 101, 99, 102]', now());
            INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                     initial_capital, status, windows, created_at) VALUES
             ('v', 's', '', '', 1, 1, 1, 'completed', '[{"window_id": 1, "train_sharpe": 1e308, "test_sharpe": 1.2},
               {"window_id": 2, "train_sharpe": 0.5, "test_sharpe": -1e308}]', now());
            """);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Opens backtests whose equity is ±1e308 or only subnormal"
            + " numbers: the report says why there is no chart; a plain one beside them draws.")
    void theReportSaysWhyAnEquityCurveCannotBeDrawn() {
        BacktestViewModel vm = new BacktestViewModel(new SimpleObjectProperty<BacktestReports>(services.reports()),
                new DirectTaskRunner(), new FakeDialogs());
        vm.open("huge");
        assertThat(vm.curve().problemProperty().get())
                .startsWith("The equity values reach 1.0e+308, beyond what a chart can draw (±1e300).");
        assertThat(vm.curve().shownProperty().get()).isNull();
        vm.open("tiny");
        assertThat(vm.curve().problemProperty().get()).startsWith("The equity values are all closer to 0 than 1e-300");
        vm.open("plain");
        assertThat(vm.curve().problemProperty().get()).isEmpty();
        assertThat(vm.curve().shownProperty().get()).isNotNull();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Compares a curve that overflows when scaled to start at 1 with"
            + " plain ones: it is named as not drawn, the others draw.")
    void compareLeavesOutACurveThatOverflowsWhenScaled() {
        CompareViewModel vm = new CompareViewModel(new SimpleObjectProperty<BacktestReports>(services.reports()),
                new DirectTaskRunner());
        vm.open(List.of("subnormal-first", "plain", "huge"));
        Comparison c = vm.comparisonProperty().get();
        // ±1e308 scaled by its first value is ±1: drawable
        assertThat(c.lines()).extracting(Comparison.Line::id).containsExactly("plain", "huge");
        assertThat(c.problems()).singleElement().asString()
                .endsWith(": its values divided by the first (4.9E-324) reach Infinity, beyond what a chart can draw"
                        + " (±1e300).");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Opens a validation with Sharpe ratios of ±1e308: those bars are"
            + " left out and named in the chart's note, the others are drawn.")
    void theSharpeChartNamesTheBarsItCannotDraw() {
        ValidationViewModel vm = new ValidationViewModel(new SimpleObjectProperty<ResultReader>(services.results()),
                new DirectTaskRunner());
        vm.open("v");
        assertThat(vm.chartNoteProperty().get()).isEqualTo("No bar for window 1 train (1.0e+308, too large to draw);"
                + " window 2 test (-1.0e+308, too large to draw).");
    }
}
