package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.Dashboard.Activity;
import io.aurelius.admin.query.Dashboard.Failure;
import io.aurelius.admin.query.Dashboard.ReadyStrategies;
import io.aurelius.admin.query.Dashboard.RecentBacktest;
import io.aurelius.admin.query.Dashboard.StrategyChoice;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import javafx.animation.PauseTransition;

/** Controller of dashboard.fxml: binds each panel of the DashboardViewModel to its card. */
public final class DashboardView {

    private final DashboardViewModel viewModel;

    @FXML private ScrollPane root;
    @FXML private GridPane grid;
    @FXML private GridPane tiles;
    @FXML private ProgressIndicator busy;
    @FXML private Label refreshedLabel;
    @FXML private Button refreshButton;
    @FXML private StopButton stopButton;
    @FXML private FlowPane backtestStats;
    @FXML private Label backtestStatusMessage;
    @FXML private FlowPane validationStats;
    @FXML private Label validationStatusMessage;
    @FXML private Label activityTime;
    @FXML private Label activityWhat;
    @FXML private Label activityMessage;
    @FXML private Label typesTotal;
    @FXML private GridPane typeBars;
    @FXML private Label typesMessage;
    @FXML private GridPane gateBars;
    @FXML private Label gatesSummary;
    @FXML private Label gatesMessage;
    @FXML private TableView<RecentBacktest> recentTable;
    @FXML private TableColumn<RecentBacktest, RecentBacktest> rStrategy;
    @FXML private TableColumn<RecentBacktest, RecentBacktest> rStatus;
    @FXML private TableColumn<RecentBacktest, RecentBacktest> rSharpe;
    @FXML private TableColumn<RecentBacktest, RecentBacktest> rReturn;
    @FXML private TableColumn<RecentBacktest, RecentBacktest> rCreated;
    @FXML private Label recentMessage;
    @FXML private TableView<Failure> failuresTable;
    @FXML private TableColumn<Failure, Failure> fKind;
    @FXML private TableColumn<Failure, Failure> fStrategy;
    @FXML private TableColumn<Failure, Failure> fMessage;
    @FXML private TableColumn<Failure, Failure> fCreated;
    @FXML private Label failuresMessage;
    @FXML private Label readyTotal;
    @FXML private TableView<Dashboard.ReadyStrategy> readyTable;
    @FXML private TableColumn<Dashboard.ReadyStrategy, Dashboard.ReadyStrategy> pName;
    @FXML private TableColumn<Dashboard.ReadyStrategy, Dashboard.ReadyStrategy> pType;
    @FXML private TableColumn<Dashboard.ReadyStrategy, Dashboard.ReadyStrategy> pSince;
    @FXML private Label readyMessage;
    @FXML private TextField pickerSearch;
    @FXML private ComboBox<StrategyChoice> pickerBox;
    @FXML private Label pickerMessage;
    @FXML private TableView<ValidationRow> validationsTable;
    @FXML private TableColumn<ValidationRow, ValidationRow> vPeriod;
    @FXML private TableColumn<ValidationRow, ValidationRow> vWindows;
    @FXML private TableColumn<ValidationRow, ValidationRow> vTest;
    @FXML private TableColumn<ValidationRow, ValidationRow> vStability;
    @FXML private TableColumn<ValidationRow, ValidationRow> vResult;
    @FXML private Label validationsMessage;
    private final ExportJob exports;

    public DashboardView(DashboardViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        bindHeader();
        bindTiles();
        bindBars();
        bindRecent();
        bindFailures();
        bindReady();
        bindValidations();
        new DashboardExports(viewModel, exports).install(refreshButton, recentTable, failuresTable, readyTable,
                validationsTable, typeBars.getParent(), gateBars.getParent());
        root.widthProperty().addListener((obs, old, w) -> DashboardLayout.arrange(grid, tiles, w.doubleValue()));
    }

    private void bindHeader() {
        refreshedLabel.textProperty().bind(viewModel.refreshedProperty());
        busy.visibleProperty().bind(anyLoading());
        stopButton.stops(anyLoading(), viewModel::cancelRefresh);
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
    }

