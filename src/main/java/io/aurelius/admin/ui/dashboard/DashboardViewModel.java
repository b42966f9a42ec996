package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.config.Echo;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.Dashboard.Activity;
import io.aurelius.admin.query.Dashboard.Counted;
import io.aurelius.admin.query.Dashboard.Failure;
import io.aurelius.admin.query.Dashboard.GateCount;
import io.aurelius.admin.query.Dashboard.ReadyStrategies;
import io.aurelius.admin.query.Dashboard.RecentBacktest;
import io.aurelius.admin.query.Dashboard.StatusCounts;
import io.aurelius.admin.query.Dashboard.StrategyChoice;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Dashboard: the guide's common queries as panels, each loaded on its own (in parallel, in its own slot),
 * so a slow or failing panel says so in its place while the others show. Refresh reads them all again; the
 * validations panel follows the strategy chosen in its picker (at first the one validated last). Rows open
 * what they show (a backtest's report, a validation's view; a production-ready strategy its Strategy screen), a
 * type's bar opens the Strategies list filtered to that type.
 */
public final class DashboardViewModel {

    public static final int RECENT_ROWS = 10;
    public static final int FAILURE_ROWS = 10;
    public static final int READY_ROWS = 50;
    public static final int CHOICES = 20;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableValue<Dashboard> dashboard;
    private final TaskRunner runner;
    private final Supplier<LocalTime> clock;
    private final Panel<List<Counted>> types = new Panel<>("types", "the strategy types", "No strategies yet.");
    private final Panel<StatusCounts> backtestStatuses = new Panel<>("backtest-status", "the backtest statuses", "");
    private final Panel<StatusCounts> validationStatuses =
            new Panel<>("validation-status", "the validation statuses", "");
    private final Panel<Activity> activity = new Panel<>("activity", "the last activity", "");
    private final Panel<List<RecentBacktest>> recent = new Panel<>("recent", "the recent backtests", "");
    private final Panel<List<Failure>> failures = new Panel<>("failures", "the recent failures", "");
    private final Panel<List<GateCount>> gates = new Panel<>("gates", "the gate results", "No gate results yet.");
    private final Panel<ReadyStrategies> ready = new Panel<>("ready", "the production-ready strategies", "");
    private final Panel<List<ValidationRow>> validations = new Panel<>("validations", "the validations", "");
    private final ObservableList<StrategyChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<StrategyChoice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyObjectWrapper<StrategyChoice> chosen = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper choiceMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refreshed = new ReadOnlyStringWrapper("");
    private Consumer<String> onOpen = id -> { };
    private Consumer<String> onOpenBacktest = id -> { };
    private Consumer<String> onOpenValidation = id -> { };
    private Consumer<String> onType = type -> { };
    private String search = "";
    private boolean showing;
    private boolean stale = true;
    private final Loads loads = new Loads();

    public DashboardViewModel(ObservableValue<Dashboard> dashboard, TaskRunner runner) {
        this(dashboard, runner, LocalTime::now);
    }

    DashboardViewModel(ObservableValue<Dashboard> dashboard, TaskRunner runner, Supplier<LocalTime> clock) {
        this.dashboard = dashboard;
        this.runner = runner;
        this.clock = clock;
        validations.clear("Choose a strategy to see its validations.");
        dashboard.addListener((obs, old, now) -> {
            stale = true;
            if (now != null && showing) {
                refresh();
            }
        });
    }

