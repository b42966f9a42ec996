package io.aurelius.admin.ui.gates;

import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.results.GateReading;
import io.aurelius.admin.results.GateReading.Criterion;
import io.aurelius.admin.results.GateReading.DevCheck;
import io.aurelius.admin.results.GateReading.NamedFlag;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.ShownText;
import io.aurelius.admin.ui.strategy.GateStep;
import io.aurelius.admin.ui.strategy.ParamNode;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Controller of gates.fxml: the timeline, the progression and the selected result by its type. */
public final class GatesView {

    private final GatesViewModel viewModel;
    private boolean syncing;

    @FXML private BorderPane root;
    @FXML private Hyperlink strategyLink;
    @FXML private Label countLabel;
    @FXML private HBox stepsBox;
    @FXML private Label messageLabel;
    @FXML private ListView<GateEntry> timeline;
    @FXML private Label selectedTitle;
    @FXML private Label selectedBadge;
    @FXML private Label statusLabel;
    @FXML private Label selectedFacts;
    @FXML private Label problemLabel;
    @FXML private VBox notesBox;
    @FXML private ToggleButton rawToggle;
    @FXML private TableView<DevCheck> devTable;
    @FXML private TableColumn<DevCheck, DevCheck> devName;
    @FXML private TableColumn<DevCheck, DevCheck> devPassed;
    @FXML private TableColumn<DevCheck, DevCheck> devDescription;
    @FXML private TableColumn<DevCheck, DevCheck> devMessage;
    @FXML private TableView<Criterion> crvTable;
    @FXML private TableColumn<Criterion, Criterion> crvName;
    @FXML private TableColumn<Criterion, Criterion> crvThreshold;
    @FXML private TableColumn<Criterion, Criterion> crvActual;
    @FXML private TableColumn<Criterion, Criterion> crvRule;
    @FXML private TableColumn<Criterion, Criterion> crvResult;
    @FXML private VBox productBox;
    @FXML private GridPane productFacts;
    @FXML private TableView<NamedFlag> readinessTable;
    @FXML private TableColumn<NamedFlag, NamedFlag> readyName;
    @FXML private TableColumn<NamedFlag, NamedFlag> readyPassed;
    @FXML private TextArea rawText;
    @FXML private VBox restBox;
    @FXML private Label restTitle;
    @FXML private TreeTableView<ParamNode> restTree;
    @FXML private TreeTableColumn<ParamNode, ParamNode> restKey;
    @FXML private TreeTableColumn<ParamNode, ParamNode> restValue;
    @FXML private ProgressBar busyBar;
    @FXML private StopButton stopButton;

    private final ExportJob exports;

