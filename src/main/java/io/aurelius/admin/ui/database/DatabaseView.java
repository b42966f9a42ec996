package io.aurelius.admin.ui.database;

import io.aurelius.admin.db.SchemaStatus.Migration;
import io.aurelius.admin.db.SchemaStatus.TableStats;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import javafx.collections.ListChangeListener;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.StopButton;
import javafx.fxml.FXML;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Controller of database.fxml: binds the controls to the DatabaseViewModel, nothing else. */
public final class DatabaseView {

    private final DatabaseViewModel viewModel;

    @FXML private Button checkButton;
    @FXML private StopButton stopButton;
    @FXML private Button initButton;
    @FXML private Button dropButton;
    @FXML private Button resetButton;
    @FXML private Button demoButton;
    @FXML private Button cancelDemoButton;
    @FXML private Label messageLabel;
    @FXML private GridPane settingsGrid;
    @FXML private Label versionLabel;
    @FXML private Label roundTripLabel;
    @FXML private Label signedInLabel;
    @FXML private Label checkedAtLabel;
    @FXML private Label schemaStateLabel;
    @FXML private Label schemaSummaryLabel;
    @FXML private VBox notesBox;
    @FXML private TableView<TableStats> tablesTable;
    @FXML private TableColumn<TableStats, String> tableNameColumn;
    @FXML private TableColumn<TableStats, String> tableRowsColumn;
    @FXML private TableColumn<TableStats, String> tableSizeColumn;
    @FXML private TableColumn<TableStats, String> tableIndexColumn;
    @FXML private TableView<Migration> migrationsTable;
    @FXML private TableColumn<Migration, String> versionColumn;
    @FXML private TableColumn<Migration, String> descriptionColumn;
    @FXML private TableColumn<Migration, String> stateColumn;
    @FXML private TableColumn<Migration, String> installedColumn;

    public DatabaseView(DatabaseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindActions();
        bindServer();
        bindSchema();
        bindTables();
        viewModel.settings().addListener((ListChangeListener<SettingRow>) c -> showSettings());
        showSettings();
    }

    private void bindActions() {
        stopButton.stops(viewModel.loads());
        Shortcuts.whileShown(checkButton, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        checkButton.disableProperty().bind(viewModel.canCheckProperty().not());
        initButton.disableProperty().bind(viewModel.canInitProperty().not());
        initButton.textProperty().bind(viewModel.schema().initLabelProperty());
        dropButton.disableProperty().bind(viewModel.canDropProperty().not());
        resetButton.disableProperty().bind(viewModel.canResetProperty().not());
        demoButton.disableProperty().bind(viewModel.canInitProperty().not());
        cancelDemoButton.visibleProperty().bind(viewModel.demoRunningProperty());
        cancelDemoButton.managedProperty().bind(viewModel.demoRunningProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        Tone.follow(messageLabel, viewModel.messageToneProperty());
    }

    private void bindServer() {
        versionLabel.textProperty().bind(viewModel.server().versionProperty());
        roundTripLabel.textProperty().bind(viewModel.server().roundTripProperty());
        signedInLabel.textProperty().bind(viewModel.server().signedInProperty());
        checkedAtLabel.textProperty().bind(viewModel.server().checkedAtProperty());
    }

    private void bindSchema() {
        schemaStateLabel.textProperty().bind(viewModel.schema().stateProperty());
        schemaStateLabel.visibleProperty().bind(viewModel.schema().stateProperty().isNotEmpty());
        schemaSummaryLabel.textProperty().bind(viewModel.schema().summaryProperty());
        Tone.follow(schemaStateLabel, viewModel.schema().toneProperty());
        viewModel.schema().notes().addListener((ListChangeListener<String>) c -> showNotes());
        showNotes();
    }

    private void bindTables() {
        Tables.column(tableNameColumn, TableStats::table);
        Tables.column(tableRowsColumn, t -> Formats.rows(t.rows(), t.estimated()));
        Tables.column(tableSizeColumn, t -> Formats.bytes(t.totalBytes()));
        Tables.column(tableIndexColumn, t -> Formats.bytes(t.indexBytes()));
        Tables.show(tablesTable, viewModel.schema().tables(), "No AURELIUS tables yet.");
        Tables.column(versionColumn, Migration::version);
        Tables.column(descriptionColumn, Migration::description);
        Tables.column(stateColumn, Migration::state);
        Tables.column(installedColumn, m -> Formats.timestamp(m.installedOn()));
        Tables.show(migrationsTable, viewModel.schema().migrations(), "No migrations applied yet.");
    }

    private void showSettings() {
        settingsGrid.getChildren().clear();
        int row = 0;
        for (SettingRow setting : viewModel.settings()) {
            Label value = new Label(setting.value());
            value.getStyleClass().add("fact-value");
            Label source = new Label("from " + setting.source());
            source.getStyleClass().add("fact-source");
            settingsGrid.addRow(row++, factName(setting.name()), value, source);
        }
    }

    private void showNotes() {
        notesBox.getChildren().clear();
        for (String note : viewModel.schema().notes()) {
            Label line = new Label(note);
            line.setWrapText(true);
            line.getStyleClass().add("note");
            notesBox.getChildren().add(line);
        }
        notesBox.setVisible(!viewModel.schema().notes().isEmpty());
        notesBox.setManaged(notesBox.isVisible());
    }

    private static Label factName(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("fact-name");
        return label;
    }

    @FXML
    private void check() {
        viewModel.check();
    }

    @FXML
    private void init() {
        viewModel.init();
    }

    @FXML
    private void drop() {
        viewModel.drop();
    }

    @FXML
    private void demo() {
        viewModel.demo();
    }

    @FXML
    private void cancelDemo() {
        viewModel.cancelDemo();
    }

    @FXML
    private void reset() {
        viewModel.reset();
    }
}
