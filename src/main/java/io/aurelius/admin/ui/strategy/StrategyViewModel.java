package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyDetail;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Strategy screen: one strategy's header, its parameters (a tree, or the raw JSON), and its backtests,
 * validations and gate results; a row opens as its fields and raw JSON. One background call reads it all;
 * opening another strategy supersedes it, and the screen's Stop ends it (what is shown stays).
 */
public final class StrategyViewModel {

    private static final String SLOT = "strategy:open";

    private record Loaded(Optional<StrategyDetail> detail, List<BacktestRow> backtests,
                          List<ValidationRow> validations, List<GateRow> gates) {
    }

    private final ObservableValue<StrategyBrowser> browser;
    private final TaskRunner runner;
    private final RowDetails details;
    private final ReadOnlyObjectWrapper<StrategyDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamNode> parameters = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper rawParameters = new ReadOnlyStringWrapper("");
    private final BooleanProperty showRaw = new SimpleBooleanProperty(false);
    private final ObservableList<BacktestRow> backtests = FXCollections.observableArrayList();
    private Consumer<List<String>> onCompare;
    private final ObservableList<ValidationRow> validations = FXCollections.observableArrayList();
    private final ObservableList<GateRow> gates = FXCollections.observableArrayList();
    private final ObservableList<GateStep> steps = FXCollections.observableArrayList(GateStep.of(List.of()));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean failed;
    private final Loads loads = new Loads();
    private String wanted;
    private Consumer<String> onOpenBacktest;
    private Consumer<String> onOpenValidation;
    private BiConsumer<String, String> onOpenGate;

    public StrategyViewModel(ObservableValue<StrategyBrowser> browser, TaskRunner runner) {
        this.browser = browser;
        this.runner = runner;
        this.details = new RowDetails(browser, runner, loads, message::set);
        browser.addListener((obs, old, now) -> {
            if (now != null && wanted != null) {
                load(wanted);
            }
        });
    }

    /** Shows the strategy with this id (now, or once connected). */
    public void open(String id) {
        wanted = id;
        if (browser.getValue() != null) {
            load(id);
        }
    }

    /** Reads the strategy again if the last read failed (the connection is back). */
    public void retryFailed() {
        if (failed && browser.getValue() != null) {
            refresh();
        }
    }

    /** Reads the strategy shown again. */
    public void refresh() {
        if (wanted != null) {
            open(wanted);
        }
    }

    /** Stops the reads under way (the strategy, a row's JSON) on the server; what is shown stays. */
    public void stop() {
        loads.stop();
    }

    /** The screen's reads, for its Stop button. */
    public Loads loads() {
        return loads;
    }

    private void load(String id) {
        StrategyBrowser b = browser.getValue();
        loads.task(() -> new Loaded(b.strategy(id), b.backtests(id), b.validations(id), b.gateResults(id)))
                .titled("Reading the strategy")
                .inSlot(SLOT)
                .onSuccess(l -> show(id, l))
                .onFailure(error -> {
                    message.set(Loads.failure("the strategy", error));
                    failed = !Loads.stopped(error);
                })
                .executeWith(runner);
    }

    private void show(String id, Loaded l) {
        failed = false;
        if (l.detail().isEmpty()) {
            detail.set(null);
            parameters.set(null);
            rawParameters.set("");
            backtests.clear();
            validations.clear();
            gates.clear();
            steps.setAll(GateStep.of(List.of()));
            message.set("There is no strategy with id " + id + " (it may have been deleted).");
            return;
        }
        StrategyDetail d = l.detail().get();
        detail.set(d);
        parameters.set(ParamNode.parse(d.parametersJson()));
        rawParameters.set(ParamNode.pretty(d.parametersJson()));
        backtests.setAll(l.backtests());
        validations.setAll(l.validations());
        gates.setAll(l.gates());
        steps.setAll(GateStep.of(l.gates()));
        message.set("");
    }

    // --- rows -------------------------------------------------------------------------------------------

    /** Where opened rows go (the view shows a dialog; tests collect them). */
    public void setOnDetail(Consumer<RowDetail> shower) {
        details.setOnDetail(shower);
    }

    /** Where an opened backtest goes (the main window shows its report); without one, a row dialog. */
    public void setOnOpenBacktest(Consumer<String> open) {
        this.onOpenBacktest = open;
    }

    public void openBacktest(BacktestRow row) {
        if (onOpenBacktest != null && row != null) {
            onOpenBacktest.accept(row.id());
            return;
        }
        details.backtest(row);
    }

    /** Where "Compare selected" goes (the main window shows the Compare screen with these backtest ids). */
    public void setOnCompare(Consumer<List<String>> compare) {
        this.onCompare = compare;
    }

    /** True when this many selected backtests can be compared (2 to 8). */
    public static boolean canCompare(int selected) {
        return selected >= 2 && selected <= 8;
    }

    /** Compares the selected backtests, when there are 2 to 8 of them. */
    public void compareBacktests(List<BacktestRow> selected) {
        if (onCompare != null && canCompare(selected.size())) {
            onCompare.accept(selected.stream().map(BacktestRow::id).toList());
        }
    }

    /** Where an opened validation goes (its id); without one it opens as the row dialog. */
    public void setOnOpenValidation(Consumer<String> open) {
        this.onOpenValidation = open;
    }

    /** Where an opened gate result goes (the strategy's id, the result's id); without one, the row dialog. */
    public void setOnOpenGate(BiConsumer<String, String> open) {
        this.onOpenGate = open;
    }

    public void openValidation(ValidationRow row) {
        if (row != null && onOpenValidation != null) {
            onOpenValidation.accept(row.id());
        } else {
            details.validation(row);
        }
    }

    public void openGate(GateRow row) {
        if (row != null && onOpenGate != null && detail.get() != null) {
            onOpenGate.accept(detail.get().id(), row.id());
        } else {
            details.gate(row);
        }
    }

    // --- state ------------------------------------------------------------------------------------------

    /** The strategy shown, or null (not loaded, or not found). */
    public ReadOnlyObjectProperty<StrategyDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public String shownId() {
        return wanted;
    }

    public ReadOnlyObjectProperty<ParamNode> parametersProperty() {
        return parameters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawParametersProperty() {
        return rawParameters.getReadOnlyProperty();
    }

    /** Show the parameters as raw JSON instead of the tree. */
    public BooleanProperty showRawProperty() {
        return showRaw;
    }

    public ObservableList<BacktestRow> backtests() {
        return backtests;
    }

    public ObservableList<ValidationRow> validations() {
        return validations;
    }

    public ObservableList<GateRow> gates() {
        return gates;
    }

    /** dev, crv, product: the latest verdict of each. */
    public ObservableList<GateStep> steps() {
        return steps;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }
}
