package io.aurelius.admin.ui.compare;

import io.aurelius.admin.ui.common.StopButton;
import io.aurelius.admin.ui.backtest.ChartFormats;
import io.aurelius.admin.ui.common.AxisTicks;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.Exports;
import io.aurelius.admin.ui.common.Shortcuts;
import io.aurelius.admin.ui.common.ShownText;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Compare screen's controller: wiring only; the state lives in {@link CompareViewModel}. */
public final class CompareView {

    private static final int TICKS = 8;
    private static final double COLUMN_MIN = 120;
    /** JavaFX charts cycle through this many series colours (default-color0..7). */
    private static final int CHART_COLOURS = 8;

    private final CompareViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Button refreshButton;
    @FXML private Label messageLabel;
    @FXML private VBox problemsBox;
    @FXML private LineChart<Number, Number> chart;
    @FXML private NumberAxis xAxis;
    @FXML private NumberAxis yAxis;
    @FXML private Label chartEmpty;
    @FXML private CheckBox differencesBox;
    @FXML private TableView<Comparison.Row> table;
    @FXML private ProgressBar busyBar;
    @FXML private StopButton stopButton;

    private final ExportJob exports;

    public CompareView(CompareViewModel viewModel, ExportJob exports) {
        this.viewModel = viewModel;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        differencesBox.selectedProperty().bindBidirectional(viewModel.differencesOnlyProperty());
        busyBar.visibleProperty().bind(viewModel.loadingProperty());
        stopButton.stops(viewModel.loads());
        busyBar.setMouseTransparent(true);
        refreshButton.disableProperty().bind(viewModel.loadingProperty());
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label("No rows to show."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Comparison.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("compare-heading");
                if (!empty && row != null && row.header()) {
                    getStyleClass().add("compare-heading");
                }
            }
        });
        chart.setLegendVisible(true);
        yAxis.setTickLabelFormatter(AxisTicks.of(yAxis, AxisTicks.Style.PLAIN));
        viewModel.comparisonProperty().addListener((obs, old, c) -> show(c));
        show(viewModel.comparisonProperty().get());
        Shortcuts.whileShown(root, new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        exportMenu();
    }

    /** "Export…" beside Refresh: the chart as shown to PNG, the table as shown (differences only or all) to CSV. */
    private void exportMenu() {
        MenuItem png = new MenuItem("Chart to PNG…");
        png.setOnAction(e -> Exports.png(exports, "the comparison chart",
                Exports.fileName("compare-chart", null, "png"), chart));
        MenuItem csv = new MenuItem("Table to CSV…");
        csv.setOnAction(e -> exportTable());
        MenuButton menu = new MenuButton("Export…", null, png, csv);
        menu.setId("compareExport");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.disableProperty().bind(viewModel.comparisonProperty().isNull());
        if (refreshButton.getParent() instanceof Pane bar) {
            bar.getChildren().add(bar.getChildren().indexOf(refreshButton), menu);
        }
    }

    private void exportTable() {
        Comparison c = viewModel.comparisonProperty().get();
        if (c == null) {
            return;
        }
        List<String> header = new java.util.ArrayList<>(List.of(""));
        c.labels().forEach(l -> header.add(l.replace('\n', ' ')));
        List<List<String>> rows = viewModel.rows().stream().map(r -> {
            List<String> cells = new java.util.ArrayList<>(List.of(r.name()));
            cells.addAll(r.values());
            return cells;
        }).toList();
        Exports.rows(exports, "the comparison table", Exports.fileName("compare", null, "csv"), header, rows);
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    private void show(Comparison c) {
        titleLabel.setText(c == null ? viewModel.loadingProperty().get() ? "Reading…" : "Compare backtests"
                : "Comparing " + c.labels().size() + " backtests");
        subtitleLabel.setText(c == null ? "" : c.dated() ? "Dates on the x axis (UTC)."
                : "Point number on the x axis: not every curve has dates.");
        showProblems(c == null ? List.of() : c.problems());
        showChart(c);
        showColumns(c);
    }

    private void showProblems(List<String> problems) {
        problemsBox.getChildren().clear();
        for (String p : problems) {
            Label l = new Label("Not drawn — " + p);
            l.setWrapText(true);
            l.getStyleClass().addAll("note", "tone-warn");
            problemsBox.getChildren().add(l);
        }
        problemsBox.setVisible(!problems.isEmpty());
        problemsBox.setManaged(!problems.isEmpty());
    }

    private void showChart(Comparison c) {
        chart.getData().clear();
        boolean empty = c == null || c.lines().isEmpty();
        chartEmpty.setText(c == null ? "" : empty ? "None of the curves can be drawn." : "");
        chartEmpty.setVisible(c != null && empty);
        if (empty) {
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Comparison.Line line : c.lines()) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(line.label());
            @SuppressWarnings("unchecked")
            XYChart.Data<Number, Number>[] points = new XYChart.Data[line.x().length];
            for (int i = 0; i < points.length; i++) {
                points[i] = new XYChart.Data<>(line.x()[i], line.y()[i]);
            }
            s.getData().setAll(points);
            chart.getData().add(s);
            lo = Math.min(lo, line.x()[0]);
            hi = Math.max(hi, line.x()[line.x().length - 1]);
        }
        double span = Math.max(hi - lo, 1);
        boolean dated = c.dated();
        xAxis.setLabel(dated ? "Date (UTC)" : "Point");
        xAxis.setLowerBound(lo);
        xAxis.setUpperBound(lo + span);
        xAxis.setTickUnit(ChartFormats.tickUnit(span, dated, TICKS));
        xAxis.setTickLabelFormatter(converter(x -> ChartFormats.tick(x, dated, span)));
    }

    private void showColumns(Comparison c) {
        table.getColumns().clear();
        if (c == null) {
            return;
        }
        TableColumn<Comparison.Row, String> name = new TableColumn<>("");
        name.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().name()));
        name.setPrefWidth(170);
        name.setMinWidth(140);
        name.setSortable(false);
        table.getColumns().add(name);
        List<String> labels = c.labels();
        List<String> drawn = c.lines().stream().map(Comparison.Line::label).toList();
        for (int i = 0; i < labels.size(); i++) {
            int column = i;
            TableColumn<Comparison.Row, String> col = new TableColumn<>();
            col.setGraphic(heading(labels.get(i), drawn.indexOf(labels.get(i))));
            col.setSortable(false);
            col.setMinWidth(COLUMN_MIN);
            // share the width left of the names column; below the minimum the table scrolls sideways
            col.prefWidthProperty().bind(table.widthProperty().subtract(name.widthProperty()).subtract(24)
                    .divide(labels.size()));
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().values().get(column)));
            col.setCellFactory(t -> valueCell());
            table.getColumns().add(col);
        }
    }

    /** A column heading: the chart's colour for the curve (when drawn), the strategy, then the period. */
    private static Node heading(String label, int series) {
        int cut = label.indexOf(" · ");
        Label strategy = new Label(cut < 0 ? label : label.substring(0, cut));
        Label period = new Label(cut < 0 ? "" : label.substring(cut + 3));
        period.getStyleClass().add("compare-period");
        Region swatch = new Region();
        swatch.getStyleClass().add("compare-swatch");
        if (series >= 0) {
            swatch.getStyleClass().add("default-color" + series % CHART_COLOURS);
        }
        HBox top = new HBox(6, swatch, strategy);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(1, top, period);
        Tooltip.install(box, new Tooltip(label + (series < 0 ? " (curve not drawn)" : "")));
        return box;
    }

    private static TableCell<Comparison.Row, String> valueCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : ShownText.line(text));
                Comparison.Row row = getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("compare-same");
                if (!empty && row != null && !row.header() && !row.differs()) {
                    getStyleClass().add("compare-same");
                }
                setTooltip(empty || text == null || text.length() < 12 ? null : new Tooltip(ShownText.note(text)));
            }
        };
    }

    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : format.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }

    /** For tests: the chart's series count. */
    int seriesCount() {
        return chart.getData().size();
    }
}
