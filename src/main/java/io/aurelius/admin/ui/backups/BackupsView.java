package io.aurelius.admin.ui.backups;

import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupService;
import io.aurelius.admin.backup.Manifest;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import java.util.List;
import org.controlsfx.control.CheckListView;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Controller of backups.fxml: wires the backup form, the restore pane, the job and the folder's list. */
public final class BackupsView {

    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final BackupsViewModel backups;
    private final RestoreViewModel restore;
    private final ObservableBooleanValue writable;
    private final ObservableValue<String> databaseName;

    @FXML private VBox root;
    @FXML private Label folderLabel;
    @FXML private ComboBox<BackupFormat> formatBox;
    @FXML private Label jobsLabel;
    @FXML private Spinner<Integer> jobsSpinner;
    @FXML private RadioButton aureliusRadio;
    @FXML private ComboBox<BackupsViewModel.Content> contentBox;
    @FXML private CheckBox noOwnerBox;
    @FXML private CheckBox noPrivilegesBox;
    @FXML private Button backupButton;
    @FXML private Label backupMessage;
    @FXML private Label sourceLabel;
    @FXML private CheckListView<String> holdsList;
    @FXML private RadioButton currentRadio;
    @FXML private RadioButton newRadio;
    @FXML private TextField newNameField;
    @FXML private Button restoreButton;
    @FXML private Label restoreMessage;
    @FXML private Label progressLabel;
    @FXML private Button cancelButton;
    @FXML private ListView<String> logList;
    @FXML private TableView<BackupService.Entry> backupsTable;
    @FXML private TableColumn<BackupService.Entry, String> createdColumn;
    @FXML private TableColumn<BackupService.Entry, String> databaseColumn;
    @FXML private TableColumn<BackupService.Entry, String> formatColumn;
    @FXML private TableColumn<BackupService.Entry, String> sizeColumn;
    @FXML private TableColumn<BackupService.Entry, String> tablesColumn;
    @FXML private TableColumn<BackupService.Entry, String> serverColumn;
    @FXML private TableColumn<BackupService.Entry, String> pgDumpColumn;
    @FXML private TableColumn<BackupService.Entry, String> fileColumn;
    @FXML private Button restoreSelectedButton;

    /**
     * @param writable     true while the connection may write (restoring is disabled on read-only profiles)
     * @param databaseName the connected database, for "restore into this database"
     */
    public BackupsView(BackupsViewModel backups, RestoreViewModel restore, ObservableBooleanValue writable,
                       ObservableValue<String> databaseName) {
        this.backups = backups;
        this.restore = restore;
        this.writable = writable;
        this.databaseName = databaseName;
    }

    @FXML
    private void initialize() {
        bindBackupForm();
        bindRestore();
        bindJob();
        bindList();
    }

