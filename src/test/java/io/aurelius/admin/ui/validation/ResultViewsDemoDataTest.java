package io.aurelius.admin.ui.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.results.GateReading.Kind;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.gates.GateEntry;
import io.aurelius.admin.ui.gates.GatesViewModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every validation and gate history of the demo data (hostile rows included) opens on the result screens. */
class ResultViewsDemoDataTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;
    private static final String HOSTILE = "(SELECT jsonb_array_elements_text(hostile_strategy_ids) FROM aurelius_demo)";

    @BeforeAll
    static void data() {
        services = Services.connect(DB.settings());
        services.schema().init();
        new DemoData(services.database()).generate(DemoSpec.of(150).withSeed(7).withBacktests(1, 50, false),
                Progress.NONE, () -> false);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static List<String> ids(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void everyValidationOpens() throws Exception {
        ValidationViewModel vm = new ValidationViewModel(new SimpleObjectProperty<ResultReader>(services.results()),
                new DirectTaskRunner());
        List<String> sane = ids("SELECT id FROM validations WHERE status = 'completed' AND strategy_id NOT IN "
                + HOSTILE);
        assertThat(sane).isNotEmpty();
        for (String id : sane) {
            vm.open(id);
            assertThat(vm.messageProperty().get()).isEmpty();
            assertThat(vm.tableNoteProperty().get()).as(id).isEmpty();
            assertThat(vm.chartNoteProperty().get()).as(id).isEmpty();
            assertThat(vm.notes()).as(id).isEmpty();
            assertThat(vm.tableProperty().get().rows()).hasSize(vm.detailProperty().get().numWindows());
        }
        List<String> hostile = ids("SELECT id FROM validations WHERE status = 'completed' AND strategy_id IN "
                + HOSTILE);
        assertThat(hostile).isNotEmpty();
        for (String id : hostile) {
            vm.open(id);
            assertThat(vm.messageProperty().get()).isEmpty();
            assertThat(vm.tableProperty().get().rows()).isNotEmpty();
            assertThat(vm.chartNoteProperty().get() + vm.tableNoteProperty().get()).as(id).isNotEmpty();
        }
        for (String id : ids("SELECT id FROM validations WHERE status <> 'completed'")) {
            vm.open(id);
            assertThat(vm.tableNoteProperty().get()).startsWith("No windows");
        }
    }

    @Test
    void everyGateHistoryOpens() throws Exception {
        GatesViewModel vm = new GatesViewModel(new SimpleObjectProperty<ResultReader>(services.results()),
                new DirectTaskRunner());
        List<String> strategies = ids("SELECT DISTINCT strategy_id FROM gate_results");
        assertThat(strategies).isNotEmpty();
        for (String id : strategies) {
            vm.open(id, null);
            assertThat(vm.messageProperty().get()).isEmpty();
            for (GateEntry e : vm.entries()) {
                assertThat(e.reading().problem()).as(e.id()).isNull();
                assertThat(e.reading().kind()).isNotEqualTo(Kind.OTHER);
                if (e.reading().kind() == Kind.DEV) {
                    assertThat(e.reading().checks()).isNotEmpty();
                } else if (e.reading().kind() == Kind.CRV) {
                    assertThat(e.reading().criteria()).allMatch(c -> c.actual().readable() && !c.contradicts());
                } else {
                    assertThat(e.reading().readiness().checks()).isNotEmpty();
                    assertThat(e.reading().readiness().recommendation()).isNotBlank();
                }
                assertThat(e.reading().rest()).as(e.id()).isNull();
            }
        }
    }
}
