package io.aurelius.admin.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Panels load independently: one failing says so in its place while the others show; the picker follows. */
class DashboardViewModelTest {

    static final Dashboard.StrategyChoice CHOICE = new Dashboard.StrategyChoice("s1", "Momentum \"A\"", "ts_momentum");

    /** Answers every panel; the gate counts fail like a query that timed out. */
    static class FakeDashboard implements Dashboard {
        final List<String> asked = new ArrayList<>();
        boolean gatesFail = true;

        @Override
        public List<Counted> strategiesByType() {
            asked.add("types");
            return List.of(new Counted("ts_momentum", 3, false), new Counted("stat_arb", 2_400_000, true));
        }

        @Override
        public StatusCounts backtestStatuses() {
            return new StatusCounts(List.of(new Counted("failed", 2, false), new Counted(null, 1, false)));
        }

        @Override
        public StatusCounts validationStatuses() {
            return new StatusCounts(List.of());
        }

        @Override
        public List<RecentBacktest> recentBacktests(int limit) {
            return List.of();
        }

        @Override
        public List<Failure> recentFailures(int limit) {
            return List.of(new Failure("backtest", "b1", "s1", "A", "boom", LocalDateTime.of(2025, 1, 1, 0, 0)));
        }

        @Override
        public List<GateCount> gateResults() {
            if (gatesFail) {
                throw new DatabaseException("Counting gate results took longer than 15 s and was stopped: on a"
                        + " large database, `db tune` adds the indexes that make it fast.");
            }
            return List.of(new GateCount("dev", true, 3));
        }

        @Override
        public ReadyStrategies productionReady(int limit) {
            return new ReadyStrategies(List.of(), 0);
        }

        @Override
        public List<StrategyChoice> findStrategies(String text, int limit) {
            asked.add("find:" + text);
            return text.isEmpty() || CHOICE.name().contains(text) ? List.of(CHOICE) : List.of();
        }

        @Override
        public Optional<StrategyChoice> latestValidated() {
            return Optional.of(CHOICE);
        }

        @Override
        public List<ValidationRow> validations(String strategyId) {
            asked.add("validations:" + strategyId);
            return List.of();
        }

        @Override
        public Activity lastActivity() {
            return new Activity(null, LocalDateTime.of(2025, 5, 1, 12, 0), null, null);
        }
    }

    private final FakeDashboard fake = new FakeDashboard();
    private final SimpleObjectProperty<Dashboard> connected = new SimpleObjectProperty<>();
    private final DashboardViewModel vm = new DashboardViewModel(connected, new DirectTaskRunner(),
            () -> LocalTime.of(14, 5, 9));

    @Test
    void readsOnlyOnceShownAndConnected() {
        connected.set(fake);
        assertThat(fake.asked).isEmpty();
        vm.setShowing(true);
        assertThat(fake.asked).contains("types");
        fake.asked.clear();
        vm.setShowing(false);
        vm.setShowing(true);
        assertThat(fake.asked).as("shown again: the data read stays until Refresh").isEmpty();
        vm.refresh();
        assertThat(fake.asked).contains("types");
        assertThat(vm.refreshedProperty().get()).isEqualTo("Updated 14:05:09");
    }

    @Test
    void aFailingPanelSaysWhyWhileTheOthersShow() {
        connected.set(fake);
        vm.setShowing(true);
        assertThat(vm.gates().valueProperty().get()).isNull();
        assertThat(vm.gates().failedProperty().get()).isTrue();
        assertThat(vm.gates().messageProperty().get())
                .isEqualTo("Could not read the gate results: Counting gate results took longer than 15 s and was"
                        + " stopped: on a large database, `db tune` adds the indexes that make it fast.");
        assertThat(vm.types().valueProperty().get()).hasSize(2);
        assertThat(vm.types().messageProperty().get()).isEmpty();
        assertThat(vm.backtestStatuses().valueProperty().get().of("failed").count()).isEqualTo(2);
        assertThat(vm.backtestStatuses().valueProperty().get().other()).isEqualTo(1);
        assertThat(vm.failures().valueProperty().get()).hasSize(1);
        assertThat(vm.activity().valueProperty().get().latestKind()).isEqualTo("backtest");
        assertThat(vm.types().loadingProperty().get()).isFalse();

        fake.gatesFail = false;
        vm.refresh();
        assertThat(vm.gates().failedProperty().get()).isFalse();
        assertThat(vm.gates().messageProperty().get()).isEmpty();
        assertThat(vm.gates().valueProperty().get()).hasSize(1);
    }

