package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.results.Reduced;
import io.aurelius.admin.ui.common.AxisTicks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * A line (or area) chart of reduced series over a number axis that may hold epoch seconds, with the report's
 * interactions: drag a range to zoom in, scroll to zoom around the pointer, drag with the right button (or
 * Shift) to pan, double-click to see everything; hovering reads out the date and the values. The chart only
 * reports what the user asked for ({@link Interaction}); the range it shows is set from outside.
 */
final class CurveChart {

    /** What the user asked the chart to show. */
    interface Interaction {
        void zoom(double lo, double hi);

        void pan(double dx);

        void reset();
    }

    /** One line: its legend name and its points. */
    record Series(String name, Reduced points) {
    }

    private static final double DRAG_THRESHOLD = 5;
    private static final double Y_AXIS_WIDTH = 72;

    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final XYChart<Number, Number> chart;
    private final DoubleFunction<String> values;
    private final Label problem = new Label();
    private final Label readout = new Label();
    private final Rectangle selection = new Rectangle();
    private final Line cursor = new Line();
    private final Pane overlay = new Pane(selection, cursor);
    private final StackPane root;
    private final List<Series> shown = new ArrayList<>();
    private Interaction interaction;
    private boolean dates;
    private boolean intraday;
    private double pressX = Double.NaN;
    private double lastX;
    private boolean panning;

