package io.aurelius.admin.ui.validation;

import io.aurelius.admin.ui.common.Tone;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The stability score as a bar from 0 to 100 with the 75 pass line marked on it. */
final class StabilityGauge extends VBox {

    private final Label value = new Label("—");
    private final Label verdict = new Label("");
    private final Region track = new Region();
    private final Region fill = new Region();
    private final Region line = new Region();
    private final Label lineLabel = new Label("pass line " + (int) ValidationWords.PASS_LINE);
    private double fraction;

    StabilityGauge() {
        getStyleClass().addAll("validation-tile", "stability-gauge");
        setId("stabilityGauge");
        Label name = new Label("Stability score");
        name.getStyleClass().add("tile-label");
        value.getStyleClass().add("tile-value");
        value.setId("stabilityValue");
        verdict.getStyleClass().add("muted");
        HBox top = new HBox(8, value, verdict);
        top.getStyleClass().add("gauge-top");
        track.getStyleClass().add("gauge-track");
        fill.getStyleClass().add("gauge-fill");
        line.getStyleClass().add("gauge-line");
        lineLabel.getStyleClass().add("gauge-line-label");
        Pane bar = new Pane(track, fill, line, lineLabel) {
            @Override
            protected void layoutChildren() {
                double w = getWidth();
                track.resizeRelocate(0, 6, w, 10);
                fill.resizeRelocate(0, 6, w * fraction, 10);
                double x = Math.round(w * ValidationWords.PASS_LINE / 100);
                line.resizeRelocate(x - 1, 0, 2, 22);
                double lw = lineLabel.prefWidth(-1);
                lineLabel.resizeRelocate(Math.min(w - lw, Math.max(0, x - lw / 2)), 22, lw, lineLabel.prefHeight(lw));
            }
        };
        bar.setPrefHeight(40);
        bar.setMinHeight(40);
        bar.setPrefWidth(240);
        getChildren().addAll(name, top, bar);
        VBox.setVgrow(bar, Priority.NEVER);
        Tooltip.install(this, new Tooltip("Stability of the out-of-sample results, 0 to 100; a validation passes at"
                + " 75 or more."));
        setScore(null);
    }

    void setScore(Double score) {
        boolean has = score != null && Double.isFinite(score);
        fraction = has ? Math.max(0, Math.min(1, score / 100)) : 0;
        value.setText(has ? String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f", score) : "—");
        boolean passes = has && score >= ValidationWords.PASS_LINE;
        verdict.setText(!has ? "no score stored" : passes ? "at or above the pass line" : "below the pass line");
        Tone tone = !has ? Tone.NEUTRAL : passes ? Tone.OK : Tone.ERROR;
        tone.applyTo(value);
        tone.applyTo(fill);
        ((Pane) getChildren().get(2)).requestLayout();
    }
}
