package io.aurelius.admin.ui.validation;

import io.aurelius.admin.results.Figure;
import io.aurelius.admin.results.WindowTable.SharpePair;
import io.aurelius.admin.ui.common.CategoryLabels;
import io.aurelius.admin.ui.common.ChartRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** Fills the train vs test Sharpe bar chart: one category per window, a bar per readable value. */
final class SharpeChart {

    /** Most room between two windows' bars, and between a window's two bars, in pixels. */
    private static final double CATEGORY_GAP = 12;
    private static final double BAR_GAP = 2;

    private SharpeChart() {
    }

    /**
     * Keeps the window labels apart and the bars visible however many windows there are: the gaps shrink with the
     * room per window (100 windows on a narrow chart left fixed 12-pixel gaps no room for bars).
     */
    static void fit(BarChart<String, Number> chart, CategoryAxis axis) {
        CategoryLabels.spaceOut(axis);
        chart.categoryGapProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(CATEGORY_GAP, axis.getCategorySpacing() * 0.3), axis.categorySpacingProperty()));
        chart.barGapProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(BAR_GAP, axis.getCategorySpacing() * 0.05), axis.categorySpacingProperty()));
    }

    static void show(BarChart<String, Number> chart, CategoryAxis axis, List<SharpePair> pairs) {
        List<String> labels = labels(pairs);
        XYChart.Series<String, Number> train = new XYChart.Series<>();
        train.setName("Train Sharpe (in-sample)");
        XYChart.Series<String, Number> test = new XYChart.Series<>();
        test.setName("Test Sharpe (out-of-sample)");
        for (int i = 0; i < pairs.size(); i++) {
            add(train, labels.get(i), pairs.get(i).train(), "train");
            add(test, labels.get(i), pairs.get(i).test(), "test");
        }
        chart.getData().clear();
        // fixed categories: auto-ranging keeps the previous validation's windows, and a window without bars
        // still gets its slot
        axis.setAutoRanging(false);
        axis.setCategories(FXCollections.observableArrayList(labels));
        if (!pairs.isEmpty()) {
            chart.getData().add(train);
            chart.getData().add(test);
        }
    }

    /** Window labels made unique ("3", "3 (#5)") so two windows never share a bar slot. */
    static List<String> labels(List<SharpePair> pairs) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            String label = pairs.get(i).label();
            out.add(seen.add(label) ? label : label + " (#" + (i + 1) + ")");
            seen.add(out.get(i));
        }
        return out;
    }

    private static void add(XYChart.Series<String, Number> series, String label, Figure f, String which) {
        if (!f.readable() || !ChartRange.drawable(f.value())) {
            return;
        }
        // a bar closer to 0 than an axis can tell apart is drawn as 0 (its tooltip says the value)
        XYChart.Data<String, Number> d = new XYChart.Data<>(label,
                Math.abs(f.value()) < ChartRange.SMALLEST ? 0.0 : f.value());
        d.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip("Window " + label + " " + which + " Sharpe: "
                        + String.format(Locale.getDefault(Locale.Category.FORMAT), "%.3f", f.value())));
            }
        });
        series.getData().add(d);
    }
}
