package io.aurelius.admin.ui.compare;

import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.TaskRunner;
import java.util.List;
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
 * The Compare screen: 2 to 8 backtests read, normalised and reduced in one background call (a newer request
 * supersedes an older one), then their curves for one chart and a side-by-side table whose rows can be cut to
 * the differences. The screen's Stop ends the read between curves, statements and chunks.
 */
public final class CompareViewModel {

    private static final String SLOT = "compare:read";

    private final ObservableValue<BacktestReports> reports;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Comparison.Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty differencesOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Loads loads = new Loads();
    private List<String> wanted = List.of();

    public CompareViewModel(ObservableValue<BacktestReports> reports, TaskRunner runner) {
        this.reports = reports;
        this.runner = runner;
        differencesOnly.addListener(o -> showRows());
        reports.addListener((obs, old, now) -> {
            if (now != null && !wanted.isEmpty()) {
                load();
            }
        });
    }

    /** Compares these backtests, each once (now, or once connected); a count outside 2..8 only says so. */
    public void open(List<String> ids) {
        wanted = List.copyOf(new java.util.LinkedHashSet<>(ids));
        comparison.set(null);
        rows.clear();
        String problem = CompareReader.countProblem(wanted.size());
        message.set(problem == null ? "" : problem);
        if (problem != null) {
            wanted = List.of();
            return;
        }
        if (reports.getValue() != null) {
            load();
        }
    }

    /** Reads the same backtests again; what is shown stays until they arrive. */
    public void refresh() {
        if (!wanted.isEmpty() && reports.getValue() != null) {
            load();
        }
    }

    /** Stops the read under way on the server. */
    public void stop() {
        loads.stop();
    }

    /** The screen's reads, for its Stop button. */
    public Loads loads() {
        return loads;
    }

    private void load() {
        BacktestReports r = reports.getValue();
        List<String> ids = wanted;
        loads.task(() -> CompareReader.read(r, ids))
                .titled("Reading " + ids.size() + " backtests to compare")
                .inSlot(SLOT)
                .onSuccess(c -> {
                    message.set("");
                    comparison.set(c);
                    showRows();
                })
                .onFailure(error -> message.set(Loads.failure("the backtests", error)))
                .executeWith(runner);
    }

    private void showRows() {
        Comparison c = comparison.get();
        rows.setAll(c == null ? List.of() : c.shownRows(differencesOnly.get()));
    }

    /** The ids compared (empty when the request was refused). */
    public List<String> ids() {
        return wanted;
    }

    /** What was read, or null while reading or when refused. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The table's rows: all, or only those whose values differ (with their section headings). */
    public ObservableList<Comparison.Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public BooleanProperty differencesOnlyProperty() {
        return differencesOnly;
    }

    /** Why there is nothing to compare, or a read failure; "" otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }
}
