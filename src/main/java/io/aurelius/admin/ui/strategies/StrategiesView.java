package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.query.StrategySort;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.Tables;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Controller of strategies.fxml: binds the filters, the table and the pager to the StrategiesViewModel. */
public final class StrategiesView {

    private static final Map<String, StrategySort> SORTS = Map.of("name", StrategySort.NAME, "type",
            StrategySort.TYPE, "status", StrategySort.STATUS, "confidence", StrategySort.CONFIDENCE, "created",
            StrategySort.CREATED, "updated", StrategySort.UPDATED, "backtests", StrategySort.BACKTESTS,
            "validations", StrategySort.VALIDATIONS, "gates", StrategySort.GATE_RESULTS, "latestGate",
            StrategySort.LATEST_GATE);

    private final StrategiesViewModel viewModel;
    private final StrategiesExport export;
    private boolean syncing;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private CheckComboBox<String> typeFilter;
    @FXML private ComboBox<String> statusFilter;
    @FXML private TextField minConfidenceField;
    @FXML private TextField maxConfidenceField;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private MenuButton columnsButton;
    @FXML private Label messageLabel;
    @FXML private TableView<StrategyRow> strategiesTable;
    @FXML private TableColumn<StrategyRow, StrategyRow> nameColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> typeColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> statusColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> confidenceColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> createdColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> updatedColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> backtestsColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> validationsColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> gatesColumn;
    @FXML private TableColumn<StrategyRow, StrategyRow> latestGateColumn;
    @FXML private ProgressBar busyBar;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Label rangeLabel;
    @FXML private ComboBox<Integer> pageSizeBox;
    @FXML private Button exportButton;
    @FXML private javafx.scene.layout.HBox exportBox;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportStatus;
    @FXML private Button exportCancel;
    @FXML private StopButton loadCancel;

    public StrategiesView(StrategiesViewModel viewModel) {
        this(viewModel, null);
    }

    /** @param export the CSV export, or null for a screen without one */
    public StrategiesView(StrategiesViewModel viewModel, StrategiesExport export) {
        this.viewModel = viewModel;
        this.export = export;
    }

    @FXML
    private void initialize() {
        bindSearch();
        bindFilters();
        bindColumns();
        bindTable();
        bindPager();
        bindKeys();
        bindExport();
    }

