package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.StrategyDetail;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.ShownText;
import io.aurelius.admin.ui.strategies.GateWords;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Controller of strategy.fxml: binds the header, the parameters and the three tabs to the StrategyViewModel. */
public final class StrategyView {

    private final StrategyViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label nameLabel;
    @FXML private Label typeLabel;
    @FXML private Label statusLabel;
    @FXML private Label confidenceLabel;
    @FXML private Label datesLabel;
    @FXML private HBox headerSteps;
    @FXML private Button copyIdButton;
    @FXML private Label descriptionLabel;
    @FXML private Label messageLabel;
    @FXML private ToggleButton rawToggle;
    @FXML private TreeTableView<ParamNode> parametersTree;
    @FXML private TreeTableColumn<ParamNode, ParamNode> paramKeyColumn;
    @FXML private TreeTableColumn<ParamNode, ParamNode> paramValueColumn;
    @FXML private TextArea rawParameters;
    @FXML private TabPane tabs;
    @FXML private Tab backtestsTab;
    @FXML private Tab validationsTab;
    @FXML private Tab gatesTab;
    @FXML private TableView<BacktestRow> backtestsTable;
    @FXML private Button compareButton;
    @FXML private TableColumn<BacktestRow, BacktestRow> btPeriod;
    @FXML private TableColumn<BacktestRow, BacktestRow> btCapital;
    @FXML private TableColumn<BacktestRow, BacktestRow> btInstruments;
    @FXML private TableColumn<BacktestRow, BacktestRow> btStatus;
    @FXML private TableColumn<BacktestRow, BacktestRow> btSharpe;
    @FXML private TableColumn<BacktestRow, BacktestRow> btReturn;
    @FXML private TableColumn<BacktestRow, BacktestRow> btDrawdown;
    @FXML private TableColumn<BacktestRow, BacktestRow> btTrades;
    @FXML private TableColumn<BacktestRow, BacktestRow> btDuration;
    @FXML private TableColumn<BacktestRow, BacktestRow> btCreated;
    @FXML private TableColumn<BacktestRow, BacktestRow> btError;
    @FXML private TableView<ValidationRow> validationsTable;
    @FXML private TableColumn<ValidationRow, ValidationRow> vPeriod;
    @FXML private TableColumn<ValidationRow, ValidationRow> vWindows;
    @FXML private TableColumn<ValidationRow, ValidationRow> vTrain;
    @FXML private TableColumn<ValidationRow, ValidationRow> vTest;
    @FXML private TableColumn<ValidationRow, ValidationRow> vDegradation;
    @FXML private TableColumn<ValidationRow, ValidationRow> vStability;
    @FXML private TableColumn<ValidationRow, ValidationRow> vPassed;
    @FXML private TableColumn<ValidationRow, ValidationRow> vStatus;
    @FXML private TableColumn<ValidationRow, ValidationRow> vCreated;
    @FXML private TableColumn<ValidationRow, ValidationRow> vError;
    @FXML private HBox tabSteps;
    @FXML private TableView<GateRow> gatesTable;
    @FXML private TableColumn<GateRow, GateRow> gType;
    @FXML private TableColumn<GateRow, GateRow> gPassed;
    @FXML private TableColumn<GateRow, GateRow> gReady;
    @FXML private TableColumn<GateRow, GateRow> gRecommendation;
    @FXML private TableColumn<GateRow, GateRow> gTime;
    @FXML private ProgressBar busyBar;
    @FXML private StopButton stopButton;

    private final StrategyExports exports;

