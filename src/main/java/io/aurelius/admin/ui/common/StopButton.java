package io.aurelius.admin.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * The Stop every screen that reads shows while its reads run (in FXML: {@code <StopButton fx:id="stopButton"/>},
 * then {@link #stops}): a click, or Escape while the screen shows and a read runs, stops them ({@link Loads#stop}).
 */
public final class StopButton extends Button {

    public StopButton() {
        super("Stop");
        getStyleClass().add("stop-button");
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip("Stop reading (Esc): the server cancels the running query; what is shown stays."));
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Shows this button while {@code loads} run; it stops them. */
    public void stops(Loads loads) {
        stops(loads.loadingProperty(), loads::stop);
    }

    /** Shows this button while {@code loading} holds; it runs {@code stop}. */
    public void stops(ObservableBooleanValue loading, Runnable stop) {
        visibleProperty().bind(loading);
        setOnAction(e -> stop.run());
        Shortcuts.whileShown(this, new KeyCodeCombination(KeyCode.ESCAPE), loading::get, stop);
    }
}