    /**
     * The screen shows or hides: it reads when shown for the first time on a connection (later, Refresh reads
     * again), so a connection that never opens the dashboard never runs its queries.
     */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown && stale && dashboard.getValue() != null) {
            refresh();
        }
    }

    /** Rows changed in the database (seen by the connection's watch): read again now if shown, else when shown. */
    public void dataChanged() {
        stale = true;
        if (showing && dashboard.getValue() != null) {
            refresh();
        }
    }

    // --- actions ----------------------------------------------------------------------------------------

    /** Reads every panel again (and the chosen strategy's validations). */
    public void refresh() {
        Dashboard d = dashboard.getValue();
        if (d == null) {
            return;
        }
        stale = false;
        types.load(runner, stoppable(d::strategiesByType));
        backtestStatuses.load(runner, stoppable(d::backtestStatuses));
        validationStatuses.load(runner, stoppable(d::validationStatuses));
        activity.load(runner, stoppable(d::lastActivity));
        recent.load(runner, stoppable(() -> d.recentBacktests(RECENT_ROWS)));
        failures.load(runner, stoppable(() -> d.recentFailures(FAILURE_ROWS)));
        gates.load(runner, stoppable(d::gateResults));
        ready.load(runner, stoppable(() -> d.productionReady(READY_ROWS)));
        if (chosen.get() == null) {
            chooseLatestValidated(d);
        } else {
            loadValidations(chosen.get());
        }
        findStrategies(search);
        refreshed.set("Updated " + CLOCK.format(clock.get()));
    }

    /** Stops every read of the running refresh on the server; the panels keep what they showed. */
    public void cancelRefresh() {
        loads.stop(); // later reads (a search typed after the stop) run as usual
    }

    private <T> Callable<T> stoppable(Callable<T> call) {
        return loads.stoppable(call);
    }

    private void chooseLatestValidated(Dashboard d) {
        BackgroundTask.wrap(stoppable(d::latestValidated))
                .titled("Finding the latest validated strategy")
                .inSlot("dashboard:latest-validated")
                .onSuccess((Optional<StrategyChoice> c) -> {
                    if (chosen.get() == null) {
                        c.ifPresentOrElse(this::choose,
                                () -> validations.clear("No strategy has validations yet."));
                    }
                })
                .onFailure(e -> validations.fail(e))
                .executeWith(runner);
    }

    /** Looks up strategies whose name contains the text (or whose id it is), for the picker. */
    public void findStrategies(String text) {
        search = text == null ? "" : text.strip();
        Dashboard d = dashboard.getValue();
        if (d == null) {
            return;
        }
        String t = search;
        BackgroundTask.wrap(stoppable(() -> d.findStrategies(t, CHOICES)))
                .titled("Looking up strategies")
                .inSlot("dashboard:choices")
                .onSuccess(found -> {
                    choices.setAll(found);
                    choiceMessage.set(found.isEmpty() && !t.isEmpty() ? "No strategy name contains “" + Echo.of(t) + "”." : "");
                })
                .onFailure(e -> choiceMessage.set(e instanceof CancelledException ? ""
                        : "Could not look up strategies: " + Messages.sentence(e)))
                .executeWith(runner);
    }

    /** Shows this strategy's validations. */
    public void choose(StrategyChoice choice) {
        if (choice == null) {
            return;
        }
        chosen.set(choice);
        loadValidations(choice);
    }

    private void loadValidations(StrategyChoice choice) {
        Dashboard d = dashboard.getValue();
        if (d != null) {
            validations.load(runner, stoppable(() -> d.validations(choice.id())));
        }
    }

    /** Opens a strategy (the window shows the Strategy screen). */
    public void open(String strategyId) {
        if (strategyId != null) {
            onOpen.accept(strategyId);
        }
    }

    /** Opens a recent backtest's report. */
    public void openBacktest(RecentBacktest row) {
        if (row != null && row.id() != null) {
            onOpenBacktest.accept(row.id());
        }
    }

    /** Opens a failed run: a backtest's report or a validation's view, by its kind. */
    public void openFailure(Failure row) {
        if (row == null || row.id() == null) {
            return;
        }
        if ("validation".equals(row.kind())) {
            onOpenValidation.accept(row.id());
        } else if ("backtest".equals(row.kind())) {
            onOpenBacktest.accept(row.id());
        } else {
            open(row.strategyId());
        }
    }

    /** Opens one of the chosen strategy's validations. */
    public void openValidation(ValidationRow row) {
        if (row != null && row.id() != null) {
            onOpenValidation.accept(row.id());
        }
    }

    /** Opens the Strategies list filtered to one type. */
    public void openType(String type) {
        if (type != null) {
            onType.accept(type);
        }
    }

    public void setOnOpen(Consumer<String> opener) {
        this.onOpen = opener == null ? id -> { } : opener;
    }

    public void setOnOpenBacktest(Consumer<String> opener) {
        this.onOpenBacktest = opener == null ? id -> { } : opener;
    }

    public void setOnOpenValidation(Consumer<String> opener) {
        this.onOpenValidation = opener == null ? id -> { } : opener;
    }

    public void setOnType(Consumer<String> opener) {
        this.onType = opener == null ? t -> { } : opener;
    }

    // --- state ------------------------------------------------------------------------------------------

    public Panel<List<Counted>> types() {
        return types;
    }

    public Panel<StatusCounts> backtestStatuses() {
        return backtestStatuses;
    }

    public Panel<StatusCounts> validationStatuses() {
        return validationStatuses;
    }

    public Panel<Activity> activity() {
        return activity;
    }

    public Panel<List<RecentBacktest>> recent() {
        return recent;
    }

    public Panel<List<Failure>> failures() {
        return failures;
    }

    public Panel<List<GateCount>> gates() {
        return gates;
    }

    public Panel<ReadyStrategies> ready() {
        return ready;
    }

    public Panel<List<ValidationRow>> validations() {
        return validations;
    }

    /** The picker's matches. */
    public ObservableList<StrategyChoice> choices() {
        return choicesView;
    }

    public ReadOnlyObjectProperty<StrategyChoice> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Why the picker has no matches, else "". */
    public ReadOnlyStringProperty choiceMessageProperty() {
        return choiceMessage.getReadOnlyProperty();
    }

    /** "Updated 14:05:09" after a refresh, else "". */
    public ReadOnlyStringProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }
}
