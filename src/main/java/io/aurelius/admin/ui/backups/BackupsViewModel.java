package io.aurelius.admin.ui.backups;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupJob;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.backup.BackupService;
import io.aurelius.admin.localserver.DataFolders;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups screen's backup side: what to dump (format, whole database or the AURELIUS tables, schema
 * and/or data, owner and privilege statements), a folder, "Back up now" with its live log, progress and
 * cancel, and the backups the folder holds (by their manifests). Restoring is {@link RestoreViewModel}.
 */
public final class BackupsViewModel {

    /** What a backup holds besides its tables. */
    public enum Content {
        EVERYTHING("Schema and data"), SCHEMA_ONLY("Schema only"), DATA_ONLY("Data only");

        private final String words;

        Content(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final ConnectionState connection;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final JobRun job;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(DataFolders.backups());
    private final ObjectProperty<BackupFormat> format = new SimpleObjectProperty<>(BackupFormat.CUSTOM);
    private final BooleanProperty aureliusOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Content> content = new SimpleObjectProperty<>(Content.EVERYTHING);
    private final BooleanProperty noOwner = new SimpleBooleanProperty(false);
    private final BooleanProperty noPrivileges = new SimpleBooleanProperty(false);
    private final IntegerProperty jobs = new SimpleIntegerProperty(2);
    private final ObservableList<BackupService.Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);

    public BackupsViewModel(ConnectionState connection, TaskRunner runner, DialogService dialogs, JobRun job) {
        this.connection = connection;
        this.runner = runner;
        this.dialogs = dialogs;
        this.job = job;
        folder.addListener(o -> refreshList());
        refreshList();
    }

    /** The request the form describes, for the folder's next file. */
    BackupRequest request() {
        List<String> tables = aureliusOnly.get() ? BackupRequest.AURELIUS_TABLES : List.of();
        int workers = format.get() == BackupFormat.DIRECTORY ? Math.max(1, jobs.get()) : 1;
        return new BackupRequest(folder.get(), format.get(), workers, null, content.get() == Content.SCHEMA_ONLY,
                content.get() == Content.DATA_ONLY, tables, noOwner.get(), noPrivileges.get(), null);
    }

    /** Dumps the connected database into the folder as the form says; the list shows it when verified. */
    public void backUp() {
        Services services = connection.services();
        if (services == null) {
            say(Tone.ERROR, "Not connected: connect to a database first (Connections).");
            return;
        }
        BackupRequest request;
        try {
            request = request();
        } catch (RuntimeException e) {
            say(Tone.ERROR, Messages.sentence(e));
            return;
        }
        Path into = folder.get();
        AtomicReference<BackupJob> running = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        say(Tone.NEUTRAL, "");
        job.start("Backing up " + services.database().settings().database(), listener -> {
            BackupJob j = services.backups().prepareInFolder(into, null, request);
            running.set(j);
            if (stop.get()) {
                j.cancel();
            }
            return j.listener(listener).run();
        }, () -> {
            stop.set(true);
            BackupJob j = running.get();
            if (j != null) {
                j.cancel();
            }
        }, result -> {
            say(Tone.OK, "Backed up to " + result.path().getFileName() + " (" + Formats.bytes(
                    result.manifest().sizeBytes()) + ", checked it reads back whole).");
            refreshList();
        }, error -> say(Tone.ERROR, Messages.sentence(error)));
    }

    public void cancel() {
        job.cancel();
    }

    /** Lets the user pick the folder backups go to and are listed from. */
    public void chooseFolder() {
        dialogs.chooseFolder("Backup folder", folder.get()).ifPresent(folder::set);
    }

    /** Reads the folder's manifests again (an absent folder lists nothing yet). */
    public void refreshList() {
        Path dir = folder.get();
        BackgroundTask.wrap(() -> Files.isDirectory(dir) ? BackupService.list(dir)
                        : List.<BackupService.Entry>of())
                .titled("Listing backups")
                .inSlot("backups:list")
                .onSuccess(entries::setAll)
                .onFailure(error -> say(Tone.ERROR, Messages.sentence(error)))
                .executeWith(runner);
    }

    private void say(Tone t, String sentence) {
        tone.set(t);
        message.set(sentence);
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<BackupFormat> formatProperty() {
        return format;
    }

    public BooleanProperty aureliusOnlyProperty() {
        return aureliusOnly;
    }

    public ObjectProperty<Content> contentProperty() {
        return content;
    }

    public BooleanProperty noOwnerProperty() {
        return noOwner;
    }

    public BooleanProperty noPrivilegesProperty() {
        return noPrivileges;
    }

    public IntegerProperty jobsProperty() {
        return jobs;
    }

    public ObservableList<BackupService.Entry> entries() {
        return entries;
    }

    public JobRun job() {
        return job;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
