package io.aurelius.admin.ui.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.export.StrategiesCsv;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.testing.FakeDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** "Export CSV…": the file chosen gets the list as filtered now; the outcome is one sentence. */
class StrategiesExportTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static Services services;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql("INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)"
                + " SELECT 's' || i, 'Name ' || i, CASE WHEN i % 2 = 0 THEN 'stat_arb' ELSE 'pairs_trading' END,"
                + " 0.5, '{}', TIMESTAMP '2025-01-01' + i * INTERVAL '1 hour', TIMESTAMP '2025-01-01'"
                + " FROM generate_series(1, 30) i");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private StrategiesExport export(FakeDialogs dialogs, StrategiesViewModel list) {
        return new StrategiesExport(new SimpleObjectProperty<StrategiesCsv>(services.strategiesCsv()), list,
                new DirectTaskRunner(), dialogs);
    }

    private StrategiesViewModel list() {
        return new StrategiesViewModel(new SimpleObjectProperty<StrategyBrowser>(services.browser()),
                new DirectTaskRunner(), BrowseStore.none());
    }

    @Test
    void exportsTheFilteredListToTheChosenFile() throws Exception {
        Path file = dir.resolve("mine.csv");
        StrategiesViewModel list = list();
        list.showType("stat_arb");
        StrategiesExport export = export(new FakeDialogs().savingTo(file), list);
        export.start();
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(export.statusProperty().get()).startsWith("Exported 15 strategies to " + file.toAbsolutePath());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(16);
        assertThat(lines.subList(1, 16)).allSatisfy(l -> assertThat(l).contains(",stat_arb,"));
        export.dismiss();
        assertThat(export.statusProperty().get()).isEmpty();
    }

    @Test
    void nothingHappensWhenTheChooserIsCancelledOrTheFiltersMakeNoSense() throws Exception {
        StrategiesViewModel list = list();
        StrategiesExport export = export(new FakeDialogs(), list);
        export.start();
        assertThat(export.statusProperty().get()).isEmpty();
        list.filters().minConfidenceProperty().set("abc");
        export(new FakeDialogs().savingTo(dir.resolve("x.csv")), list).start();
        assertThat(dir.resolve("x.csv")).doesNotExist();
        StrategiesExport bad = export(new FakeDialogs().savingTo(dir.resolve("x.csv")), list);
        bad.start();
        assertThat(bad.statusProperty().get()).isEqualTo("Confidence must be a number, e.g. 0.75.");
    }

    @Test
    void anUnwritableFolderIsSaidInOneSentence() {
        Path file = dir.resolve("missing").resolve("x.csv");
        StrategiesExport export = export(new FakeDialogs().savingTo(file), list());
        export.start();
        assertThat(export.statusProperty().get()).startsWith("Could not write " + file)
                .endsWith("; choose a folder that exists and may be written.");
    }
}
