package io.aurelius.admin.ui.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.results.Flag;
import io.aurelius.admin.results.GateReading;
import io.aurelius.admin.results.GateReading.Kind;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.strategies.AnalystData;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.strategy.GateStep;
import io.aurelius.admin.ui.validation.ResultRows;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The gate results screen's state against PostgreSQL holding gate results of every type and shape. */
class GatesViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;

    private GatesViewModel vm;
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
        vm = new GatesViewModel(new SimpleObjectProperty<ResultReader>(services.results()), new DirectTaskRunner());
        vm.setOnOpenStrategy(opened::add);
    }

    private GateReading selected() {
        return vm.selectedProperty().get().reading();
    }

    @Test
    void historyReadsAsATimelineWithTheRequestedResultSelected() {
        vm.open(AnalystData.PAIRS, "dddddddd-0000-4000-8000-000000000004");
        assertThat(vm.strategyNameProperty().get()).isEqualTo("Pairs KO/PEP");
        assertThat(vm.countProperty().get()).isEqualTo("3 gate results");
        assertThat(vm.entries()).extracting(GateEntry::title).containsExactly("dev ✓ passed", "crv ✓ passed",
                "product ✓ passed");
        assertThat(vm.entries()).extracting(GateEntry::when).containsExactly("2026-02-21 09:00:00",
                "2026-02-21 10:00:00", "2026-02-21 11:00:00");
        assertThat(vm.steps()).extracting(GateStep::label).containsExactly("dev ✓", "crv ✓", "product ✓");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("dddddddd-0000-4000-8000-000000000004");
        assertThat(selected().kind()).isEqualTo(Kind.CRV);
        assertThat(vm.messageProperty().get()).isEmpty();

        vm.select(vm.entries().get(2));
        GateReading.Readiness p = selected().readiness();
        assertThat(p.recommendation()).isEqualTo("Deploy with half size; watch the spread.");
        assertThat(p.verdict()).isEqualTo("deploy with half size");
        assertThat(p.ready()).isEqualTo(Flag.YES);
        assertThat(vm.rawProperty().get()).contains("\"recommendation\" : \"deploy with half size\"");

        vm.open(AnalystData.PAIRS, null);
        assertThat(vm.selectedProperty().get().id()).isEqualTo("dddddddd-0000-4000-8000-000000000005");
        vm.openStrategy();
        assertThat(opened).containsExactly(AnalystData.PAIRS);
    }

    @Test
    void devChecksAndCrvThresholdsOfTheAnalystData() {
        vm.open(AnalystData.MOMENTUM, "dddddddd-0000-4000-8000-000000000001");
        GateReading dev = selected();
        assertThat(dev.checks()).extracting(GateReading.DevCheck::name, c -> c.passed().state(),
                GateReading.DevCheck::description, GateReading.DevCheck::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sharpe", Flag.State.YES, "Sharpe above 1",
                        "1.42"));
        assertThat(vm.entries().get(0).summary()).isEqualTo("1 of 1 checks passed");
        vm.select(vm.entries().get(1));
        GateReading crv = selected();
        assertThat(crv.criteria().get(0).threshold().value()).isEqualTo(1.5);
        assertThat(crv.criteria().get(0).actual().value()).isEqualTo(1.42);
        assertThat(crv.criteria().get(0).verdict().state()).isEqualTo(Flag.State.NO);
        assertThat(GateCells.verdict(crv.criteria().get(0)).text()).isEqualTo("✗ fail");
        assertThat(crv.criteria().get(1).threshold().status()).isEqualTo(io.aurelius.admin.results.Figure.Status.MISSING);
        assertThat(vm.steps()).extracting(GateStep::label).containsExactly("dev ✓", "crv ✗", "product —");
    }

    @Test
    void oddShapesAndUnknownTypesShowWhatIsThere() {
        vm.open(ResultRows.BROKEN, ResultRows.GATE_DEV_KEYED);
        assertThat(vm.strategyNameProperty().get()).isEqualTo(ResultRows.BROKEN_NAME);
        assertThat(vm.entries()).extracting(GateEntry::id).containsExactly(ResultRows.GATE_DEV_KEYED,
                ResultRows.GATE_DEV_STRING, ResultRows.GATE_CRV_STRINGS, ResultRows.GATE_CRV_ARRAY,
                ResultRows.GATE_PRODUCT_LIST, ResultRows.GATE_RISK);
        assertThat(selected().checks()).extracting(GateReading.DevCheck::name).containsExactly("costs", "lookahead");
        assertThat(selected().notes()).containsExactly("The checks are stored as an object keyed by name, not a list.");

        vm.open(ResultRows.BROKEN, ResultRows.GATE_DEV_STRING);
        assertThat(selected().problem()).isEqualTo("The results are a single value, not an object of named fields.");
        assertThat(vm.restProperty().get().value()).isEqualTo("n/a");
        assertThat(vm.entries().get(1).summary()).isEqualTo("results unreadable");

        vm.open(ResultRows.BROKEN, ResultRows.GATE_CRV_STRINGS);
        List<GateReading.Criterion> c = selected().criteria();
        assertThat(c.get(0).actual().value()).isEqualTo(1.234);
        assertThat(GateCells.verdict(c.get(0)).text()).isEqualTo("✓ pass (computed)");
        assertThat(GateCells.figure(c.get(1), c.get(1).actual()).text()).isEqualTo("unreadable");
        assertThat(GateCells.verdict(c.get(2)).text()).isEqualTo("✗ fail ⚠");
        assertThat(vm.restProperty().get().children()).extracting(n -> n.key()).containsExactly("reviewer");

        vm.open(ResultRows.BROKEN, ResultRows.GATE_CRV_ARRAY);
        assertThat(selected().problem()).isEqualTo("The results are an array, not an object of named fields.");
        assertThat(vm.restProperty().get().children()).hasSize(3);

        vm.open(ResultRows.BROKEN, ResultRows.GATE_PRODUCT_LIST);
        GateReading.Readiness p = selected().readiness();
        assertThat(p.recommendation()).isEqualTo("Deploy with 25% of the target allocation;\nreview after 30 days.");
        assertThat(p.verdict()).isEqualTo("APPROVE");
        assertThat(p.score().unreadable()).isTrue();
        assertThat(p.checks()).extracting(f -> f.name() + "=" + f.flag().state()).containsExactly("risk_review=YES",
                "capacity=UNREADABLE");

        vm.open(ResultRows.BROKEN, ResultRows.GATE_RISK);
        assertThat(selected().kind()).isEqualTo(Kind.OTHER);
        assertThat(vm.restProperty().get().children()).extracting(n -> n.key()).contains("var_95", "limits",
                "gate_status");
        assertThat(vm.entries().get(5).summary()).isEqualTo("unknown gate type, shown as stored");
    }

    @Test
    void unknownStrategiesAndSelectionsSaySo() {
        vm.open(AnalystData.MARKUP, null);
        assertThat(vm.entries()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("This strategy has no gate results yet.");
        assertThat(vm.selectedProperty().get()).isNull();

        vm.open(AnalystData.PAIRS, "not-a-gate");
        assertThat(vm.selectedProperty().get().id()).isEqualTo("dddddddd-0000-4000-8000-000000000005");
        assertThat(vm.messageProperty().get()).contains("not-a-gate", "the newest is shown");

        vm.open("no-such-strategy", null);
        assertThat(vm.messageProperty().get()).isEqualTo("There is no strategy with id no-such-strategy (it may"
                + " have been deleted).");
        assertThat(vm.entries()).isEmpty();
    }
}
