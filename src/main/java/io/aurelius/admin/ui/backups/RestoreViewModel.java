package io.aurelius.admin.ui.backups;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.BackupJob;
import io.aurelius.admin.backup.DumpContents;
import io.aurelius.admin.backup.RestoreJob;
import io.aurelius.admin.backup.RestoreRequest;
import io.aurelius.admin.backup.RestoreService;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.OthersQuestion;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.TypedConfirmation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups screen's restore side: a backup (from the list or a file) is read first, so the user sees
 * what it holds and whether it can be restored; then it goes into the connected database or a new one.
 * A database holding AURELIUS rows is replaced only after its name is typed, with a backup of it offered
 * (and ticked) first; one other clients are connected to is restored only after the user chose to end their
 * sessions. The restore itself is all or nothing (see RestoreJob).
 */
public final class RestoreViewModel {

    private final ConnectionState connection;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final JobRun job;
    private final Supplier<Path> backupFolder;
    private final Runnable backupsChanged;
    private final ReadOnlyObjectWrapper<Path> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DumpContents> contents = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    /** One wrapper for every caller: a wrapper made per call holds its listeners only weakly. */
    private final ObservableList<String> tablesView = FXCollections.unmodifiableObservableList(tables);
    private final ObservableList<String> picked = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canPick = new ReadOnlyBooleanWrapper(false);
    private Map<String, Long> rows = Map.of();
    private final BooleanProperty intoNew = new SimpleBooleanProperty(false);
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);

    /**
     * @param backupFolder   where the copy offered before replacing data goes
     * @param backupsChanged runs after such a copy was made (the list of backups shows it)
     */
    public RestoreViewModel(ConnectionState connection, TaskRunner runner, DialogService dialogs, JobRun job,
                            Supplier<Path> backupFolder, Runnable backupsChanged) {
        this.backupsChanged = backupsChanged;
        this.connection = connection;
        this.runner = runner;
        this.dialogs = dialogs;
        this.job = job;
        this.backupFolder = backupFolder;
    }

    /** Asks for a backup file (or a directory-format folder's toc.dat) and reads it. */
    public void chooseFile() {
        dialogs.chooseFile("Restore from a backup file").ifPresent(this::open);
    }

    /** Reads what the backup holds (touches no database); the screen shows it before anything restores. */
    public void open(Path backup) {
        Services services = connection.services();
        if (services == null) {
            say(Tone.ERROR, "Not connected: connect to the server to restore into first (Connections).");
            return;
        }
        Path chosen = backup.getFileName() != null && backup.getFileName().toString().equals("toc.dat")
                ? backup.getParent() : backup;
        source.set(chosen);
        contents.set(null);
        tables.clear();
        picked.clear();
        canPick.set(false);
        say(Tone.NEUTRAL, "Reading " + chosen.getFileName() + "…");
        BackgroundTask.wrap(() -> services.restores().inspect(chosen))
                .titled("Reading the backup")
                .inSlot("restore:inspect")
                .onSuccess(this::show)
                .onFailure(error -> say(Tone.ERROR, Messages.sentence(error)))
                .executeWith(runner);
    }

    private void show(DumpContents c) {
        contents.set(c);
        rows = c.rows();
        tables.setAll(c.tables());
        picked.setAll(c.tables());
        canPick.set(c.format().archive());
        if (!c.restorable()) {
            say(Tone.ERROR, c.refusal());
        } else {
            say(Tone.NEUTRAL, "A " + c.format().word() + " backup with " + c.tables().size()
                    + (c.tables().size() == 1 ? " table" : " tables") + (c.notes().isEmpty() ? "."
                    : ". " + String.join(" ", c.notes())));
        }
    }

    /** Restores the backup read last, asking first when the target holds AURELIUS rows. */
    public void restore() {
        Services services = connection.services();
        DumpContents c = contents.get();
        if (services == null || c == null || !c.restorable() || job.runningProperty().get()) {
            return;
        }
        if (picked.isEmpty() && !tables.isEmpty()) {
            say(Tone.ERROR, "No table is ticked: tick the tables to restore.");
            return;
        }
        RestoreRequest request;
        try {
            request = new RestoreRequest(c.source(), intoNew.get() ? newName.get().strip() : null, intoNew.get(),
                    false).withTables(picked.size() == tables.size() ? List.of() : List.copyOf(picked));
        } catch (RuntimeException e) {
            say(Tone.ERROR, Messages.sentence(e));
            return;
        }
        BackgroundTask.wrap(() -> services.restores().target(request))
                .titled("Looking at the restore target")
                .inSlot("restore:target")
                .onSuccess(target -> confirmThenRun(services, request, c, target))
                .onFailure(error -> say(Tone.ERROR, Messages.sentence(error)))
                .executeWith(runner);
    }

    private void confirmThenRun(Services services, RestoreRequest asked, DumpContents c,
                                RestoreService.Target target) {
        RestoreRequest request = asked;
        if (!target.others().isEmpty()) {
            if (!OthersQuestion.endThem(dialogs, target.others(), target.database(), "restore")) {
                say(Tone.NEUTRAL, "Cancelled; nothing was restored.");
                return;
            }
            request = asked.withEndSessions(true);
        }
        if (!target.holdsAureliusData()) {
            run(services, request, c, null, false);
            return;
        }
        List<String> items = new ArrayList<>();
        for (Map.Entry<String, Long> t : target.aureliusRows().entrySet()) {
            items.add(t.getKey() + " — " + Formats.count(t.getValue()) + (t.getValue() == 1 ? " row" : " rows"));
        }
        TypedConfirmation question = new TypedConfirmation("Restore over " + target.database(),
                "Replace the AURELIUS data in " + target.database() + " with " + c.source().getFileName() + "?",
                items, "If anything fails, the database stays exactly as it is now.", target.database(),
                "Restore").offeringBackup("Back up " + target.database() + " to " + backupFolder.get()
                + " first");
        RestoreRequest confirmed = request;
        dialogs.askTyped(question).ifPresentOrElse(
                answer -> run(services, confirmed, c, Confirmation.typed(answer.typed(), target.database()),
                        answer.backUpFirst()),
                () -> say(Tone.NEUTRAL, "Cancelled; nothing was restored."));
    }

    private record Restored(RestoreJob.Result result, Path safetyCopy, SchemaReport schema) {
    }

    private void run(Services services, RestoreRequest request, DumpContents c, Confirmation confirmation,
                     boolean backUpFirst) {
        AtomicReference<Runnable> cancel = new AtomicReference<>(() -> { });
        AtomicBoolean stop = new AtomicBoolean();
        Path folder = backupFolder.get();
        say(Tone.NEUTRAL, "");
        job.start("Restoring " + c.source().getFileName(), listener -> {
            RestoreJob r = services.restores().prepare(request, c, confirmation); // refuses before any copy
            Path copy = null;
            if (backUpFirst) {
                BackupJob b = services.backups().prepareSafetyCopy(folder);
                cancel.set(b::cancel);
                copy = b.listener(listener).run().path();
            }
            cancel.set(r::cancel);
            if (stop.get()) {
                r.cancel();
            }
            RestoreJob.Result result = r.listener(listener).run();
            return new Restored(result, copy, services.schema().inspect());
        }, () -> {
            stop.set(true);
            cancel.get().run();
        }, done -> {
            connection.dataChanged();
            if (done.safetyCopy() != null) {
                backupsChanged.run();
            }
            if (!done.result().database().equals(services.database().settings().database())) {
                say(Tone.OK, "Restored into the new database " + Echo.of(done.result().database()) + ".");
            } else {
                connection.publishSchema(done.schema());
                say(Tone.OK, "Restored " + done.result().tables().size() + " tables into "
                        + done.result().database() + (done.safetyCopy() == null ? "."
                        : "; the data it replaced is in " + done.safetyCopy().getFileName() + "."));
            }
        }, error -> {
            say(Tone.ERROR, Messages.sentence(error));
            backupsChanged.run();
        });
    }

    private void say(Tone t, String sentence) {
        tone.set(t);
        message.set(sentence);
    }

    public ReadOnlyObjectProperty<Path> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DumpContents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    /** The tables the backup read last holds, as it names them ("public.strategies"). */
    public ObservableList<String> tables() {
        return tablesView;
    }

    /** "public.strategies — 246 rows" (rows when the backup says). */
    public String describe(String table) {
        Long n = rows.get(table);
        return n == null ? table : table + " — " + Formats.count(n) + (n == 1 ? " row" : " rows");
    }

    /** The tables ticked for restoring (all of them at first); only archives restore a part. */
    public void pick(List<String> chosen) {
        picked.setAll(chosen);
    }

    /** True when the backup is an archive, whose tables can be restored one by one. */
    public ReadOnlyBooleanProperty canPickProperty() {
        return canPick.getReadOnlyProperty();
    }

    public BooleanProperty intoNewProperty() {
        return intoNew;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
