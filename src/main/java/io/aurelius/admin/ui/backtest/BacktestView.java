package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.query.BacktestReport;
import io.aurelius.admin.results.DrawdownPeriod;
import io.aurelius.admin.results.MetricEntry;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.results.MetricReading;
import io.aurelius.admin.results.MetricsView;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.ShownText;
import io.aurelius.admin.ui.strategy.Numbers;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Controller of backtest.fxml: binds the header, the tiles, the charts and the tabs to the BacktestViewModel. */
public final class BacktestView {

    private final BacktestViewModel viewModel;
    private final ReportCharts charts;
    private final Timeline poll;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label statusLabel;
    @FXML private Hyperlink strategyLink;
    @FXML private FlowPane configPane;
    @FXML private Button resetZoomButton;
    @FXML private StopButton stopButton;
    @FXML private MenuButton rawMenu;
    @FXML private MenuButton exportMenu;
    @FXML private Label bannerLabel;
    @FXML private Label messageLabel;
    @FXML private FlowPane statTiles;
    @FXML private TabPane tabs;
    @FXML private Tab chartsTab;
    @FXML private Tab returnsTab;
    @FXML private Tab tradesTab;
    @FXML private VBox chartsBox;
    @FXML private Label curveNote;
    @FXML private StackPane equityHolder;
    @FXML private StackPane drawdownHolder;
    @FXML private Label chartHint;
    @FXML private GridPane curveFacts;
    @FXML private Label metricsProblem;
    @FXML private TreeTableView<MetricEntry> otherMetrics;
    @FXML private TreeTableColumn<MetricEntry, MetricEntry> metricKey;
    @FXML private TreeTableColumn<MetricEntry, MetricEntry> metricValue;
    @FXML private VBox returnsBox;
    @FXML private StackPane heatmapHolder;
    @FXML private TableView<DrawdownPeriod> drawdownsTable;
    @FXML private TableColumn<DrawdownPeriod, DrawdownPeriod> ddStart;
    @FXML private TableColumn<DrawdownPeriod, DrawdownPeriod> ddTrough;
    @FXML private TableColumn<DrawdownPeriod, DrawdownPeriod> ddRecovery;
    @FXML private TableColumn<DrawdownPeriod, DrawdownPeriod> ddDepth;
    @FXML private TableColumn<DrawdownPeriod, DrawdownPeriod> ddLength;
    @FXML private StackPane rollingHolder;
    @FXML private Label tradesMessage;
    @FXML private TableView<TradeTable.Row> tradesTable;
    @FXML private Button previousPage;
    @FXML private Button nextPage;
    @FXML private Label tradesRange;
    @FXML private ProgressBar busyBar;

    private final ExportJob exports;

