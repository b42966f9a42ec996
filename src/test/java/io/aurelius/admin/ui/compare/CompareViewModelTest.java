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

    private static Services services;
    private CompareViewModel vm;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql(CompareData.sql());
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
        vm.open(List.of(CompareData.NUMBERS, CompareData.DATED, CompareData.BROKEN));

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
        vm.open(List.of(CompareData.DATED, CompareData.DATED2));

        Comparison c = vm.comparisonProperty().get();
        assertThat(c.dated()).isTrue();
        assertThat(c.lines().get(1).x()).containsExactly(1609459200, 1609545600);
        assertThat(c.lines().get(1).y()).containsExactly(1.0, 0.75);
        // both are strategy Beta over the same period: the id tells them apart
        assertThat(c.labels().get(0)).isNotEqualTo(c.labels().get(1)).contains("(" + CompareData.DATED + ")");
    }

    @Test
    void differencesOnlyHidesRowsWhoseValuesAreAllEqual() {
        vm.open(List.of(CompareData.NUMBERS, CompareData.DATED));
        List<String> all = names();
        assertThat(all).contains("Capital", "Period", "Total trades", "lookback", "risk.stop_loss", "pos",
                "Sharpe ratio");

        vm.differencesOnlyProperty().set(true);

        assertThat(names()).contains("Statistics", "Total return", "Sharpe ratio", "Strategy", "Parameters",
                "lookback").doesNotContain("Capital", "Period", "Total trades", "risk.stop_loss", "pos", "Status");
        assertThat(vm.rows()).filteredOn(r -> !r.header()).allMatch(Comparison.Row::differs);
        vm.differencesOnlyProperty().set(false);
        assertThat(names()).isEqualTo(all);
    }

    @Test
    void valuesAreFormattedLikeTheReport() {
        vm.open(List.of(CompareData.NUMBERS, CompareData.DATED));

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

        vm.open(List.of(CompareData.NUMBERS));
        assertThat(vm.messageProperty().get()).contains("at least 2").endsWith(".");
    }

    @Test
    void aMissingBacktestIsListedAndTheRestPlot() {
        vm.open(List.of(CompareData.NUMBERS, "no-such-id"));

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
