package io.aurelius.admin.ui.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.ui.common.FxTaskRunner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fast typing never shows stale results: with the real background runner, a slow query for an older search text
 * that lands after a newer one is dropped.
 */
class SupersedeTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void anOlderSlowSearchLandingLastIsDropped() throws Exception {
        FakeBrowser browser = new FakeBrowser(120);
        FxTaskRunner runner = new FxTaskRunner();
        StrategiesViewModel vm = onFx(() -> new StrategiesViewModel(new SimpleObjectProperty<>(browser), runner,
                BrowseStore.none()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> vm.rows().size() == 50));
        browser.hold("Strategy 1");

        onFx(() -> {
            vm.filters().textProperty().set("Strategy 1");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> browser.calls.stream()
                .anyMatch(c -> c.contains("text=Strategy 1 ")));
        onFx(() -> {
            vm.filters().textProperty().set("Strategy 11");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> vm.rows().size() == 10));
        assertThat(onFx(() -> vm.loadingProperty().get())).isTrue();
        browser.release("Strategy 1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !runner.isBusy()));

        List<String> names = onFx(() -> vm.rows().stream().map(StrategyRow::name).toList());
        assertThat(names).hasSize(10).allSatisfy(n -> assertThat(n).startsWith("Strategy 11"));
        assertThat(onFx(() -> vm.rangeProperty().get())).isEqualTo("rows 1–10 of 10");
        assertThat(onFx(() -> vm.loadingProperty().get())).isFalse();
        runner.shutdown();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
