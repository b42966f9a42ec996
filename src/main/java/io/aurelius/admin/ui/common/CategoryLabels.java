package io.aurelius.admin.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.Axis.TickMark;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.text.Text;

/**
 * Category axis labels that never overlap: when categories are closer together than their widest label, only
 * every 2nd, 5th, 10th, 20th, ... category is labelled (always the first), evenly, and the other ticks stay
 * unlabelled. Labels stay horizontal. JavaFX's own axis thins only once all labels together are longer than the
 * axis, so the labels of 100 windows ran into each other.
 */
public final class CategoryLabels {

    /** Room kept free between two labels, in pixels. */
    static final double GAP = 8;

    private CategoryLabels() {
    }

    /** Keeps {@code axis}'s labels apart from now on: after each layout of the axis, it hides the labels in the way. */
    public static void spaceOut(CategoryAxis axis) {
        axis.setTickLabelRotation(0);
        axis.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                space(axis);
            }
        });
    }

    private static void space(CategoryAxis axis) {
        List<TickMark<String>> marks = axis.getTickMarks();
        Text probe = new Text();
        probe.setFont(axis.getTickLabelFont());
        double widest = 0;
        for (TickMark<String> m : marks) {
            probe.setText(m.getValue());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // the distance the axis draws between categories (its spacing property may lag behind a resize)
        double spacing = marks.size() > 1 ? Math.abs(marks.get(1).getPosition() - marks.get(0).getPosition())
                : axis.getCategorySpacing();
        int every = every(widest, spacing);
        // a tick mark made visible again shows only at the axis's next layout: show its text now
        Map<String, Node> texts = new HashMap<>();
        for (Node n : axis.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                texts.put(t.getText(), t);
            }
        }
        for (int i = 0; i < marks.size(); i++) {
            boolean shown = axis.isTickLabelsVisible() && i % every == 0;
            marks.get(i).setTextVisible(shown);
            Node text = texts.get(marks.get(i).getValue());
            if (text != null) {
                text.setVisible(shown);
            }
        }
    }

    /**
     * Label every how many categories, for labels up to {@code widest} pixels wide and categories {@code spacing}
     * pixels apart: the smallest of 1, 2, 5, 10, 20, 50, ... that leaves {@link #GAP} between labels.
     */
    static int every(double widest, double spacing) {
        if (!(spacing > 0) || !(widest > 0)) {
            return 1;
        }
        double need = (widest + GAP) / spacing;
        for (long step = 1; step < Integer.MAX_VALUE / 10; step *= 10) {
            for (long k : new long[] {step, 2 * step, 5 * step}) {
                if (k >= need) {
                    return (int) k;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
