package io.aurelius.admin.ui.snapshot;

import io.aurelius.admin.ui.common.FirstWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The cold-start case's floor: a bare JavaFX window (one label), started with the same JVM options and headless
 * toolkit as the app, shown and drawn; it writes the same first-window mark as the app ({@link FirstWindow}) and
 * exits. What any JavaFX desktop app on this JVM pays before it can show anything of its own.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("AURELIUS Admin");
            stage.setScene(new Scene(new StackPane(new Label("AURELIUS Admin")), 1280, 800));
            stage.show();
            FirstWindow.markWhenShown(stage);
        });
    }
}