    private void bindBackupForm() {
        folderLabel.textProperty().bind(backups.folderProperty().map(Path::toString));
        formatBox.setItems(FXCollections.observableArrayList(BackupFormat.values()));
        formatBox.setConverter(words(f -> switch (f) {
            case PLAIN -> "Plain SQL (.sql)";
            case GZIP -> "Gzip SQL (.sql.gz)";
            case CUSTOM -> "Custom archive (.dump)";
            case DIRECTORY -> "Directory (parallel)";
        }));
        formatBox.valueProperty().bindBidirectional(backups.formatProperty());
        jobsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 16, backups.jobsProperty().get()));
        jobsSpinner.valueProperty().addListener((obs, old, n) -> backups.jobsProperty().set(n));
        BooleanBinding directory = backups.formatProperty().isEqualTo(BackupFormat.DIRECTORY);
        jobsSpinner.visibleProperty().bind(directory);
        jobsLabel.visibleProperty().bind(directory);
        aureliusRadio.selectedProperty().bindBidirectional(backups.aureliusOnlyProperty());
        contentBox.setItems(FXCollections.observableArrayList(BackupsViewModel.Content.values()));
        contentBox.valueProperty().bindBidirectional(backups.contentProperty());
        noOwnerBox.selectedProperty().bindBidirectional(backups.noOwnerProperty());
        noPrivilegesBox.selectedProperty().bindBidirectional(backups.noPrivilegesProperty());
        backupButton.disableProperty().bind(backups.job().runningProperty());
        backupMessage.textProperty().bind(backups.messageProperty());
        Tone.follow(backupMessage, backups.toneProperty());
        hideWhenEmpty(backupMessage);
    }

    private void bindRestore() {
        sourceLabel.textProperty().bind(Bindings.createStringBinding(() -> restore.sourceProperty().get() == null
                ? "No backup chosen: read one from the list below, or a file."
                : String.valueOf(restore.sourceProperty().get().getFileName()), restore.sourceProperty()));
        javafx.scene.control.Tooltip sourceTip = new javafx.scene.control.Tooltip();
        sourceTip.textProperty().bind(restore.sourceProperty().map(Path::toString).orElse(""));
        sourceLabel.setTooltip(sourceTip);
        holdsList.setItems(restore.tables());
        holdsList.setPlaceholder(new Label("What the backup holds shows here."));
        holdsList.setCellFactory(list -> new CheckBoxListCell<>(holdsList::getItemBooleanProperty,
                words(restore::describe)));
        restore.tables().addListener((javafx.collections.ListChangeListener<String>) c ->
                holdsList.getCheckModel().checkAll());
        holdsList.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c ->
                restore.pick(List.copyOf(holdsList.getCheckModel().getCheckedItems())));
        holdsList.disableProperty().bind(restore.canPickProperty().not());
        holdsList.setTooltip(new javafx.scene.control.Tooltip("Untick tables to restore only some (custom and"
                + " directory backups); plain SQL restores whole."));
        currentRadio.textProperty().bind(Bindings.concat("This database (", databaseName, ")"));
        newRadio.selectedProperty().bindBidirectional(restore.intoNewProperty());
        newNameField.textProperty().bindBidirectional(restore.newNameProperty());
        newNameField.disableProperty().bind(newRadio.selectedProperty().not());
        restoreButton.disableProperty().bind(restore.contentsProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> restore.contentsProperty().get() != null
                        && !restore.contentsProperty().get().restorable(), restore.contentsProperty()))
                .or(backups.job().runningProperty())
                .or(Bindings.createBooleanBinding(() -> !writable.get(), writable)));
        restoreMessage.textProperty().bind(restore.messageProperty());
        Tone.follow(restoreMessage, restore.toneProperty());
        hideWhenEmpty(restoreMessage);
    }

    private void bindJob() {
        JobRun job = backups.job();
        progressLabel.textProperty().bind(Bindings.createStringBinding(() -> job.progressProperty().get().isEmpty()
                ? "Nothing running." : job.progressProperty().get(), job.progressProperty()));
        cancelButton.disableProperty().bind(job.runningProperty().not());
        logList.setItems(job.log());
        logList.setPlaceholder(new Label("The tool's log shows here while a backup or restore runs."));
        job.log().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!job.log().isEmpty()) {
                logList.scrollTo(job.log().size() - 1);
            }
        });
    }

    private void bindList() {
        Tables.column(createdColumn, e -> made(e.manifest()));
        Tables.column(databaseColumn, e -> e.manifest().database());
        Tables.column(formatColumn, e -> e.manifest().format());
        Tables.column(sizeColumn, e -> Formats.bytes(e.manifest().sizeBytes()));
        Tables.column(tablesColumn, e -> e.manifest().tables().isEmpty() ? "all"
                : Integer.toString(e.manifest().tables().size()));
        Tables.column(serverColumn, e -> e.manifest().serverVersion());
        Tables.column(pgDumpColumn, e -> e.manifest().pgDumpVersion());
        Tables.column(fileColumn, e -> e.backup().getFileName() + (e.present() ? "" : "  (missing)"));
        Tables.show(backupsTable, backups.entries(), "No backups in this folder yet.");
        backupsTable.setRowFactory(t -> {
            TableRow<BackupService.Entry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    restore.open(row.getItem().backup());
                }
            });
            return row;
        });
        backupsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        restoreSelectedButton.disableProperty().bind(backupsTable.getSelectionModel().selectedItemProperty()
                .isNull());
    }

    private static String made(Manifest m) {
        try {
            return MADE.format(Instant.parse(m.createdAt()));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(m.createdAt());
        }
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> StringConverter<T> words(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    @FXML
    private void chooseFolder() {
        backups.chooseFolder();
    }

    @FXML
    private void backUp() {
        backups.backUp();
    }

    @FXML
    private void cancel() {
        backups.cancel();
    }

    @FXML
    private void refreshList() {
        backups.refreshList();
    }

    @FXML
    private void openSelected() {
        BackupService.Entry e = backupsTable.getSelectionModel().getSelectedItem();
        if (e != null) {
            restore.open(e.backup());
        }
    }

    @FXML
    private void restoreFromFile() {
        restore.chooseFile();
    }

    @FXML
    private void restore() {
        restore.restore();
    }
}