    private javafx.beans.binding.BooleanBinding anyLoading() {
        return viewModel.types().loadingProperty().or(viewModel.backtestStatuses().loadingProperty())
                .or(viewModel.validationStatuses().loadingProperty()).or(viewModel.recent().loadingProperty())
                .or(viewModel.failures().loadingProperty()).or(viewModel.gates().loadingProperty())
                .or(viewModel.ready().loadingProperty()).or(viewModel.validations().loadingProperty());
    }

    // --- tiles ------------------------------------------------------------------------------------------

    private void bindTiles() {
        message(backtestStatusMessage, viewModel.backtestStatuses());
        message(validationStatusMessage, viewModel.validationStatuses());
        message(activityMessage, viewModel.activity());
        onValue(viewModel.backtestStatuses(), c -> Tiles.stats(backtestStats, c));
        onValue(viewModel.validationStatuses(), c -> Tiles.stats(validationStats, c));
        onValue(viewModel.activity(), this::activity);
    }

    private void activity(Activity a) {
        LocalDateTime latest = a == null ? null : a.latest();
        activityTime.setText(latest == null ? (a == null ? "" : "No activity yet") : Formats.timestamp(latest));
        activityWhat.setText(latest == null ? "" : "A " + a.latestKind() + " was created, "
                + DashboardWords.ago(latest, LocalDateTime.now(ZoneOffset.UTC)) + ".");
    }

    // --- bars -------------------------------------------------------------------------------------------

    private void bindBars() {
        columns(typeBars, 4);
        columns(gateBars, 4);
        message(typesMessage, viewModel.types());
        message(gatesMessage, viewModel.gates());
        onValue(viewModel.types(), counts -> {
            Bars.types(typeBars, counts == null ? List.of() : counts, viewModel::openType);
            typesTotal.setText(counts == null || counts.isEmpty() ? "" : Formats.count(counts.stream()
                    .mapToLong(Dashboard.Counted::count).sum()) + " strategies");
        });
        onValue(viewModel.gates(), counts -> {
            List<DashboardWords.GateLine> lines = DashboardWords.gateLines(counts == null ? List.of() : counts);
            Bars.gates(gateBars, lines);
            gatesSummary.setText(DashboardWords.gateSummary(lines));
        });
        gatesSummary.visibleProperty().bind(gatesSummary.textProperty().isNotEmpty());
        gatesSummary.managedProperty().bind(gatesSummary.visibleProperty());
    }

    private static void columns(GridPane grid, int n) {
        ColumnConstraints name = new ColumnConstraints();
        name.setMaxWidth(170);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(60);
        grid.getColumnConstraints().setAll(name, bar);
        for (int i = 2; i < n; i++) {
            grid.getColumnConstraints().add(new ColumnConstraints());
        }
    }

    // --- tables -----------------------------------------------------------------------------------------

    private void bindRecent() {
        Cells.column(rStrategy, r -> DashboardCells.name(r.strategyName(), r.strategyId()));
        Cells.column(rStatus, r -> DashboardCells.status(r.status(), null));
        Cells.column(rSharpe, r -> DashboardCells.reading(r.sharpe()));
        Cells.column(rReturn, r -> DashboardCells.reading(r.totalReturn()));
        Cells.column(rCreated, r -> DashboardCells.minutes(r.createdAt()));
        table(recentTable, viewModel.recent(), "No backtests yet.", viewModel::openBacktest,
                "Click a row to open its backtest report.");
        message(recentMessage, viewModel.recent());
    }

    private void bindFailures() {
        Cells.column(fKind, f -> Shown.text(f.kind()));
        Cells.column(fStrategy, f -> DashboardCells.name(f.strategyName(), f.strategyId()));
        Cells.column(fMessage, f -> f.errorMessage() == null || f.errorMessage().isBlank()
                ? Shown.muted("no message", null) : Shown.text(f.errorMessage()).withTone(Tone.ERROR)
                .withTooltip(f.errorMessage()));
        Cells.column(fCreated, f -> DashboardCells.minutes(f.createdAt()));
        table(failuresTable, viewModel.failures(), "No backtest or validation has failed.", viewModel::openFailure,
                "Click a row to open the failed backtest or validation.");
        message(failuresMessage, viewModel.failures());
    }

