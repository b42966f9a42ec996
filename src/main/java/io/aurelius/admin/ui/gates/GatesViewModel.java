package io.aurelius.admin.ui.gates;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.GateDetail;
import io.aurelius.admin.query.GateHistory;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.results.GateReading;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.strategy.GateStep;
import io.aurelius.admin.ui.strategy.ParamNode;
import java.util.List;
import java.util.Optional;
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
 * The gate results screen: a strategy's gate history as a timeline (oldest first), the dev -> crv -> product
 * progression, and the selected result read by its type; unknown types and whatever a result holds beyond its
 * type's keys show as a tree, the stored JSON one toggle away.
 */
public final class GatesViewModel {

    private static final String SLOT = "gates:open";
    private static final int SHOWN_CHARS = 200_000;

    private final ObservableValue<ResultReader> reader;
    private final TaskRunner runner;
    private final ObservableList<GateEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<GateStep> steps = FXCollections.observableArrayList(GateStep.of(List.of()));
    // read-only views kept once: an unmodifiable list forwards changes through a weak listener
    private final ObservableList<GateEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ObservableList<GateStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyObjectWrapper<GateEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParamNode> rest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper strategyName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper raw = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Loads loads = new Loads();
    private final BooleanProperty showRaw = new SimpleBooleanProperty(false);
    private Consumer<String> onOpenStrategy = id -> { };
    private String wanted;
    private String wantedSelection;

    public GatesViewModel(ObservableValue<ResultReader> reader, TaskRunner runner) {
        this.reader = reader;
        this.runner = runner;
        reader.addListener((obs, old, now) -> {
            if (now != null && wanted != null) {
                load(wanted);
            }
        });
    }

    /** Shows a strategy's gate history with one result selected (null: the newest). */
    public void open(String strategyId, String selectedId) {
        if (!strategyId.equals(wanted)) {
            entries.clear();
            select(null);
            strategyName.set("");
            count.set("");
        }
        wanted = strategyId;
        wantedSelection = selectedId;
        if (reader.getValue() != null) {
            load(strategyId);
        }
    }

    public void refresh() {
        if (wanted != null && reader.getValue() != null) {
            wantedSelection = selected.get() == null ? wantedSelection : selected.get().id();
            load(wanted);
        }
    }

    /** Stops the read under way on the server; what is shown stays. */
    public void stop() {
        loads.stop();
    }

    /** The screen's reads, for its Stop button. */
    public Loads loads() {
        return loads;
    }

    private void load(String id) {
        ResultReader r = reader.getValue();
        loads.task(() -> r.gateHistory(id).map(h -> new Loaded(h, h.results().stream()
                        .map(d -> {
                            Cancel.checkpoint(); // a Stop ends reading the results between entries
                            return GateEntry.of(d);
                        }).toList())))
                .titled("Reading the gate results").inSlot(SLOT)
                .onSuccess(h -> show(id, h))
                .onFailure(e -> message.set(Loads.failure("the gate results", e)))
                .executeWith(runner);
    }

    private record Loaded(GateHistory history, List<GateEntry> entries) {
    }

    private void show(String id, Optional<Loaded> found) {
        if (found.isEmpty()) {
            entries.clear();
            steps.setAll(GateStep.of(List.of()));
            select(null);
            strategyName.set("");
            count.set("");
            message.set("There is no strategy with id " + id + " (it may have been deleted).");
            return;
        }
        GateHistory h = found.get().history();
        strategyName.set(h.strategyName() == null ? "strategy " + id + " (not found)" : h.strategyName());
        entries.setAll(found.get().entries());
        steps.setAll(GateStep.of(h.results().stream().map(GatesViewModel::row).toList()));
        count.set(h.results().size() == 1 ? "1 gate result" : h.results().size() + " gate results");
        message.set(h.results().isEmpty() ? "This strategy has no gate results yet." : "");
        GateEntry pick = entries.stream().filter(e -> e.id().equals(wantedSelection)).findFirst()
                .orElse(entries.isEmpty() ? null : entries.get(entries.size() - 1));
        if (wantedSelection != null && (pick == null || !pick.id().equals(wantedSelection))) {
            message.set("The gate result " + wantedSelection + " is not among this strategy's results; the newest"
                    + " is shown.");
        }
        select(pick);
    }

    private static GateRow row(GateDetail d) {
        return new GateRow(d.id(), d.gateType() == null ? null : d.gateType().strip(), d.passed(),
                d.productionReady(), d.recommendation(), d.timestamp());
    }

    /** Shows this entry's details (null: none). */
    public void select(GateEntry entry) {
        selected.set(entry);
        if (entry == null) {
            rest.set(null);
            raw.set("");
            return;
        }
        wantedSelection = entry.id();
        GateReading r = entry.reading();
        rest.set(r.rest() == null ? null : ParamNode.parse(r.rest()));
        String json = entry.detail().resultsJson();
        String text = json == null ? "(" + entry.detail().resultsChars() + " characters, too many to show)"
                : json.length() > SHOWN_CHARS ? json.substring(0, SHOWN_CHARS) + "\n… (showing the first "
                + SHOWN_CHARS + " of " + json.length() + " characters)" : ParamNode.pretty(json);
        raw.set(text);
    }

    public void setOnOpenStrategy(Consumer<String> open) {
        this.onOpenStrategy = open == null ? id -> { } : open;
    }

    public void openStrategy() {
        if (wanted != null) {
            onOpenStrategy.accept(wanted);
        }
    }

    // --- state ------------------------------------------------------------------------------------------

    /** The timeline, oldest first. */
    public ObservableList<GateEntry> entries() {
        return entriesView;
    }

    public ObservableList<GateStep> steps() {
        return stepsView;
    }

    public ReadOnlyObjectProperty<GateEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the selected result holds beyond its type's keys (all of it for unknown types), or null. */
    public ReadOnlyObjectProperty<ParamNode> restProperty() {
        return rest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strategyNameProperty() {
        return strategyName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The selected result's JSON, indented (cut at 200,000 characters). */
    public ReadOnlyStringProperty rawProperty() {
        return raw.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    public BooleanProperty showRawProperty() {
        return showRaw;
    }
}
