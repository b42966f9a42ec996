package io.aurelius.admin.ui.validation;

import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.results.WindowTable;
import io.aurelius.admin.ui.common.AxisTicks;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.ShownText;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Controller of validation.fxml: binds the summary, the chart, the windows table and the raw JSON. */
public final class ValidationView {

    private static final Duration REFRESH = Duration.seconds(5);

    private final ValidationViewModel viewModel;
    private final StabilityGauge gauge = new StabilityGauge();
    private final Timeline refresher;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Hyperlink strategyLink;
    @FXML private Label factsLabel;
    @FXML private Label timesLabel;
    @FXML private Button refreshButton;
    @FXML private Label errorLabel;
    @FXML private Label noticeLabel;
    @FXML private Label messageLabel;
    @FXML private HBox tilesBox;
    @FXML private VBox notesBox;
    @FXML private BarChart<String, Number> chart;
    @FXML private CategoryAxis windowAxis;
    @FXML private NumberAxis sharpeAxis;
    @FXML private Label chartEmpty;
    @FXML private Label chartNoteLabel;
    @FXML private Label tableNoteLabel;
    @FXML private Label exportedLabel;
    @FXML private Button csvButton;
    @FXML private Button chartPngButton;
    @FXML private ToggleButton rawToggle;
    @FXML private TableView<WindowTable.Row> windowsTable;
    @FXML private TextArea rawText;
    @FXML private ProgressBar busyBar;
    @FXML private StopButton stopButton;

    private final ExportJob exports;

    public ValidationView(ValidationViewModel viewModel, ExportJob exports) {
        this.exports = exports;
        this.viewModel = viewModel;
        this.refresher = new Timeline(new KeyFrame(REFRESH, e -> viewModel.poll()));
        refresher.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindSummary();
        bindChart();
        bindTable();
        bindRefresh();
        busyBar.visibleProperty().bind(viewModel.loadingProperty());
        stopButton.stops(viewModel.loads());
        busyBar.setMouseTransparent(true);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
    }

