package io.aurelius.admin.ui.database;

import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.SchemaStatus;
import io.aurelius.admin.ui.common.SchemaWords;
import io.aurelius.admin.ui.common.Tone;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The last schema status read, as the screen shows it: state, summary, notes, migrations and tables. */
public final class SchemaFacts {

    private final ReadOnlyObjectWrapper<SchemaStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyStringWrapper initLabel = new ReadOnlyStringWrapper(InitWords.label(null));
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<String> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<SchemaStatus.Migration> migrations = FXCollections.observableArrayList();
    private final ObservableList<SchemaStatus.Migration> migrationsView =
            FXCollections.unmodifiableObservableList(migrations);
    private final ObservableList<SchemaStatus.TableStats> tables = FXCollections.observableArrayList();
    private final ObservableList<SchemaStatus.TableStats> tablesView = FXCollections.unmodifiableObservableList(tables);

    /** Shows a status read, or nothing (null) when there is no connection. */
    void show(SchemaStatus st) {
        SchemaReport report = st == null ? null : st.report();
        state.set(report == null ? "" : SchemaWords.state(report));
        summary.set(report == null ? "" : sentence(report.summary()));
        tone.set(SchemaWords.tone(report));
        initLabel.set(InitWords.label(report));
        notes.setAll(SchemaWords.notes(report));
        migrations.setAll(st == null ? List.of() : st.migrations());
        tables.setAll(st == null ? List.of() : st.tables());
        status.set(st);
    }

    /** True when there is something for Drop to remove: AURELIUS tables or a migration history. */
    boolean hasSomethingToDrop() {
        SchemaStatus st = status.get();
        return st != null && (!st.tables().isEmpty() || st.report().flywayVersion() != null);
    }

    private static String sentence(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** The status last read, null before the first read. */
    public ReadOnlyObjectProperty<SchemaStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "managed (version 1)", "empty", ... */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One sentence: the state and what init would do. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** What the Init / Adopt button does here: "Create schema", "Adopt tables", ... */
    public ReadOnlyStringProperty initLabelProperty() {
        return initLabel.getReadOnlyProperty();
    }

    /** Drift, missing indexes, other tables. */
    public ObservableList<String> notes() {
        return notesView;
    }

    public ObservableList<SchemaStatus.Migration> migrations() {
        return migrationsView;
    }

    public ObservableList<SchemaStatus.TableStats> tables() {
        return tablesView;
    }
}