    private void bindExport() {
        if (export == null) {
            exportButton.setVisible(false);
            exportButton.setManaged(false);
            exportBox.setVisible(false);
            exportBox.setManaged(false);
            return;
        }
        exportButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> export.runningProperty().get() || export.exporter().getValue() == null,
                export.runningProperty(), export.exporter()));
        exportButton.setTooltip(new javafx.scene.control.Tooltip(
                "Save every row of the list, as filtered and sorted now, to a CSV file"));
        exportBox.visibleProperty().bind(export.statusProperty().isNotEmpty());
        exportBox.managedProperty().bind(exportBox.visibleProperty());
        exportProgress.visibleProperty().bind(export.runningProperty());
        exportProgress.managedProperty().bind(exportProgress.visibleProperty());
        exportProgress.progressProperty().bind(export.progressProperty());
        exportStatus.textProperty().bind(export.statusProperty());
        exportStatus.setOnMouseClicked(e -> export.dismiss());
        exportCancel.visibleProperty().bind(export.runningProperty());
        exportCancel.managedProperty().bind(exportCancel.visibleProperty());
    }

    @FXML
    private void exportCsv() {
        if (export != null) {
            export.start();
        }
    }

    @FXML
    private void cancelExport() {
        if (export != null) {
            export.cancel();
        }
    }

    private void bindSearch() {
        FilterInputs f = viewModel.filters();
        searchField.setText(f.textProperty().get());
        Debounce typed = new Debounce(250, () -> f.textProperty().set(searchField.getText()));
        searchField.textProperty().addListener((obs, old, now) -> typed.poke());
        searchField.setOnAction(e -> typed.now());
        f.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(searchField.getText())) {
                searchField.setText(now);
            }
        });
    }

    private void bindFilters() {
        FilterInputs f = viewModel.filters();
        Bindings.bindContent(typeFilter.getItems(), viewModel.typeChoices());
        typeFilter.titleProperty().bind(Bindings.createStringBinding(() -> f.types().isEmpty() ? "All types"
                : f.types().size() == 1 ? f.types().get(0) : f.types().size() + " types", f.types()));
        typeFilter.getItems().addListener((ListChangeListener<String>) c -> checkTypes());
        f.types().addListener((ListChangeListener<String>) c -> checkTypes());
        typeFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                f.types().setAll(typeFilter.getCheckModel().getCheckedItems());
            }
        });
        checkTypes();

        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? "Any status" : Cells.oneLine(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        statusFilter.getItems().setAll("");
        viewModel.statusChoices().addListener((ListChangeListener<String>) c -> {
            statusFilter.getItems().setAll("");
            statusFilter.getItems().addAll(viewModel.statusChoices());
        });
        statusFilter.valueProperty().bindBidirectional(f.statusProperty());
        minConfidenceField.setText(f.minConfidenceProperty().get());
        maxConfidenceField.setText(f.maxConfidenceProperty().get());
        commitLater(minConfidenceField, f.minConfidenceProperty());
        commitLater(maxConfidenceField, f.maxConfidenceProperty());
        fromPicker.valueProperty().bindBidirectional(f.createdFromProperty());
        toPicker.valueProperty().bindBidirectional(f.createdToProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
    }

    private static void commitLater(TextField field, javafx.beans.property.StringProperty target) {
        Debounce typed = new Debounce(400, () -> target.set(field.getText()));
        field.textProperty().addListener((obs, old, now) -> typed.poke());
        field.setOnAction(e -> typed.now());
        target.addListener((obs, old, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
    }

    private void checkTypes() {
        syncing = true;
        try {
            typeFilter.getCheckModel().clearChecks();
            for (String t : viewModel.filters().types()) {
                if (typeFilter.getItems().contains(t)) {
                    typeFilter.getCheckModel().check(t);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void bindColumns() {
        Cells.column(nameColumn, r -> Shown.name(r.name()));
        Cells.column(typeColumn, r -> Shown.text(r.type()));
        Cells.column(statusColumn, r -> Shown.text(r.status()));
        Cells.column(confidenceColumn, r -> Shown.fixed(r.confidence(), 2));
        Cells.column(createdColumn, r -> minutes(r.createdAt()));
        Cells.column(updatedColumn, r -> minutes(r.updatedAt()));
        Cells.column(backtestsColumn, count(StrategyRow::backtests));
        Cells.column(validationsColumn, count(StrategyRow::validations));
        Cells.column(gatesColumn, count(StrategyRow::gateResults));
        Cells.column(latestGateColumn, r -> Shown.badge(GateWords.verdict(r.latestGateType(), r.latestGatePassed()),
                GateWords.tone(r.latestGatePassed())));
        TableLayout.apply(strategiesTable, viewModel.columnLayout());
        TableLayout.menu(strategiesTable, columnsButton);
        TableLayout.watch(strategiesTable, viewModel::columnsChanged);
    }

    /** The list shows minutes; the full time is in the tooltip. */
    private static Shown minutes(java.time.LocalDateTime t) {
        String full = Formats.timestamp(t);
        return Shown.text(full.length() > 16 ? full.substring(0, 16) : full).withTooltip(full);
    }

    private static Function<StrategyRow, Shown> count(Function<StrategyRow, Long> n) {
        return r -> Shown.number(Formats.count(n.apply(r)));
    }

    private void bindTable() {
        strategiesTable.setItems(viewModel.rows());
        strategiesTable.setFixedCellSize(Tables.ROW_HEIGHT);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadingProperty().get()
                ? "Reading strategies…" : viewModel.rangeProperty().get(), viewModel.loadingProperty(),
                viewModel.rangeProperty()));
        strategiesTable.setPlaceholder(placeholder);
        strategiesTable.setSortPolicy(table -> {
            if (!syncing) {
                viewModel.sortBy(orderOf(table));
            }
            return true;
        });
        showSort(viewModel.sortProperty().get());
        viewModel.sortProperty().addListener((obs, old, now) -> showSort(now));
        strategiesTable.setRowFactory(t -> {
            TableRow<StrategyRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        MenuItem open = new MenuItem("Open");
        open.setOnAction(e -> openSelected());
        MenuItem copyId = new MenuItem("Copy id");
        copyId.setOnAction(e -> copyId());
        MenuItem copyName = new MenuItem("Copy name");
        copyName.setOnAction(e -> copy(selected() == null ? null : selected().name()));
        strategiesTable.setContextMenu(new ContextMenu(open, copyId, copyName));
        busyBar.visibleProperty().bind(viewModel.loadingProperty());
        loadCancel.stops(viewModel.loads());
        busyBar.setMouseTransparent(true);
    }

    private SortOrder orderOf(TableView<StrategyRow> table) {
        if (table.getSortOrder().isEmpty()) {
            return SortOrder.newestFirst();
        }
        TableColumn<StrategyRow, ?> c = table.getSortOrder().get(0);
        return new SortOrder(SORTS.get(c.getId()), c.getSortType() == TableColumn.SortType.DESCENDING);
    }

    /** Shows the view model's sort as the header arrow (without asking the database again). */
    private void showSort(SortOrder order) {
        syncing = true;
        try {
            for (TableColumn<StrategyRow, ?> c : strategiesTable.getColumns()) {
                if (SORTS.get(c.getId()) == order.column()) {
                    c.setSortType(order.descending() ? TableColumn.SortType.DESCENDING
                            : TableColumn.SortType.ASCENDING);
                    strategiesTable.getSortOrder().setAll(c);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void bindPager() {
        firstButton.disableProperty().bind(viewModel.hasPreviousProperty().not());
        previousButton.disableProperty().bind(viewModel.hasPreviousProperty().not());
        nextButton.disableProperty().bind(viewModel.hasNextProperty().not());
        lastButton.disableProperty().bind(viewModel.hasNextProperty().not());
        rangeLabel.textProperty().bind(viewModel.rangeProperty());
        pageSizeBox.getItems().setAll(StrategiesViewModel.PAGE_SIZES);
        pageSizeBox.setValue(viewModel.pageSizeProperty().get());
        pageSizeBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.pageSizeProperty().set(now);
            }
        });
    }

    private void bindKeys() {
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            searchField.requestFocus();
            searchField.selectAll();
        });
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        strategiesTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean shortcut = e.isShortcutDown();
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (shortcut && e.getCode() == KeyCode.C) {
                copyId();
            } else if (shortcut && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN)) {
                viewModel.next();
            } else if (shortcut && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP)) {
                viewModel.previous();
            } else if (shortcut && e.getCode() == KeyCode.HOME) {
                viewModel.first();
            } else if (shortcut && e.getCode() == KeyCode.END) {
                viewModel.last();
            } else {
                return;
            }
            e.consume();
        });
        root.focusedProperty().addListener((obs, old, focused) -> {
            if (focused) {
                strategiesTable.requestFocus();
                if (strategiesTable.getSelectionModel().isEmpty() && !strategiesTable.getItems().isEmpty()) {
                    strategiesTable.getSelectionModel().select(0);
                    strategiesTable.getFocusModel().focus(0);
                }
            }
        });
    }

    private StrategyRow selected() {
        return strategiesTable.getSelectionModel().getSelectedItem();
    }

    private void openSelected() {
        viewModel.open(selected());
    }

    private void copyId() {
        copy(selected() == null ? null : selected().id());
    }

    private static void copy(String text) {
        if (text != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void first() {
        viewModel.first();
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void last() {
        viewModel.last();
    }
}
