package io.aurelius.admin.ui.validation;

import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.query.ValidationDetail;
import io.aurelius.admin.results.WalkForwardWindows;
import io.aurelius.admin.results.WindowTable;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.strategy.ParamNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The walk-forward validation screen: the summary against the 75 pass line, the windows table (every stored
 * key), train vs test Sharpe per window, the raw JSON on demand, CSV and PNG export. Pending and running
 * validations are read again while shown ({@link #poll()}). The screen's Stop ends a read under way; what is shown
 * stays, and polling waits for the next Refresh.
 */
public final class ValidationViewModel {

    static final int SHOWN_CHARS = 200_000;
    private static final String SLOT = "validation:open";

    private final ObservableValue<ResultReader> reader;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<ValidationDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<WindowTable> table = new ReadOnlyObjectWrapper<>(
            WalkForwardWindows.parse(null));
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<WindowTable.SharpePair> sharpes = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    // read-only views kept once: an unmodifiable list forwards changes through a weak listener
    private final ObservableList<Tile> tilesView = FXCollections.unmodifiableObservableList(tiles);
    private final ObservableList<WindowTable.SharpePair> sharpesView =
            FXCollections.unmodifiableObservableList(sharpes);
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper strategyName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper times = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tableNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper raw = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> messageTone = new ReadOnlyObjectWrapper<>(Tone.ERROR);
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Double> stability = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(false);
    private final Loads loads = new Loads();
    private final BooleanProperty showRaw = new SimpleBooleanProperty(false);
    private Consumer<String> onOpenStrategy = id -> { };
    private String wanted;
    private boolean stopped;

    public ValidationViewModel(ObservableValue<ResultReader> reader, TaskRunner runner) {
        this.reader = reader;
        this.runner = runner;
        reader.addListener((obs, old, now) -> {
            if (now != null && wanted != null) {
                load(wanted);
            }
        });
    }

    /** Shows the validation with this id (now, or once connected). */
    public void open(String id) {
        boolean other = !id.equals(wanted);
        wanted = id;
        if (other) {
            clear();
        }
        if (reader.getValue() != null) {
            load(id);
        }
    }

    /** Reads the validation shown again (F5, Refresh). */
    public void refresh() {
        if (wanted != null && reader.getValue() != null) {
            load(wanted);
        }
    }

    /** The timer's read while the validation is pending or running: none while one runs or after a Stop. */
    public void poll() {
        if (!stopped && !loads.isLoading()) {
            refresh();
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
        stopped = false;
        loads.task(() -> r.validation(id)).titled("Reading the validation").inSlot(SLOT)
                .onSuccess(v -> show(id, v))
                .onFailure(e -> {
                    stopped = Loads.stopped(e);
                    messageTone.set(stopped ? Tone.WARN : Tone.ERROR); // a stop the user asked for is no error
                    message.set(Loads.failure("the validation", e));
                })
                .executeWith(runner);
    }

    private void clear() {
        detail.set(null);
        table.set(WalkForwardWindows.parse(null));
        for (ReadOnlyStringWrapper s : List.of(title, strategyName, facts, times, status, error, notice, tableNote,
                chartNote, raw, message, exported)) {
            s.set("");
        }
        tiles.clear();
        sharpes.clear();
        notes.clear();
        stability.set(null);
        live.set(false);
    }

    private void show(String id, Optional<ValidationDetail> found) {
        if (found.isEmpty()) {
            clear();
            title.set("Walk-forward validation");
            message.set("There is no validation with id " + id + " (it may have been deleted).");
            return;
        }
        ValidationDetail d = found.get();
        WindowTable t = d.windowsJson() == null && d.windowsChars() > 0
                ? new WindowTable(List.of(), List.of(), "The windows are " + Formats.count(d.windowsChars())
                + " characters of JSON, too many to show here.", null)
                : WalkForwardWindows.parse(d.windowsJson());
        detail.set(d);
        table.set(t);
        title.set("Walk-forward validation");
        strategyName.set(d.strategyName() == null ? "strategy " + d.strategyId() + " (not found)" : d.strategyName());
        facts.set(ValidationWords.facts(d));
        times.set(ValidationWords.times(d));
        status.set(d.status() == null ? "" : d.status());
        error.set(d.errorMessage() == null ? "" : d.errorMessage());
        notice.set(ValidationWords.notice(d.status()));
        live.set(ValidationWords.live(d.status()));
        tiles.setAll(ValidationWords.tiles(d, t));
        stability.set(d.stabilityScore());
        sharpes.setAll(t.sharpes());
        notes.setAll(ValidationWords.checks(d, t));
        tableNote.set(tableNote(d, t));
        chartNote.set(t.rows().isEmpty() ? "" : ValidationWords.chartNote(t.sharpes()));
        raw.set(rawText(d));
        message.set("");
    }

    private static String tableNote(ValidationDetail d, WindowTable t) {
        if (t.problem() != null && d.windowsJson() == null && d.windowsChars() == 0) {
            return switch (d.status() == null ? "" : d.status()) {
                case "pending", "running" -> "No windows yet: the validation is " + d.status() + ".";
                case "failed" -> "No windows: the validation failed.";
                default -> t.problem();
            };
        }
        return t.problem() != null ? t.problem() : t.note() == null ? "" : t.note();
    }

    private static String rawText(ValidationDetail d) {
        StringBuilder s = new StringBuilder("windows:\n");
        s.append(d.windowsJson() == null && d.windowsChars() > 0
                ? "(" + Formats.count(d.windowsChars()) + " characters, too many to show)" : pretty(d.windowsJson()));
        s.append("\n\nmetrics:\n").append(pretty(d.metricsJson()));
        if (s.length() > SHOWN_CHARS) {
            return s.substring(0, SHOWN_CHARS) + "\n… (showing the first " + Formats.count(SHOWN_CHARS)
                    + " of " + Formats.count(s.length()) + " characters)";
        }
        return s.toString();
    }

    private static String pretty(String json) {
        if (json == null) {
            return "null";
        }
        return json.length() > SHOWN_CHARS ? json : ParamNode.pretty(json);
    }

    // --- actions ----------------------------------------------------------------------------------------

    public void setOnOpenStrategy(Consumer<String> open) {
        this.onOpenStrategy = open == null ? id -> { } : open;
    }

    public void openStrategy() {
        ValidationDetail d = detail.get();
        if (d != null) {
            onOpenStrategy.accept(d.strategyId());
        }
    }

    /** Asks where to save, then writes the windows table as CSV (stored keys as the header, stored values). */
    public void exportCsv(ExportJob job) {
        WindowTable t = table.get();
        if (t.rows().isEmpty()) {
            exported.set("There are no windows to export.");
            return;
        }
        exported.set("");
        job.start("the windows", fileName("windows", "csv"), (file, cancel, progress) ->
                Formats.count(io.aurelius.admin.export.ResultCsv.writeWindows(t, file)) + " windows");
    }

    /** The validation shown (or being read), or null. */
    public String validationId() {
        return wanted;
    }

    /** A file name for exports, e.g. "validation-cccccccc-windows.csv". */
    public String fileName(String what, String extension) {
        String id = wanted == null ? "validation" : wanted.replaceAll("[^A-Za-z0-9_-]", "_");
        return "validation-" + (id.length() > 8 ? id.substring(0, 8) : id) + "-" + what + "." + extension;
    }

    // --- state ------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ValidationDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WindowTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tilesView;
    }

    public ObservableList<WindowTable.SharpePair> sharpes() {
        return sharpesView;
    }

    public ObservableList<String> notes() {
        return notesView;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strategyNameProperty() {
        return strategyName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timesProperty() {
        return times.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The validation's error_message ("" when none). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What a pending or running validation means for the screen ("" otherwise). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tableNoteProperty() {
        return tableNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawProperty() {
        return raw.getReadOnlyProperty();
    }

    /** A problem reading the validation ("" when none). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** WARN for a stop the user asked for, ERROR for a failure. */
    public ReadOnlyObjectProperty<Tone> messageToneProperty() {
        return messageTone.getReadOnlyProperty();
    }

    /** The outcome of the last export. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    /** The stability score, null when none is stored. */
    public ReadOnlyObjectProperty<Double> stabilityProperty() {
        return stability.getReadOnlyProperty();
    }

    /** True while the validation is pending or running (the view refreshes it). */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loads.loadingProperty();
    }

    public BooleanProperty showRawProperty() {
        return showRaw;
    }
}