    private void bindReady() {
        Cells.column(pName, r -> DashboardCells.name(r.name(), r.id()));
        Cells.column(pType, r -> Shown.text(r.type()));
        Cells.column(pSince, r -> DashboardCells.minutes(r.readyAt()));
        ObservableList<Dashboard.ReadyStrategy> items = FXCollections.observableArrayList();
        Tables.show(readyTable, items, "No strategy has passed the product gate as production ready yet.");
        openOnClick(readyTable, r -> viewModel.open(r.id()), "Click a row to open its strategy.");
        message(readyMessage, viewModel.ready());
        onValue(viewModel.ready(), (ReadyStrategies r) -> {
            items.setAll(r == null ? List.of() : r.rows());
            readyTotal.setText(r == null || r.total() == 0 ? "" : r.total() > r.rows().size()
                    ? "latest " + r.rows().size() + " of " + Formats.count(r.total())
                    : Formats.count(r.total()) + (r.total() == 1 ? " strategy" : " strategies"));
        });
    }

    private void bindValidations() {
        pickerBox.setItems(viewModel.choices());
        pickerBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(StrategyChoice c) {
                return c == null ? "" : Formats.name(c.name()) + "  ·  " + Cells.oneLine(c.type());
            }

            @Override
            public StrategyChoice fromString(String s) {
                return null;
            }
        });
        pickerBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(StrategyChoice c, boolean empty) {
                super.updateItem(c, empty);
                StrategyChoice shown = empty || c == null ? viewModel.chosenProperty().get() : c;
                setText(shown == null ? "Choose a strategy" : pickerBox.getConverter().toString(shown));
            }
        });
        viewModel.chosenProperty().addListener((obs, old, now) -> pickerBox.setValue(now));
        pickerBox.setValue(viewModel.chosenProperty().get());
        pickerBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(viewModel.chosenProperty().get())) {
                viewModel.choose(now);
            }
        });
        PauseTransition typed = new PauseTransition(Duration.millis(300));
        typed.setOnFinished(e -> viewModel.findStrategies(pickerSearch.getText()));
        pickerSearch.textProperty().addListener((obs, old, now) -> typed.playFromStart());
        pickerSearch.setOnAction(e -> {
            typed.stop();
            viewModel.findStrategies(pickerSearch.getText());
            pickerBox.show();
        });
        pickerMessage.textProperty().bind(viewModel.choiceMessageProperty());
        visibleWhenText(pickerMessage);
        Cells.column(vPeriod, v -> Shown.text(v.startDate() + " – " + v.endDate()));
        Cells.column(vWindows, v -> Shown.number(v.numWindows() == null ? Formats.NONE
                : Formats.count(v.numWindows())));
        Cells.column(vTest, v -> Shown.fixed(v.avgTestSharpe(), 2));
        Cells.column(vStability, v -> Shown.fixed(v.stabilityScore(), 1));
        Cells.column(vResult, DashboardCells::result);
        table(validationsTable, viewModel.validations(), "This strategy has no validations yet.",
                viewModel::openValidation, "Click a row to open the validation.");
        message(validationsMessage, viewModel.validations());
    }

    /** Fills a table from a panel's list, sized to its rows; a click on a row opens what it shows. */
    private <S> void table(TableView<S> table, Panel<List<S>> panel, String empty, Consumer<S> open, String hint) {
        ObservableList<S> items = FXCollections.observableArrayList();
        Tables.show(table, items, empty);
        onValue(panel, rows -> items.setAll(rows == null ? List.of() : rows));
        table.visibleProperty().bind(panel.valueProperty().isNotNull());
        table.managedProperty().bind(table.visibleProperty());
        openOnClick(table, open, hint);
    }

    private <S> void openOnClick(TableView<S> table, Consumer<S> open, String hint) {
        table.setRowFactory(t -> {
            TableRow<S> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            S selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
        table.setTooltip(new javafx.scene.control.Tooltip(hint));
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private static <T> void onValue(Panel<T> panel, java.util.function.Consumer<T> show) {
        panel.valueProperty().addListener((obs, old, now) -> show.accept(now));
        show.accept(panel.valueProperty().get());
    }

    private static void message(Label label, Panel<?> panel) {
        label.textProperty().bind(panel.messageProperty());
        panel.failedProperty().addListener((obs, old, failed) -> (failed ? Tone.ERROR : Tone.NEUTRAL).applyTo(label));
        visibleWhenText(label);
    }

    private static void visibleWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }
}
