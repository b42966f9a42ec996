package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.DrawdownPeriod;
import io.aurelius.admin.results.Json;
import io.aurelius.admin.results.MetricEntry;
import io.aurelius.admin.results.TradeCell;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.ui.common.Cells;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.ShownText;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.Tables;
import io.aurelius.admin.ui.common.Tone;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/** The report's tables: the metrics tree, the worst drawdowns and the trades (one column per field). */
final class ReportTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ReportTables() {
    }

    // --- metrics --------------------------------------------------------------------------------------

    static void metrics(TreeTableView<MetricEntry> tree, TreeTableColumn<MetricEntry, MetricEntry> key,
                        TreeTableColumn<MetricEntry, MetricEntry> value) {
        Cells.treeColumn(key, e -> Shown.name(e.name()).withTooltip(e.path()));
        Cells.treeColumn(value, e -> e.isContainer() ? Shown.muted(e.text(), null)
                : e.kind() == MetricEntry.Kind.NULL ? Shown.muted("null", null)
                : !Double.isNaN(e.number()) ? Shown.number(number(e.number())).withTooltip(e.text())
                : Formats.notANumber(e.text()) ? Shown.notANumber(e.text())
                : Shown.text(e.text()));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setFixedCellSize(Tables.ROW_HEIGHT);
        tree.setPlaceholder(new Label("No other metrics."));
    }

    /** A tree of entries listed depth first (a parent right before its children). */
    static TreeItem<MetricEntry> tree(List<MetricEntry> entries) {
        TreeItem<MetricEntry> root = new TreeItem<>();
        Deque<TreeItem<MetricEntry>> parents = new ArrayDeque<>();
        parents.push(root);
        for (MetricEntry e : entries) {
            while (parents.size() > e.depth() + 1) {
                parents.pop();
            }
            TreeItem<MetricEntry> item = new TreeItem<>(e);
            item.setExpanded(e.depth() < 2);
            parents.peek().getChildren().add(item);
            if (e.isContainer()) {
                parents.push(item);
            }
        }
        return root;
    }

    // --- drawdowns ------------------------------------------------------------------------------------

    @SafeVarargs
    static void drawdowns(TableView<DrawdownPeriod> table, CurveModel model,
                          TableColumn<DrawdownPeriod, DrawdownPeriod>... columns) {
        boolean[] dates = {false};
        Cells.column(columns[0], d -> Shown.text(dates[0] ? ChartFormats.date(d.startDate()) : "point " + d.start()));
        Cells.column(columns[1], d -> Shown.text(dates[0] ? ChartFormats.date(d.troughDate())
                : "point " + d.trough()));
        Cells.column(columns[2], d -> d.ongoing() ? Shown.muted("not yet", "Still under water at the last point")
                : Shown.text(dates[0] ? ChartFormats.date(d.recoveryDate()) : "point " + d.recovery()));
        Cells.column(columns[3], d -> Shown.number(ChartFormats.percent(d.depth(), 2)).withTone(Tone.ERROR));
        Cells.column(columns[4], d -> Shown.number(d.lengthDays() >= 0
                ? String.format(Locale.ROOT, "%,d days", d.lengthDays())
                : String.format(Locale.ROOT, "%,d points", d.lengthPoints())));
        Tables.show(table, FXCollections.observableArrayList(), "No drawdowns: the curve never fell below a peak.");
        table.getStyleClass().add("browse-table");
        model.analysisProperty().addListener((obs, old, a) -> {
            dates[0] = a != null && a.hasDates();
            table.getItems().setAll(a == null ? List.of() : a.worst());
        });
    }

    // --- trades ---------------------------------------------------------------------------------------

    static void trades(TableView<TradeTable.Row> table, TradesModel model) {
        table.setItems(model.page());
        table.setFixedCellSize(Tables.ROW_HEIGHT);
        table.setPlaceholder(new Label("No trades to show."));
        boolean[] applying = {false};
        String[] current = {null, null};
        table.setSortPolicy(t -> {
            if (applying[0]) {
                return true;
            }
            TableColumn<TradeTable.Row, ?> by = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            String field = by == null ? null : (String) by.getUserData();
            String dir = by == null ? null : by.getSortType().name();
            if (!java.util.Objects.equals(field, current[0]) || !java.util.Objects.equals(dir, current[1])) {
                current[0] = field;
                current[1] = dir;
                applying[0] = true;
                try {
                    model.sort(field, by == null || by.getSortType() == TableColumn.SortType.ASCENDING);
                } finally {
                    applying[0] = false;
                }
            }
            return true;
        });
        model.tableProperty().addListener((obs, old, t) -> {
            current[0] = null;
            current[1] = null;
            table.getSortOrder().clear();
            table.getColumns().setAll(t == null ? List.of() : t.fields().stream().map(f -> tradeColumn(t, f))
                    .toList());
        });
    }

    private static TableColumn<TradeTable.Row, TradeCell> tradeColumn(TradeTable t, String field) {
        TableColumn<TradeTable.Row, TradeCell> column = new TableColumn<>(Formats.name(field));
        column.setUserData(field);
        boolean time = !t.rows().isEmpty() && t.rows().get(0).cell(field).type() == TradeCell.Type.INSTANT;
        column.setPrefWidth(time ? 160 : Math.max(90, Math.min(220, field.length() * 9 + 30)));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cell(field)));
        column.setComparator(TradeCell.ORDER);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TradeCell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().removeAll("numeric", "muted");
                if (empty || cell == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(show(cell));
                if (cell.type() == TradeCell.Type.NUMBER || notANumber(cell)) {
                    getStyleClass().add("numeric");
                } else if (cell.type() == TradeCell.Type.NULL || cell.type() == TradeCell.Type.JSON) {
                    getStyleClass().add("muted");
                }
                String raw = cell.raw();
                setTooltip(raw != null && !raw.equals(getText()) ? new Tooltip(ShownText.note("Stored as: " + raw))
                        : null);
            }
        });
        return column;
    }

    /** What a trade cell shows: numbers formatted, times in UTC, text on one line. */
    static String show(TradeCell cell) {
        return switch (cell.type()) {
            case NUMBER -> number(cell.number());
            case INSTANT -> TIME.format(cell.instant());
            case MISSING -> "";
            default -> notANumber(cell) ? Formats.NONE : Cells.oneLine(Json.shortNumber(cell.raw()));
        };
    }

    /** Text spelling a number that is not one ("NaN", "inf"): shown as a dash, as null numbers are. */
    private static boolean notANumber(TradeCell cell) {
        return cell.type() == TradeCell.Type.TEXT && Formats.notANumber(cell.raw());
    }

    /** 1234.5 -> "1,234.5"; up to eight decimals, no exponent, no trailing zeros. */
    static String number(double v) {
        if (Double.isFinite(v) && Math.abs(v) >= 1e15) {
            return Formats.decimal(v, 2);
        }
        DecimalFormat f = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