    CurveChart(String id, String yLabel, boolean area, AxisTicks.Style axisValues, DoubleFunction<String> values) {
        this.values = values;
        chart = area ? new AreaChart<>(xAxis, yAxis) : new LineChart<>(xAxis, yAxis);
        if (chart instanceof LineChart<Number, Number> l) {
            l.setCreateSymbols(false);
        } else {
            ((AreaChart<Number, Number>) chart).setCreateSymbols(false);
        }
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("report-chart");
        chart.setId(id);
        xAxis.setAnimated(false);
        xAxis.setAutoRanging(false);
        xAxis.setMinorTickVisible(false);
        yAxis.setAnimated(false);
        yAxis.setForceZeroInRange(false);
        yAxis.setLabel(yLabel);
        yAxis.setMinorTickVisible(false);
        // one fixed width for every chart's value axis, so stacked charts' time axes line up
        yAxis.setMinWidth(Y_AXIS_WIDTH);
        yAxis.setPrefWidth(Y_AXIS_WIDTH);
        yAxis.setMaxWidth(Y_AXIS_WIDTH);
        yAxis.setTickLabelFormatter(AxisTicks.of(yAxis, axisValues));
        selection.getStyleClass().add("zoom-selection");
        selection.setVisible(false);
        cursor.getStyleClass().add("hover-line");
        cursor.setVisible(false);
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        readout.getStyleClass().add("chart-readout");
        readout.setId(id + "Readout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        problem.getStyleClass().add("chart-problem");
        problem.setId(id + "Problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        root = new StackPane(chart, overlay, readout, problem);
        StackPane.setAlignment(readout, Pos.TOP_RIGHT);
        root.getStyleClass().add("chart-holder");
        install();
    }

    Node node() {
        return root;
    }

    void setInteraction(Interaction interaction) {
        this.interaction = interaction;
    }

    void setLegendVisible(boolean visible) {
        chart.setLegendVisible(visible);
    }

    void setDates(boolean dates, boolean intraday) {
        this.dates = dates;
        this.intraday = intraday;
        xAxis.setLabel(dates ? "Date (UTC)" : "Point");
    }

    /** Draws the series (NaN points left out). */
    void show(List<Series> series) {
        shown.clear();
        shown.addAll(series);
        ObservableList<XYChart.Series<Number, Number>> data = chart.getData();
        boolean same = data != null && data.size() == series.size();
        for (int k = 0; same && k < series.size(); k++) {
            same = series.get(k).name().equals(data.get(k).getName());
        }
        if (!same) { // new lines: new series; the same lines re-use theirs (zooming), keeping their nodes
            data = FXCollections.observableArrayList();
            for (Series s : series) {
                data.add(new XYChart.Series<>(s.name(), FXCollections.observableArrayList()));
            }
            chart.setData(data);
        }
        for (int k = 0; k < series.size(); k++) {
            // a new series, not new points in the old one: XYChart takes every replaced point out of its display
            // list one at a time (ArrayList.remove), quadratic in the points; a zoom spent a third of its time there
            data.set(k, new XYChart.Series<>(series.get(k).name(),
                    FXCollections.observableArrayList(points(series.get(k)))));
        }
        showProblem("");
    }

    private static List<XYChart.Data<Number, Number>> points(Series s) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(s.points().size());
        for (int i = 0; i < s.points().size(); i++) {
            double y = s.points().y()[i];
            if (!Double.isNaN(y)) {
                points.add(new XYChart.Data<>(s.points().x()[i], y));
            }
        }
        return points;
    }

    /** Shows the x range {@code [lo, hi]}. */
    void setRange(double lo, double hi) {
        double h = hi > lo ? hi : lo + 1;
        double span = h - lo;
        xAxis.setLowerBound(lo);
        xAxis.setUpperBound(h);
        xAxis.setTickUnit(ChartFormats.tickUnit(span, dates, 8));
        xAxis.setTickLabelFormatter(converter(x -> ChartFormats.tick(x, dates, span)));
    }

    /** A sentence instead of the chart ("" shows the chart again). */
    void showProblem(String sentence) {
        boolean bad = sentence != null && !sentence.isEmpty();
        problem.setText(bad ? sentence : "");
        problem.setVisible(bad);
        chart.setVisible(!bad);
        if (bad) {
            chart.setData(FXCollections.observableArrayList());
            shown.clear();
        }
    }

    /** True when the chart has points drawn. */
    boolean hasData() {
        return chart.getData().stream().anyMatch(s -> !s.getData().isEmpty());
    }

    private static StringConverter<Number> converter(DoubleFunction<String> format) {
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

    // --- interaction -------------------------------------------------------------------------------------

    private void install() {
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        chart.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    private Bounds plotBounds() {
        Node plot = chart.lookup(".chart-plot-background");
        return plot == null ? null : overlay.sceneToLocal(plot.localToScene(plot.getLayoutBounds()));
    }

    private boolean inPlot(MouseEvent e) {
        Bounds b = plotBounds();
        return b != null && b.contains(overlay.sceneToLocal(e.getSceneX(), e.getSceneY()));
    }

    private double valueAt(double sceneX) {
        Point2D p = xAxis.sceneToLocal(sceneX, 0);
        return xAxis.getValueForDisplay(p.getX()).doubleValue();
    }

    private void pressed(MouseEvent e) {
        if (!inPlot(e) || interaction == null) {
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            interaction.reset();
            return;
        }
        panning = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown();
        pressX = e.getSceneX();
        lastX = e.getSceneX();
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(pressX) || interaction == null) {
            return;
        }
        hideHover();
        if (panning) {
            interaction.pan(valueAt(lastX) - valueAt(e.getSceneX()));
            lastX = e.getSceneX();
            return;
        }
        Bounds b = plotBounds();
        double a = overlay.sceneToLocal(pressX, 0).getX();
        double z = Math.max(b.getMinX(), Math.min(b.getMaxX(), overlay.sceneToLocal(e.getSceneX(), 0).getX()));
        selection.setX(Math.min(a, z));
        selection.setY(b.getMinY());
        selection.setWidth(Math.abs(z - a));
        selection.setHeight(b.getHeight());
        selection.setVisible(true);
    }

    private void released(MouseEvent e) {
        if (!Double.isNaN(pressX) && !panning && interaction != null
                && Math.abs(e.getSceneX() - pressX) > DRAG_THRESHOLD) {
            interaction.zoom(valueAt(pressX), valueAt(e.getSceneX()));
        }
        pressX = Double.NaN;
        panning = false;
        selection.setVisible(false);
    }

    private void scrolled(ScrollEvent e) {
        if (interaction == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        double c = valueAt(e.getSceneX());
        double lo = xAxis.getLowerBound();
        double hi = xAxis.getUpperBound();
        interaction.zoom(c - (c - lo) * factor, c + (hi - c) * factor);
        e.consume();
    }

    private void hover(MouseEvent e) {
        if (shown.isEmpty() || !inPlot(e)) {
            hideHover();
            return;
        }
        double v = valueAt(e.getSceneX());
        StringBuilder text = new StringBuilder();
        double at = Double.NaN;
        for (Series s : shown) {
            int i = nearest(s.points().x(), v);
            if (i < 0) {
                continue;
            }
            if (Double.isNaN(at)) {
                at = s.points().x()[i];
                text.append(ChartFormats.x(at, dates, intraday));
            }
            double y = s.points().y()[i];
            text.append(shown.size() > 1 ? "\n" + s.name() + ": " : " · ").append(Double.isNaN(y) ? "—" : values.apply(y));
        }
        if (Double.isNaN(at)) {
            hideHover();
            return;
        }
        Bounds b = plotBounds();
        double px = overlay.sceneToLocal(xAxis.localToScene(xAxis.getDisplayPosition(at), 0)).getX();
        cursor.setStartX(px);
        cursor.setEndX(px);
        cursor.setStartY(b.getMinY());
        cursor.setEndY(b.getMaxY());
        cursor.setVisible(true);
        readout.setText(text.toString());
        readout.setVisible(true);
    }

    private void hideHover() {
        cursor.setVisible(false);
        readout.setVisible(false);
    }

    /** Index of the x nearest to {@code v} in ascending {@code xs}, or -1 when empty. */
    static int nearest(double[] xs, double v) {
        if (xs.length == 0) {
            return -1;
        }
        int i = Arrays.binarySearch(xs, v);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after >= xs.length) {
            return xs.length - 1;
        }
        return v - xs[after - 1] <= xs[after] - v ? after - 1 : after;
    }

    /** The text of the hover read-out (for tests), or "" when hidden. */
    String readoutText() {
        return readout.isVisible() ? readout.getText() : "";
    }
}