    @Test
    void theValidationsPanelStartsWithTheLatestValidatedStrategyAndFollowsThePicker() {
        connected.set(fake);
        vm.setShowing(true);
        assertThat(vm.chosenProperty().get()).isEqualTo(CHOICE);
        assertThat(fake.asked).contains("validations:s1", "find:");
        assertThat(vm.validations().valueProperty().get()).isEmpty();
        vm.findStrategies("zzz");
        assertThat(vm.choices()).isEmpty();
        assertThat(vm.choiceMessageProperty().get()).isEqualTo("No strategy name contains “zzz”.");
        vm.findStrategies("Momentum");
        assertThat(vm.choices()).containsExactly(CHOICE);
        assertThat(vm.choiceMessageProperty().get()).isEmpty();
        Dashboard.StrategyChoice other = new Dashboard.StrategyChoice("s2", "Other", "stat_arb");
        vm.choose(other);
        assertThat(fake.asked).contains("validations:s2");
        vm.refresh();
        assertThat(vm.chosenProperty().get()).as("a refresh keeps the choice").isEqualTo(other);
    }

    @Test
    void rowsOpenTheirStrategyAndBarsTheFilteredList() {
        List<String> opened = new ArrayList<>();
        vm.setOnOpen(id -> opened.add("strategy:" + id));
        vm.setOnType(type -> opened.add("type:" + type));
        vm.open("s1");
        vm.openType("stat_arb");
        vm.open(null);
        assertThat(opened).containsExactly("strategy:s1", "type:stat_arb");
    }

    @Test
    void runsOpenTheirReportsByKind() {
        List<String> opened = new ArrayList<>();
        vm.setOnOpen(id -> opened.add("strategy:" + id));
        vm.setOnOpenBacktest(id -> opened.add("backtest:" + id));
        vm.setOnOpenValidation(id -> opened.add("validation:" + id));
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
        vm.openBacktest(new Dashboard.RecentBacktest("b7", "s1", "A", "completed", "2024-01-01", "2024-12-31", null, null, t,
                null));
        vm.openFailure(new Dashboard.Failure("backtest", "b1", "s1", "A", "boom", t));
        vm.openFailure(new Dashboard.Failure("validation", "v1", "s1", "A", "boom", t));
        vm.openValidation(new ValidationRow("v2", "2024-01-01", "2024-12-31", 90, 60, "completed", null, 4, 1.0,
                0.8, 0.2, 70.0, true, t));
        vm.openBacktest(null);
        assertThat(opened).containsExactly("backtest:b7", "backtest:b1", "validation:v1", "validation:v2");
    }

    @Test
    void wordsForCountsTimesAndGates() {
        assertThat(DashboardWords.count(new Dashboard.Counted("x", 2_400_000, true))).isEqualTo("≈ 2,400,000");
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 12, 0);
        assertThat(DashboardWords.ago(t, t.plusSeconds(20))).isEqualTo("just now");
        assertThat(DashboardWords.ago(t, t.plusMinutes(5))).isEqualTo("5 min ago");
        assertThat(DashboardWords.ago(t, t.plusHours(30))).isEqualTo("30 h ago");
        assertThat(DashboardWords.ago(t, t.plusDays(9))).isEqualTo("9 days ago");
        assertThat(DashboardWords.ago(t.plusDays(1), t)).startsWith("in the future");
        List<DashboardWords.GateLine> lines = DashboardWords.gateLines(List.of(
                new Dashboard.GateCount("product", true, 1), new Dashboard.GateCount("weird", false, 4),
                new Dashboard.GateCount("dev", true, 3), new Dashboard.GateCount("dev", false, 1)));
        assertThat(lines).extracting(DashboardWords.GateLine::gateType).containsExactly("dev", "product", "weird");
        assertThat(lines.get(0).passRate()).isEqualTo("75 % passed");
        assertThat(DashboardWords.gateSummary(lines)).startsWith("9 results: 4 passed (44 %), 5 failed.");
        assertThat(DashboardWords.typeName("a\nb")).isEqualTo("a b");
        assertThat(DashboardWords.typeName(" ")).isEqualTo("(blank)");
    }
}
