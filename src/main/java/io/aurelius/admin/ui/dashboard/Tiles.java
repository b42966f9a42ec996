package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.Dashboard.StatusCounts;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The status tiles: one big number per status, toned, with its caption. */
final class Tiles {

    private Tiles() {
    }

    static void stats(FlowPane box, StatusCounts counts) {
        box.getChildren().clear();
        if (counts == null) {
            return;
        }
        for (String status : StatusCounts.KNOWN) {
            Dashboard.Counted c = counts.of(status);
            box.getChildren().add(stat(DashboardWords.count(c), status, DashboardWords.statusTone(status, c.count()),
                    c.estimated() ? "Estimated from the table statistics (exact counts stop at 500,000)." : null));
        }
        if (counts.other() > 0) {
            box.getChildren().add(stat(Formats.count(counts.other()), "other", Tone.NEUTRAL,
                    "Rows whose status is none of pending, running, completed, failed (or empty)."));
        }
    }

    private static VBox stat(String value, String caption, Tone tone, String tip) {
        Label v = new Label(value);
        v.setMinWidth(Region.USE_PREF_SIZE);
        v.getStyleClass().add("stat-value");
        tone.applyTo(v);
        Label c = new Label(caption);
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.getStyleClass().add("muted");
        VBox box = new VBox(v, c);
        box.getStyleClass().add("stat");
        if (tip != null) {
            Tooltip.install(box, new Tooltip(tip));
        }
        return box;
    }
}
