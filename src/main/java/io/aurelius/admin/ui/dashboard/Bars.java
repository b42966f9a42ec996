package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.query.Dashboard.Counted;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.dashboard.DashboardWords.GateLine;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Horizontal bar charts drawn as grid rows (name, bar, number), so every bar carries its exact count: one bar
 * per strategy type, one stacked passed/failed bar per gate type. Bar lengths are relative to the longest.
 */
final class Bars {

    private Bars() {
    }

    /** One row per type, longest first; a click on a row calls {@code open} with the type. */
    static void types(GridPane grid, List<Counted> counts, Consumer<String> open) {
        grid.getChildren().clear();
        long max = counts.stream().mapToLong(Counted::count).max().orElse(1);
        long total = counts.stream().mapToLong(Counted::count).sum();
        int row = 0;
        for (Counted c : counts) {
            String name = DashboardWords.typeName(c.value());
            Label label = name(name);
            HBox track = track();
            track.getChildren().add(fill(c.count(), max, track, "bar-type"));
            Label number = number(DashboardWords.count(c));
            String share = total == 0 ? "" : String.format(" (%.1f %%)", 100.0 * c.count() / total);
            Tooltip tip = new Tooltip(name + ": " + DashboardWords.count(c) + " strategies" + share
                    + (c.estimated() ? ", estimated from the table statistics" : "") + ". Click to list them.");
            for (Node n : List.of(label, track, number)) {
                Tooltip.install(n, tip);
                n.setCursor(Cursor.HAND);
                n.setOnMouseClicked(e -> open.accept(c.value()));
                n.getStyleClass().add("bar-link");
            }
            grid.addRow(row++, label, track, number);
        }
    }

    /** One stacked row per gate type: the passed part, then the failed part. */
    static void gates(GridPane grid, List<GateLine> lines) {
        grid.getChildren().clear();
        long max = lines.stream().mapToLong(GateLine::total).max().orElse(1);
        int row = 0;
        for (GateLine l : lines) {
            HBox track = track();
            track.getChildren().addAll(fill(l.passed(), max, track, "bar-passed"),
                    fill(l.failed(), max, track, "bar-failed"));
            Label number = number(Formats.count(l.passed()) + " ✓  " + Formats.count(l.failed()) + " ✗");
            Label rate = new Label(l.passRate());
            rate.getStyleClass().addAll("muted", "bar-rate");
            rate.setMinWidth(Region.USE_PREF_SIZE);
            Tooltip tip = new Tooltip(l.gateType() + " gate: " + Formats.count(l.passed()) + " passed, "
                    + Formats.count(l.failed()) + " failed (" + l.passRate() + ").");
            for (Node n : List.of(track, number)) {
                Tooltip.install(n, tip);
            }
            grid.addRow(row++, name(l.gateType()), track, number, rate);
        }
    }

    private static Label name(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("bar-name");
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.setMinWidth(60);
        return l;
    }

    private static Label number(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("bar-number");
        l.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHalignment(l, HPos.RIGHT);
        return l;
    }

    private static HBox track() {
        HBox track = new HBox();
        track.getStyleClass().add("bar-track");
        track.setPrefWidth(40); // the grid column stretches it; its width never depends on the bars inside
        track.setMinWidth(40);
        GridPane.setHgrow(track, Priority.ALWAYS);
        GridPane.setFillWidth(track, true);
        track.setMaxWidth(Double.MAX_VALUE);
        return track;
    }

    private static Region fill(long n, long max, HBox track, String style) {
        Region fill = new Region();
        fill.getStyleClass().addAll("bar-fill", style);
        double fraction = max <= 0 ? 0 : (double) n / max;
        fill.prefWidthProperty().bind(track.widthProperty().multiply(fraction));
        fill.minWidthProperty().bind(fill.prefWidthProperty());
        fill.maxWidthProperty().bind(fill.prefWidthProperty());
        return fill;
    }
}