    public GatesView(GatesViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param exports saves the selected result's JSON in full; null: no Save button */
    public GatesView(GatesViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindTimeline();
        bindTables();
        bindDetail();
        busyBar.visibleProperty().bind(viewModel.loadingProperty());
        stopButton.stops(viewModel.loads());
        busyBar.setMouseTransparent(true);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
    }

    /** "Save JSON…" beside Raw JSON: the selected result's results column, in full, to a file. */
    private void saveJsonButton() {
        Exports.saveJsonAfter(rawToggle, "gateSaveJson", "gate_results.results", () -> {
            GateEntry selected = viewModel.selectedProperty().get();
            if (selected != null) {
                Exports.json(exports, "gate_results", "results", selected.id());
            }
        }).disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private void bindHeader() {
        strategyLink.textProperty().bind(viewModel.strategyNameProperty().map(Formats::name));
        strategyLink.setTooltip(new Tooltip("Open the strategy"));
        countLabel.textProperty().bind(viewModel.countProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        viewModel.steps().addListener((ListChangeListener<GateStep>) c -> showSteps());
        showSteps();
    }

    private void showSteps() {
        stepsBox.getChildren().clear();
        for (GateStep step : viewModel.steps()) {
            if (!stepsBox.getChildren().isEmpty()) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add("muted");
                stepsBox.getChildren().add(arrow);
            }
            Label chip = new Label(step.label());
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.getStyleClass().addAll("badge", "step-chip");
            chip.setId("gates-step-" + step.gateType());
            chip.setTooltip(new Tooltip(step.detail()));
            step.tone().applyTo(chip);
            stepsBox.getChildren().add(chip);
        }
    }

    private void bindTimeline() {
        timeline.setItems(viewModel.entries());
        timeline.setCellFactory(l -> new TimelineCell());
        timeline.setPlaceholder(new Label("No gate results."));
        timeline.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (!syncing && e != null) {
                viewModel.select(e);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, e) -> syncSelection(e));
        syncSelection(viewModel.selectedProperty().get());
    }

    private void syncSelection(GateEntry e) {
        syncing = true;
        try {
            if (e == null) {
                timeline.getSelectionModel().clearSelection();
            } else if (timeline.getSelectionModel().getSelectedItem() != e) {
                timeline.getSelectionModel().select(e);
                timeline.scrollTo(Math.max(0, timeline.getItems().indexOf(e) - 2));
            }
        } finally {
            syncing = false;
        }
        show(e);
    }

    private void bindTables() {
        Cells.column(devName, c -> Shown.text(c.name()));
        Cells.column(devPassed, c -> GateCells.flag(c.passed()));
        Cells.column(devDescription, c -> Shown.text(c.description()));
        Cells.column(devMessage, c -> Shown.text(c.message()));
        Cells.column(crvName, c -> Shown.text(c.label()));
        Cells.column(crvThreshold, c -> GateCells.figure(c, c.threshold()));
        Cells.column(crvActual, c -> GateCells.figure(c, c.actual()));
        Cells.column(crvRule, c -> Shown.muted(GateCells.rule(c), null));
        Cells.column(crvResult, GateCells::verdict);
        Cells.column(readyName, f -> Shown.text(f.name()));
        Cells.column(readyPassed, f -> GateCells.flag(f.flag()));
        for (TableView<?> t : List.of(devTable, crvTable, readinessTable)) {
            t.setFixedCellSize(Tables.ROW_HEIGHT);
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        devTable.setPlaceholder(new Label("No checks are stored for this result."));
        readinessTable.setPlaceholder(new Label("No readiness checks are stored."));
        Cells.treeColumn(restKey, p -> Shown.name(p.key()));
        Cells.treeColumn(restValue, p -> "object".equals(p.kind()) || "array".equals(p.kind())
                ? Shown.muted(p.value(), null) : Shown.text(p.value()));
        restTree.setFixedCellSize(Tables.ROW_HEIGHT);
        restTree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void bindDetail() {
        rawText.textProperty().bind(ShownText.whileShown(viewModel.rawProperty(), viewModel.showRawProperty()));
        rawToggle.selectedProperty().bindBidirectional(viewModel.showRawProperty());
        rawToggle.disableProperty().bind(viewModel.selectedProperty().isNull());
        if (exports != null) {
            saveJsonButton();
        }
        viewModel.showRawProperty().addListener((obs, old, raw) -> show(viewModel.selectedProperty().get()));
        viewModel.restProperty().addListener((obs, old, p) -> restTree.setRoot(tree(p)));
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        BooleanBinding some = viewModel.selectedProperty().isNotNull();
        for (Node n : List.of(selectedBadge, statusLabel, selectedFacts)) {
            n.visibleProperty().bind(some);
        }
    }

    private void show(GateEntry e) {
        GateReading r = e == null ? null : e.reading();
        boolean raw = viewModel.showRawProperty().get();
        GateReading.Kind kind = r == null || r.problem() != null ? null : r.kind();
        selectedTitle.setText(e == null ? "No result selected" : title(e));
        selectedBadge.setText(e == null ? "" : e.detail().passed() ? "✓ passed" : "✗ failed");
        (e == null ? Tone.NEUTRAL : e.tone()).applyTo(selectedBadge);
        statusLabel.setText(r == null || r.gateStatus() == null ? "" : "gate_status " + Cells.oneLine(r.gateStatus()));
        selectedFacts.setText(e == null ? "" : e.when() + " UTC · id " + e.id());
        problemLabel.setText(r == null || r.problem() == null ? "" : r.problem());
        problemLabel.setVisible(r != null && r.problem() != null);
        showNotes(r == null ? List.of() : r.notes());
        devTable.getItems().setAll(kind == GateReading.Kind.DEV ? r.checks() : List.of());
        crvTable.getItems().setAll(kind == GateReading.Kind.CRV ? r.criteria() : List.of());
        showProduct(kind == GateReading.Kind.PRODUCT ? r.readiness() : null);
        visible(devTable, !raw && kind == GateReading.Kind.DEV);
        visible(crvTable, !raw && kind == GateReading.Kind.CRV);
        visible(productBox, !raw && kind == GateReading.Kind.PRODUCT);
        visible(rawText, raw);
        body().setManaged(raw || (kind != null && kind != GateReading.Kind.OTHER));
        body().setVisible(body().isManaged());
        VBox.setVgrow(body(), raw ? Priority.ALWAYS : Priority.NEVER);
        fit(devTable);
        fit(crvTable);
        fit(readinessTable);
        restTitle.setText(r == null ? "" : kind == GateReading.Kind.OTHER ? "Results (gate type “"
                + Cells.oneLine(e.detail().gateType()) + "” is shown as stored)"
                : kind == null ? "Results as stored" : "Other fields");
        visible(restBox, !raw && r != null && r.rest() != null);
        restTree.setRoot(tree(viewModel.restProperty().get()));
    }

    private Node body() {
        return devTable.getParent();
    }

    private static String title(GateEntry e) {
        String type = e.detail().gateType() == null ? "?" : Cells.oneLine(e.detail().gateType());
        return switch (e.reading().kind()) {
            case DEV -> "Dev gate: " + type;
            case CRV -> "CRV gate: thresholds against actuals";
            case PRODUCT -> "Product gate: production readiness";
            case OTHER -> "Gate “" + type + "”";
        };
    }

    private void showNotes(List<String> notes) {
        notesBox.getChildren().clear();
        for (String n : notes) {
            Label l = new Label(ShownText.note(n));
            l.getStyleClass().add("note");
            l.setWrapText(true);
            notesBox.getChildren().add(l);
        }
        notesBox.setManaged(!notes.isEmpty());
    }

    private void showProduct(GateReading.Readiness p) {
        productFacts.getChildren().clear();
        readinessTable.getItems().setAll(p == null ? List.of() : p.checks());
        if (p == null) {
            return;
        }
        fact(0, "Production ready", GateEntry.word(p.ready()), p.ready().value() == null ? Tone.NEUTRAL
                : p.ready().value() ? Tone.OK : Tone.ERROR, "productReady");
        fact(1, "Recommendation", p.recommendation() == null ? "—" : p.recommendation(), Tone.NEUTRAL,
                "productRecommendation");
        int row = 2;
        if (p.verdict() != null) {
            fact(row++, "Verdict in the results", p.verdict(), Tone.NEUTRAL, "productVerdict");
        }
        if (p.score().status() != io.aurelius.admin.results.Figure.Status.MISSING) {
            fact(row, "Readiness score", p.score().readable() ? Formats.decimal(p.score().value(), 1)
                    : "unreadable (stored as " + p.score().raw() + ")", p.score().readable() ? Tone.NEUTRAL
                    : Tone.WARN, "productScore");
        }
        visible(readinessTable, !p.checks().isEmpty());
    }

    private void fact(int row, String name, String value, Tone tone, String id) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(ShownText.note(value));
        v.setId(id);
        v.setWrapText(true);
        v.getStyleClass().add("fact-value");
        tone.applyTo(v);
        productFacts.addRow(row, n, v);
    }

    /** A table as tall as its rows, so the tree below gets the rest. */
    private static void fit(TableView<?> table) {
        double h = 32 + Tables.ROW_HEIGHT * Math.max(1, table.getItems().size()) + 4;
        table.setMinHeight(h);
        table.setPrefHeight(h);
        table.setMaxHeight(h);
    }

    private static void visible(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
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

    @FXML
    private void openStrategy() {
        viewModel.openStrategy();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
