package io.aurelius.admin.ui.gates;

import io.aurelius.admin.ui.common.Cells;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One entry of the gate timeline: a coloured dot on the line, the verdict, the time and a short summary. */
final class TimelineCell extends ListCell<GateEntry> {

    private final Region dot = new Region();
    private final Label title = new Label();
    private final Label when = new Label();
    private final Label summary = new Label();
    private final HBox box;

    TimelineCell() {
        dot.getStyleClass().add("timeline-dot");
        dot.setMinSize(12, 12);
        dot.setMaxSize(12, 12);
        title.getStyleClass().add("timeline-title");
        when.getStyleClass().add("muted");
        summary.getStyleClass().addAll("muted", "timeline-summary");
        VBox text = new VBox(2, title, when, summary);
        text.setMinWidth(0);
        box = new HBox(10, dot, text);
        box.getStyleClass().add("timeline-entry");
        getStyleClass().add("timeline-cell");
        setPrefWidth(0); // as wide as the list: long summaries end in "…" instead of scrolling sideways
        for (Label l : new Label[] {title, when, summary}) {
            l.setMinWidth(0);
        }
    }

    @Override
    protected void updateItem(GateEntry e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(Cells.oneLine(e.title()));
        e.tone().applyTo(title);
        e.tone().applyTo(dot);
        when.setText(e.when() + " UTC");
        summary.setText(Cells.oneLine(e.summary()));
        setId("timeline-" + getIndex());
        setTooltip(new Tooltip(e.title() + "\n" + e.when() + " UTC\n" + e.summary() + "\nid " + e.id()));
        setGraphic(box);
    }
}
