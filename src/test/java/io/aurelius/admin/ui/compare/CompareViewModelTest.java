package io.aurelius.admin.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Compare screen's ViewModel on a real database: a numeric curve, a dated object curve, a broken one. */
class CompareViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final String S1 = "cccccccc-0000-4000-8000-000000000001";
    static final String S2 = "cccccccc-0000-4000-8000-000000000002";
    static final String NUMBERS = "cccccccc-1000-4000-8000-000000000001";
    static final String DATED = "cccccccc-1000-4000-8000-000000000002";
    static final String DATED2 = "cccccccc-1000-4000-8000-000000000003";
    static final String BROKEN = "cccccccc-1000-4000-8000-000000000004";

    private static Services services;
    private CompareViewModel vm;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql("""
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status) VALUES
            ('%s', 'Alpha', 'a', 'ts_momentum', 0.7, '{"lookback": 20, "risk": {"stop_loss": 0.05}, "pos": 1}',
             TIMESTAMP '2026-04-01 09:00', TIMESTAMP '2026-04-01 09:00', 'active'),
            ('%s', 'Beta', 'b', 'ts_momentum', 0.7, '{"lookback": 40, "risk": {"stop_loss": 0.05}, "pos": 1}',
             TIMESTAMP '2026-04-01 09:00', TIMESTAMP '2026-04-01 09:00', 'active');
            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                  metrics, equity_curve, created_at) VALUES
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed',
             '{"total_return": 21, "sharpe_ratio": 1.2, "total_trades": 12}', '[50000, 55000, 60500]',
             TIMESTAMP '2026-04-02 09:00'),
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed',
             '{"total_return": 10, "sharpe_ratio": 0.9, "total_trades": 12}',
             '[{"timestamp": 1609459200, "equity": "200"}, {"timestamp": 1609545600, "equity": 220}]',
             TIMESTAMP '2026-04-02 09:01'),
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed',
             '{"total_return": 5, "sharpe_ratio": 0.9, "total_trades": 12}',
             '[{"timestamp": 1609459200, "equity": 400}, {"timestamp": 1609545600, "equity": 300}]',
             TIMESTAMP '2026-04-02 09:02'),
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed', NULL,
             '{"note": "stored as an object"}', TIMESTAMP '2026-04-02 09:03');
            """.formatted(S1, S2, NUMBERS, S1, DATED, S2, DATED2, S2, BROKEN, S1));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void viewModel() {
        vm = new CompareViewModel(new SimpleObjectProperty<BacktestReports>(services.reports()),
                new DirectTaskRunner());
    }

    @Test
    void curvesStartAtOneOnPointIndicesWhenOneHasNoDates() {
        vm.open(List.of(NUMBERS, DATED, BROKEN));

        Comparison c = vm.comparisonProperty().get();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(c.dated()).isFalse();
        assertThat(c.lines()).hasSize(2);
        Comparison.Line numbers = c.lines().get(0);
        assertThat(numbers.y()).containsExactly(new double[] {1.0, 1.1, 1.21}, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(numbers.x()).containsExactly(0, 1, 2);
        assertThat(c.lines().get(1).y()).containsExactly(new double[] {1.0, 1.1}, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("Alpha · 2021-01-01"));
        assertThat(c.labels()).hasSize(3);
    }

    @Test
    void datedCurvesKeepTheirDates() {
        vm.open(List.of(DATED, DATED2));

        Comparison c = vm.comparisonProperty().get();
        assertThat(c.dated()).isTrue();
        assertThat(c.lines().get(1).x()).containsExactly(1609459200, 1609545600);
        assertThat(c.lines().get(1).y()).containsExactly(1.0, 0.75);
        // both are strategy Beta over the same period: the id tells them apart
        assertThat(c.labels().get(0)).isNotEqualTo(c.labels().get(1)).contains("(" + DATED + ")");
    }

    @Test
    void differencesOnlyHidesRowsWhoseValuesAreAllEqual() {
        vm.open(List.of(NUMBERS, DATED));
        List<String> all = names();
        assertThat(all).contains("Capital", "Period", "Total trades", "lookback", "risk.stop_loss", "pos",
                "Sharpe ratio");

        vm.differencesOnlyProperty().set(true);

        assertThat(names()).contains("Statistics", "Total return", "Sharpe ratio", "Strategy", "Strategy parameters",
                "lookback").doesNotContain("Capital", "Period", "Total trades", "risk.stop_loss", "pos", "Status");
        assertThat(vm.rows()).filteredOn(r -> !r.header()).allMatch(Comparison.Row::differs);
        vm.differencesOnlyProperty().set(false);
        assertThat(names()).isEqualTo(all);
    }

    @Test
    void valuesAreFormattedLikeTheReport() {
        vm.open(List.of(NUMBERS, DATED));

        assertThat(row("Total return").values()).containsExactly("21.00 %", "10.00 %");
        assertThat(row("Sharpe ratio").values()).containsExactly("1.20", "0.90");
        assertThat(row("Capital").values()).containsExactly("50,000", "50,000");
        assertThat(row("Sortino ratio").values()).containsExactly("—", "—");
        assertThat(row("lookback").values()).containsExactly("20", "40");
    }

    @Test
    void fewerThanTwoOrMoreThanEightAreRefusedInOneSentence() {
        vm.open(java.util.stream.IntStream.range(0, 9).mapToObj(i -> "id-" + i).toList());
        assertThat(vm.comparisonProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("at most 8").contains("9").endsWith(".");
        assertThat(vm.ids()).isEmpty();

        vm.open(List.of(NUMBERS));
        assertThat(vm.messageProperty().get()).contains("at least 2").endsWith(".");
    }

    @Test
    void aMissingBacktestIsListedAndTheRestPlot() {
        vm.open(List.of(NUMBERS, "no-such-id"));

        Comparison c = vm.comparisonProperty().get();
        assertThat(c.lines()).hasSize(1);
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p).contains("no backtest"));
    }

    private List<String> names() {
        return vm.rows().stream().map(Comparison.Row::name).toList();
    }

    private Comparison.Row row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
