package io.aurelius.admin.ui.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.query.StrategySort;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paging arithmetic, filters and what is remembered between runs (with a fake of our browser interface). */
class StrategiesViewModelTest {

    @TempDir
    Path dir;

    private final DirectTaskRunner runner = new DirectTaskRunner();

    private StrategiesViewModel viewModel(StrategyBrowser browser) {
        return new StrategiesViewModel(new SimpleObjectProperty<>(browser), runner,
                new BrowseStore(dir.resolve("strategies-view.json")));
    }

    @Test
    void pagesForwardBackAndToTheEndWithTheRangeInWords() {
        FakeBrowser browser = new FakeBrowser(246);
        StrategiesViewModel vm = viewModel(browser);

        assertThat(vm.rows()).hasSize(50);
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 1–50 of 246");
        assertThat(vm.hasPreviousProperty().get()).isFalse();
        vm.next();
        vm.next();
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 101–150 of 246");
        assertThat(vm.rows().get(0).name()).isEqualTo("Strategy 101");
        vm.previous();
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 51–100 of 246");
        assertThat(vm.rows().get(0).name()).isEqualTo("Strategy 051");
        vm.last();
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 197–246 of 246");
        assertThat(vm.hasNextProperty().get()).isFalse();
        vm.first();
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 1–50 of 246");
        assertThat(browser.calls).filteredOn("count"::equals).hasSize(1);
    }

    @Test
    void anEstimatedTotalSaysAbout() {
        FakeBrowser browser = new FakeBrowser(120);
        browser.estimated = true;
        StrategiesViewModel vm = viewModel(browser);

        assertThat(vm.rangeProperty().get()).isEqualTo("rows 1–50 of about 120");
        vm.last();
        assertThat(vm.rangeProperty().get()).isEqualTo("last 50 rows of about 120");
    }

    @Test
    void sortingAsksTheDatabaseAgainFromTheFirstPage() {
        FakeBrowser browser = new FakeBrowser(80);
        StrategiesViewModel vm = viewModel(browser);
        vm.next();
        browser.calls.clear();

        vm.sortBy(new SortOrder(StrategySort.NAME, false));

        assertThat(browser.calls).containsExactly("page first sort=NAME asc size=50");
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 1–50 of 80");
    }

    @Test
    void filtersQueryAgainAndRecount() {
        FakeBrowser browser = new FakeBrowser(100);
        StrategiesViewModel vm = viewModel(browser);

        vm.filters().types().setAll("stat_arb");

        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.type()).isEqualTo("stat_arb"));
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 1–50 of 50");
        vm.filters().textProperty().set("no such name");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.rangeProperty().get()).isEqualTo("No strategies match the filters.");
    }

    @Test
    void aConfidenceThatIsNotANumberIsSaidAndNotQueried() {
        FakeBrowser browser = new FakeBrowser(10);
        StrategiesViewModel vm = viewModel(browser);
        browser.calls.clear();

        vm.filters().minConfidenceProperty().set("high");

        assertThat(vm.messageProperty().get()).isEqualTo("Confidence must be a number, e.g. 0.75.");
        assertThat(browser.calls).isEmpty();
        assertThat(vm.rows()).hasSize(10);
        vm.filters().minConfidenceProperty().set("0,005");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(StrategyRow::name).first().isEqualTo("Strategy 001");
    }

    @Test
    void layoutSortPageSizeAndFiltersSurviveARestart() throws Exception {
        StrategiesViewModel first = viewModel(new FakeBrowser(10));
        first.sortBy(new SortOrder(StrategySort.CONFIDENCE, false));
        first.pageSizeProperty().set(100);
        first.filters().types().setAll("stat_arb", "pairs_trading");
        first.filters().statusProperty().set("archived");
        first.filters().minConfidenceProperty().set("0.25");
        first.filters().maxConfidenceProperty().set("0.9");
        first.filters().createdFromProperty().set(LocalDate.of(2026, 1, 1));
        first.filters().createdToProperty().set(LocalDate.of(2026, 2, 28));
        first.filters().textProperty().set("100%_'\"");
        first.columnsChanged(List.of(new ColumnLayout("confidence", 120, true), new ColumnLayout("name", 300, true),
                new ColumnLayout("updated", 140, false)));

        assertThat(Files.readString(dir.resolve("strategies-view.json"))).contains("\"sortColumn\" : \"CONFIDENCE\"");
        StrategiesViewModel second = viewModel(new FakeBrowser(10));

        assertThat(second.sortProperty().get()).isEqualTo(new SortOrder(StrategySort.CONFIDENCE, false));
        assertThat(second.pageSizeProperty().get()).isEqualTo(100);
        assertThat(second.filters().types()).containsExactly("stat_arb", "pairs_trading");
        assertThat(second.filters().statusProperty().get()).isEqualTo("archived");
        assertThat(second.filters().minConfidenceProperty().get()).isEqualTo("0.25");
        assertThat(second.filters().maxConfidenceProperty().get()).isEqualTo("0.9");
        assertThat(second.filters().createdFromProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(second.filters().createdToProperty().get()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(second.filters().textProperty().get()).isEqualTo("100%_'\"");
        assertThat(second.columnLayout()).containsExactly(new ColumnLayout("confidence", 120, true),
                new ColumnLayout("name", 300, true), new ColumnLayout("updated", 140, false));
        assertThat(second.typeChoices()).contains("pairs_trading", "stat_arb", "ts_momentum");
    }

    @Test
    void anUnreadableLayoutFileMeansTheDefaults() throws Exception {
        Files.writeString(dir.resolve("strategies-view.json"), "{ not json");
        StrategiesViewModel vm = viewModel(new FakeBrowser(3));

        assertThat(vm.sortProperty().get()).isEqualTo(SortOrder.newestFirst());
        assertThat(vm.pageSizeProperty().get()).isEqualTo(50);
        assertThat(vm.rows()).hasSize(3);
    }

    @Test
    void openingARowHandsItsIdToTheWindow() {
        StrategiesViewModel vm = viewModel(new FakeBrowser(3));
        List<String> opened = new ArrayList<>();
        vm.setOnOpen(opened::add);

        vm.open(vm.rows().get(1));

        assertThat(opened).containsExactly("id-2");
    }

    @Test
    void withoutABrowserNothingIsQueriedUntilOneArrives() {
        FakeBrowser browser = new FakeBrowser(5);
        SimpleObjectProperty<StrategyBrowser> source = new SimpleObjectProperty<>();
        StrategiesViewModel vm = new StrategiesViewModel(source, runner, BrowseStore.none());
        vm.next();
        assertThat(vm.rows()).isEmpty();

        source.set(browser);

        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.rangeProperty().get()).isEqualTo("rows 1–5 of 5");
    }
}