    public BacktestView(BacktestViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports;
        this.charts = new ReportCharts(viewModel.curve());
        this.poll = new Timeline(new KeyFrame(Duration.seconds(BacktestViewModel.POLL_SECONDS), e -> viewModel.poll()));
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    @FXML
    private void initialize() {
        equityHolder.getChildren().add(charts.equity().node());
        drawdownHolder.getChildren().add(charts.drawdown().node());
        rollingHolder.getChildren().add(charts.rolling().node());
        charts.bind(curveNote, heatmapHolder, curveFacts);
        // a curve that cannot be drawn says so once, in the equity chart's place
        drawdownHolder.visibleProperty().bind(viewModel.curve().problemProperty().isEmpty());
        drawdownHolder.managedProperty().bind(drawdownHolder.visibleProperty());
        chartHint.visibleProperty().bind(drawdownHolder.visibleProperty());
        chartHint.managedProperty().bind(drawdownHolder.visibleProperty());
        ReportTables.metrics(otherMetrics, metricKey, metricValue);
        ReportTables.drawdowns(drawdownsTable, viewModel.curve(), ddStart, ddTrough, ddRecovery, ddDepth, ddLength);
        ReportTables.trades(tradesTable, viewModel.trades());
        bindHeader();
        bindTrades();
        bindKeys();
        viewModel.setOnRaw(raw -> RawJsonDialog.show(raw, root,
                () -> Exports.json(exports, "backtests", raw.column(), viewModel.backtestId())));
        busyBar.visibleProperty().bind(viewModel.loadingProperty());
        stopButton.stops(viewModel.loads());
        busyBar.setMouseTransparent(true);
        resetZoomButton.disableProperty().bind(viewModel.curve().zoomedProperty().not());
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                poll.stop();
            } else {
                poll.play();
            }
        });
    }

    private void bindHeader() {
        viewModel.reportProperty().addListener((obs, old, r) -> showReport(r));
        viewModel.metricsProperty().addListener((obs, old, m) -> showMetrics(m));
        showReport(viewModel.reportProperty().get());
        showMetrics(viewModel.metricsProperty().get());
        show(bannerLabel, viewModel.bannerProperty(), viewModel.bannerToneProperty());
        show(messageLabel, viewModel.messageProperty(), viewModel.messageToneProperty());
    }

    private static void show(Label label, javafx.beans.value.ObservableStringValue text,
                             javafx.beans.value.ObservableValue<Tone> tone) {
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> ShownText.note(text.get()),
                text));
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        Tone.follow(label, tone);
    }

    private void showReport(BacktestReport r) {
        boolean shown = r != null;
        titleLabel.setText(shown ? "Backtest " + r.startDate() + " – " + r.endDate()
                : viewModel.loadingProperty().get() ? "Reading…" : "Backtest");
        statusLabel.setText(shown ? Cells.oneLine(r.status()) : "");
        statusLabel.setVisible(shown);
        Tone t = shown ? Numbers.statusTone(r.status()) : null;
        (t == null ? Tone.NEUTRAL : t).applyTo(statusLabel);
        strategyLink.setText(shown ? r.strategyName() == null ? "(strategy " + r.strategyId() + " is gone)"
                : Formats.name(r.strategyName()) : "");
        strategyLink.setDisable(!shown || r.strategyName() == null);
        strategyLink.setTooltip(shown ? new Tooltip("Open the strategy " + r.strategyId()) : null);
        configPane.getChildren().clear();
        if (shown) {
            fact("Capital", Numbers.capital(r.initialCapital()));
            fact("Instruments", Cells.oneLine(r.instruments()));
            fact("Created", Formats.timestamp(r.createdAt()));
            fact("Completed", r.completedAt() == null ? Formats.NONE : Formats.timestamp(r.completedAt()));
            fact("Duration", Numbers.duration(r.durationSeconds()));
            fact("Id", r.id());
        }
    }

    private void fact(String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        Label v = new Label(value == null || value.isEmpty() ? Formats.NONE : value);
        v.getStyleClass().add("fact-value");
        v.setId("config-" + name.toLowerCase(java.util.Locale.ROOT));
        configPane.getChildren().add(new javafx.scene.layout.HBox(4, n, v));
    }

    private void showMetrics(MetricsView m) {
        statTiles.getChildren().clear();
        if (m != null) {
            for (MetricReading r : m.key()) {
                statTiles.getChildren().add(tile(r));
            }
        }
        metricsProblem.setText(m == null ? "" : m.problem() != null ? m.problem()
                : m.others().isEmpty() ? "The metrics hold only the key statistics above." : "");
        metricsProblem.setVisible(!metricsProblem.getText().isEmpty());
        metricsProblem.setManaged(metricsProblem.isVisible());
        otherMetrics.setVisible(m != null && !m.others().isEmpty());
        otherMetrics.setManaged(otherMetrics.isVisible());
        otherMetrics.setRoot(ReportTables.tree(m == null ? List.of() : m.others()));
    }

    private static Node tile(MetricReading r) {
        Label name = new Label(r.label());
        name.getStyleClass().add("stat-name");
        boolean notANumber = r.status() == MetricReading.Status.UNREADABLE && Formats.notANumber(r.raw());
        Label value = new Label(notANumber ? Formats.NONE
                : r.status() == MetricReading.Status.UNREADABLE ? "unreadable" : r.display());
        value.setId("stat-" + r.key());
        value.getStyleClass().add("stat-value");
        if (notANumber) {
            value.setTooltip(new Tooltip(Cells.Shown.notANumber(r.raw()).tooltip()));
        } else if (r.status() == MetricReading.Status.UNREADABLE) {
            Tone.WARN.applyTo(value);
            value.setTooltip(new Tooltip(ShownText.note("Stored as: " + r.raw())));
        } else if (r.readable() && (r.key().equals("total_return") || r.key().equals("avg_trade"))) {
            (r.value() < 0 ? Tone.ERROR : Tone.OK).applyTo(value);
        } else if (r.readable() && r.key().equals("max_drawdown") && r.value() < 0) {
            Tone.ERROR.applyTo(value);
        }
        VBox tile = new VBox(name, value);
        tile.getStyleClass().add("stat-tile");
        return tile;
    }

    private void bindTrades() {
        tradesMessage.textProperty().bind(viewModel.trades().messageProperty());
        tradesMessage.visibleProperty().bind(tradesMessage.textProperty().isNotEmpty());
        tradesMessage.managedProperty().bind(tradesMessage.visibleProperty());
        tradesRange.textProperty().bind(viewModel.trades().pageTextProperty());
        previousPage.disableProperty().bind(viewModel.trades().hasPreviousPageProperty().not());
        nextPage.disableProperty().bind(viewModel.trades().hasNextPageProperty().not());
    }

    private void bindKeys() {
        List<Tab> order = List.of(chartsTab, returnsTab, tradesTab);
        for (int i = 0; i < order.size(); i++) {
            Tab tab = order.get(i);
            KeyCode digit = KeyCode.getKeyCode(Integer.toString(i + 1));
            Shortcuts.whileShown(root, new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> tabs.getSelectionModel().select(tab));
        }
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                viewModel.curve()::reset);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::exportCurve);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::exportTrades);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::exportCharts);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        exportMenu.setTooltip(new Tooltip("Curve CSV: Ctrl+Shift+E · Trades CSV: Ctrl+Shift+T · Charts PNG: Ctrl+Shift+P"));
        resetZoomButton.setTooltip(new Tooltip("Show the whole curve (Ctrl+0 or double-click a chart)"));
    }

    @FXML
    private void openStrategy() {
        viewModel.openStrategy();
    }

    @FXML
    private void resetZoom() {
        viewModel.curve().reset();
    }

    @FXML
    private void rawMetrics() {
        viewModel.showRaw("metrics");
    }

    @FXML
    private void rawTrades() {
        viewModel.showRaw("trades");
    }

    @FXML
    private void rawCurve() {
        viewModel.showRaw("equity_curve");
    }

    @FXML
    private void exportCurve() {
        viewModel.exportCurve(exports);
    }

    @FXML
    private void exportTrades() {
        viewModel.exportTrades(exports);
    }

    @FXML
    private void exportCharts() {
        Exports.png(exports, "the equity and drawdown charts", viewModel.fileName("charts", "png"), chartsBox);
    }

    @FXML
    private void exportReturns() {
        Exports.png(exports, "the returns charts", viewModel.fileName("returns", "png"), returnsBox);
    }

    @FXML
    private void previousPage() {
        viewModel.trades().previousPage();
    }

    @FXML
    private void nextPage() {
        viewModel.trades().nextPage();
    }
}