    private void bindHeader() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        strategyLink.textProperty().bind(viewModel.strategyNameProperty().map(Formats::name));
        strategyLink.setTooltip(new Tooltip("Open the strategy"));
        strategyLink.disableProperty().bind(viewModel.detailProperty().isNull());
        factsLabel.textProperty().bind(viewModel.factsProperty());
        timesLabel.textProperty().bind(viewModel.timesProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        Tone.follow(statusLabel, viewModel.statusProperty().map(ValidationView::statusTone));
        shownWhenSet(statusLabel, viewModel.statusProperty());
        errorLabel.textProperty().bind(viewModel.errorProperty().map(e -> e.isEmpty() ? ""
                : ShownText.note("Failed: " + e)));
        shownWhenSet(errorLabel, viewModel.errorProperty());
        noticeLabel.textProperty().bind(viewModel.noticeProperty());
        shownWhenSet(noticeLabel, viewModel.noticeProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        Tone.follow(messageLabel, viewModel.messageToneProperty());
        shownWhenSet(messageLabel, viewModel.messageProperty());
    }

    private static Tone statusTone(String status) {
        return switch (status) {
            case "completed" -> Tone.OK;
            case "failed" -> Tone.ERROR;
            case "pending", "running" -> Tone.WARN;
            default -> Tone.NEUTRAL;
        };
    }

    private static void shownWhenSet(Label label, ObservableStringValue text) {
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void bindSummary() {
        viewModel.tiles().addListener((ListChangeListener<Tile>) c -> showTiles());
        viewModel.stabilityProperty().addListener((obs, old, s) -> gauge.setScore(s));
        viewModel.notes().addListener((ListChangeListener<String>) c -> showNotes());
        tilesBox.visibleProperty().bind(viewModel.detailProperty().isNotNull());
        tilesBox.managedProperty().bind(tilesBox.visibleProperty());
        showTiles();
        showNotes();
    }

    private void showTiles() {
        tilesBox.getChildren().clear();
        for (Tile t : viewModel.tiles()) {
            Label name = new Label(t.label());
            name.getStyleClass().add("tile-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(t.value());
            value.getStyleClass().add("tile-value");
            value.setId(t.id());
            t.tone().applyTo(value);
            VBox tile = new VBox(name, value);
            tile.getStyleClass().add("validation-tile");
            Tooltip.install(tile, new Tooltip(t.tooltip()));
            tilesBox.getChildren().add(tile);
        }
        tilesBox.getChildren().add(Math.min(4, tilesBox.getChildren().size()), gauge);
    }

    private void showNotes() {
        notesBox.getChildren().clear();
        for (String n : viewModel.notes()) {
            Label l = new Label(ShownText.note(n));
            l.getStyleClass().add("note");
            l.setWrapText(true);
            notesBox.getChildren().add(l);
        }
        notesBox.setManaged(!viewModel.notes().isEmpty());
    }

    private void bindChart() {
        chart.setLegendVisible(true);
        SharpeChart.fit(chart, windowAxis);
        sharpeAxis.setTickLabelFormatter(AxisTicks.of(sharpeAxis, AxisTicks.Style.PLAIN));
        viewModel.sharpes().addListener((ListChangeListener<WindowTable.SharpePair>) c -> showChart());
        chartEmpty.textProperty().bind(Bindings.createStringBinding(() -> viewModel.sharpes().isEmpty()
                ? "No windows to chart." : "", viewModel.sharpes()));
        chartEmpty.visibleProperty().bind(Bindings.isEmpty(viewModel.sharpes()));
        chart.visibleProperty().bind(Bindings.isNotEmpty(viewModel.sharpes()));
        chartPngButton.disableProperty().bind(Bindings.isEmpty(viewModel.sharpes()));
        chartNoteLabel.textProperty().bind(viewModel.chartNoteProperty());
        shownWhenSet(chartNoteLabel, viewModel.chartNoteProperty());
        showChart();
    }

    private void showChart() {
        SharpeChart.show(chart, windowAxis, viewModel.sharpes());
    }

    private void bindTable() {
        windowsTable.setFixedCellSize(Tables.ROW_HEIGHT);
        windowsTable.setPlaceholder(new Label("No windows."));
        viewModel.tableProperty().addListener((obs, old, t) -> showTable(t));
        showTable(viewModel.tableProperty().get());
        tableNoteLabel.textProperty().bind(viewModel.tableNoteProperty());
        shownWhenSet(tableNoteLabel, viewModel.tableNoteProperty());
        exportedLabel.textProperty().bind(viewModel.exportedProperty());
        csvButton.disableProperty().bind(viewModel.tableProperty().map(t -> t.rows().isEmpty()));
        rawText.textProperty().bind(ShownText.whileShown(viewModel.rawProperty(), viewModel.showRawProperty()));
        rawToggle.selectedProperty().bindBidirectional(viewModel.showRawProperty());
        saveJsonButton();
        rawText.visibleProperty().bind(viewModel.showRawProperty());
        windowsTable.visibleProperty().bind(viewModel.showRawProperty().not());
    }

    private void showTable(WindowTable t) {
        windowsTable.getColumns().clear();
        for (String field : t.fields()) {
            TableColumn<WindowTable.Row, WindowTable.Row> column = new TableColumn<>(WindowCells.header(field));
            Cells.column(column, r -> WindowCells.show(field, r.cell(field)));
            column.setComparator((a, b) -> WindowCells.ORDER.compare(a.cell(field), b.cell(field)));
            column.setPrefWidth(WindowCells.numeric(field) ? Math.max(80, WindowCells.header(field).length() * 7.5 + 24)
                    : 108);
            column.setId("col-" + field);
            if (WindowCells.numeric(field)) {
                column.getStyleClass().add("numeric");
            }
            windowsTable.getColumns().add(column);
        }
        windowsTable.getItems().setAll(t.rows());
        String problem = t.problem();
        windowsTable.setPlaceholder(new Label(problem == null ? "No windows." : problem));
    }

    private void bindRefresh() {
        Runnable decide = () -> {
            if (viewModel.liveProperty().get() && root.getScene() != null) {
                refresher.play();
            } else {
                refresher.stop();
            }
        };
        viewModel.liveProperty().addListener((obs, old, now) -> decide.run());
        root.sceneProperty().addListener((obs, old, now) -> decide.run());
        refreshButton.setTooltip(new Tooltip("Read the validation again (F5)"));
    }

    @FXML
    private void openStrategy() {
        viewModel.openStrategy();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    /** "Save JSON…" beside Raw JSON: the windows as stored, in full, to a file. */
    private void saveJsonButton() {
        Exports.saveJsonAfter(rawToggle, "validationSaveJson", "validations.windows",
                () -> Exports.json(exports, "validations", "windows", viewModel.validationId()));
    }

    @FXML
    private void exportCsv() {
        viewModel.exportCsv(exports);
    }

    @FXML
    private void saveChart() {
        Exports.png(exports, "the Sharpe chart", viewModel.fileName("sharpe", "png"), chart);
    }
}