    public StrategyView(StrategyViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param exports runs the screen's exports (tables to CSV, JSON to files); null: none offered */
    public StrategyView(StrategyViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports == null ? null : new StrategyExports(viewModel, exports);
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindParameters();
        bindBacktests();
        bindValidations();
        bindGates();
        bindKeys();
        viewModel.setOnDetail(detail -> RowDialog.show(detail, root, exports == null ? null
                : column -> exports.saveJson(detail, column)));
        if (exports != null) {
            exports.install(copyIdButton, rawToggle);
        }
        busyBar.visibleProperty().bind(viewModel.loadingProperty());
        stopButton.stops(viewModel.loads());
        busyBar.setMouseTransparent(true);
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
    }

    private void bindHeader() {
        viewModel.detailProperty().addListener((obs, old, d) -> showHeader(d));
        showHeader(viewModel.detailProperty().get());
        viewModel.steps().addListener((ListChangeListener<GateStep>) c -> showSteps());
        showSteps();
        copyIdButton.setTooltip(new Tooltip("Copy the strategy's id (Ctrl+Shift+C)"));
    }

    private void showHeader(StrategyDetail d) {
        boolean shown = d != null;
        nameLabel.setText(shown ? Formats.name(d.name()) : viewModel.loadingProperty().get() ? "Reading…" : "");
        nameLabel.setTooltip(shown ? new Tooltip(d.name()) : null);
        typeLabel.setText(shown ? Cells.oneLine(d.type()) : "");
        statusLabel.setText(shown ? Cells.oneLine(d.status()) : "");
        Tone status = shown && "active".equals(d.status()) ? Tone.OK : Tone.NEUTRAL;
        status.applyTo(statusLabel);
        confidenceLabel.setText(shown ? "confidence " + Formats.fixed(d.confidence(), 2) : "");
        datesLabel.setText(shown ? "created " + Formats.timestamp(d.createdAt()) + " · updated "
                + Formats.timestamp(d.updatedAt()) + " (UTC)" : "");
        for (Label l : List.of(typeLabel, statusLabel, confidenceLabel, datesLabel)) {
            l.setVisible(shown);
        }
        String description = shown && d.description() != null && !d.description().isBlank() ? d.description() : "";
        descriptionLabel.setText(description.isEmpty() && shown ? "No description." : ShownText.note(description));
        descriptionLabel.getStyleClass().remove("muted");
        if (description.isEmpty()) {
            descriptionLabel.getStyleClass().add("muted");
        }
        copyIdButton.setDisable(!shown);
    }

    private void showSteps() {
        for (HBox box : List.of(headerSteps, tabSteps)) {
            box.getChildren().clear();
            for (int i = 0; i < viewModel.steps().size(); i++) {
                GateStep step = viewModel.steps().get(i);
                if (i > 0) {
                    Label arrow = new Label("→");
                    arrow.getStyleClass().add("muted");
                    box.getChildren().add(arrow);
                }
                Label chip = new Label(step.label());
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chip.getStyleClass().addAll("badge", "step-chip");
                chip.setId("step-" + step.gateType() + (box == tabSteps ? "-tab" : ""));
                chip.setTooltip(new Tooltip(step.detail()));
                step.tone().applyTo(chip);
                box.getChildren().add(chip);
            }
        }
    }

    private void bindParameters() {
        Cells.treeColumn(paramKeyColumn, p -> Shown.name(p.key()));
        Cells.treeColumn(paramValueColumn, p -> "unreadable".equals(p.kind())
                ? new Shown("unreadable", "Stored as: " + p.value(), Tone.WARN, Shown.Kind.TEXT)
                : "object".equals(p.kind()) || "array".equals(p.kind()) ? Shown.muted(p.value(), null)
                : Shown.text(p.value()));
        parametersTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        parametersTree.setFixedCellSize(Tables.ROW_HEIGHT);
        viewModel.parametersProperty().addListener((obs, old, p) -> parametersTree.setRoot(tree(p)));
        parametersTree.setRoot(tree(viewModel.parametersProperty().get()));
        rawParameters.textProperty().bind(ShownText.whileShown(viewModel.rawParametersProperty(),
                viewModel.showRawProperty()));
        rawToggle.selectedProperty().bindBidirectional(viewModel.showRawProperty());
        rawParameters.visibleProperty().bind(viewModel.showRawProperty());
        parametersTree.visibleProperty().bind(viewModel.showRawProperty().not());
    }

    private static TreeItem<ParamNode> tree(ParamNode node) {
        if (node == null) {
            return null;
        }
        TreeItem<ParamNode> item = new TreeItem<>(node);
        for (ParamNode child : node.children()) {
            item.getChildren().add(tree(child));
        }
        item.setExpanded(true);
        return item;
    }

    private void bindBacktests() {
        Cells.column(btPeriod, r -> Shown.text(r.startDate() + " – " + r.endDate()));
        Cells.column(btCapital, r -> Shown.number(Numbers.capital(r.initialCapital())));
        Cells.column(btInstruments, r -> Shown.text(r.instruments()));
        Cells.column(btStatus, r -> status(r.status(), r.errorMessage()));
        Cells.column(btSharpe, r -> Numbers.reading(r.sharpe(), 2, false));
        Cells.column(btReturn, r -> Numbers.reading(r.totalReturn(), 2, false));
        Cells.column(btDrawdown, r -> Numbers.reading(r.maxDrawdown(), 2, false));
        Cells.column(btTrades, r -> Numbers.reading(r.totalTrades(), 0, false));
        Cells.column(btDuration, r -> Shown.number(Numbers.duration(r.durationSeconds())));
        Cells.column(btCreated, r -> minutes(r.createdAt()));
        Cells.column(btError, r -> Shown.text(r.errorMessage()).withTone(Tone.ERROR));
        table(backtestsTable, viewModel.backtests(), "No backtests for this strategy.", viewModel::openBacktest);
        backtestsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        compareButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !StrategyViewModel.canCompare(
                backtestsTable.getSelectionModel().getSelectedItems().size()),
                backtestsTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void compareSelected() {
        viewModel.compareBacktests(List.copyOf(backtestsTable.getSelectionModel().getSelectedItems()));
    }

    private void bindValidations() {
        Cells.column(vPeriod, r -> Shown.text(r.startDate() + " – " + r.endDate()));
        Cells.column(vWindows, r -> Shown.number(r.numWindows() == null ? Formats.NONE : r.numWindows().toString()));
        Cells.column(vTrain, r -> Shown.fixed(r.avgTrainSharpe(), 2));
        Cells.column(vTest, r -> Shown.fixed(r.avgTestSharpe(), 2));
        Cells.column(vDegradation, r -> Shown.fixed(r.avgDegradation(), 2));
        Cells.column(vStability, r -> Shown.fixed(r.stabilityScore(), 1));
        Cells.column(vPassed, r -> Shown.badge(r.passed() == null ? "" : r.passed() ? "✓ passed" : "✗ failed",
                GateWords.tone(r.passed())));
        Cells.column(vStatus, r -> status(r.status(), r.errorMessage()));
        Cells.column(vCreated, r -> minutes(r.createdAt()));
        Cells.column(vError, r -> Shown.text(r.errorMessage()).withTone(Tone.ERROR));
        table(validationsTable, viewModel.validations(), "No walk-forward validations for this strategy.",
                viewModel::openValidation);
    }

    private void bindGates() {
        Cells.column(gType, r -> Shown.text(r.gateType()));
        Cells.column(gPassed, r -> Shown.badge(r.passed() ? "✓ passed" : "✗ failed", GateWords.tone(r.passed())));
        Cells.column(gReady, r -> Shown.text(Numbers.yesNo(r.productionReady())));
        Cells.column(gRecommendation, r -> Shown.text(r.recommendation()));
        Cells.column(gTime, r -> minutes(r.timestamp()));
        table(gatesTable, viewModel.gates(), "No gate results for this strategy.", viewModel::openGate);
    }

    /** Tables show minutes; the full time is in the tooltip. */
    private static Shown minutes(java.time.LocalDateTime t) {
        String full = Formats.timestamp(t);
        return Shown.text(full.length() > 16 ? full.substring(0, 16) : full).withTooltip(full);
    }

    private static Shown status(String status, String error) {
        Shown s = Shown.text(status);
        Tone t = Numbers.statusTone(status);
        s = t == null ? s : s.withTone(t);
        return error == null ? s : s.withTooltip(error);
    }

    private static <S> void table(TableView<S> table, javafx.collections.ObservableList<S> items, String empty,
                                  Consumer<S> open) {
        table.setItems(items);
        table.setPlaceholder(new Label(empty));
        table.setFixedCellSize(Tables.ROW_HEIGHT);
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void bindKeys() {
        List<Tab> order = List.of(backtestsTab, validationsTab, gatesTab);
        for (int i = 0; i < order.size(); i++) {
            Tab tab = order.get(i);
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(i + 1));
            Shortcuts.whileShown(root, new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> {
                tabs.getSelectionModel().select(tab);
                focusTable();
            });
        }
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::copyId);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> focusTable());
        root.focusedProperty().addListener((obs, old, focused) -> {
            if (focused) {
                focusTable();
            }
        });
    }

    private void focusTable() {
        TableView<?> table = (TableView<?>) tabs.getSelectionModel().getSelectedItem().getContent()
                .lookup(".table-view");
        if (table != null) {
            table.requestFocus();
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        }
    }

    @FXML
    private void copyId() {
        StrategyDetail d = viewModel.detailProperty().get();
        if (d != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(d.id());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
