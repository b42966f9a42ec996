package io.aurelius.admin.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless screenshots. With {@code -Daurelius.screenshot=/path/shot.png} the app snapshots its window
 * once the connection has settled (connected or failed) and no work is in flight, writes the PNG and
 * exits; {@code -Daurelius.screenshot.exit=false} keeps it open.
 */
public final class Screenshot {

    public static final String PROPERTY = "aurelius.screenshot";
    private static final Logger log = LoggerFactory.getLogger(Screenshot.class);
    private static final Duration SETTLE = Duration.millis(700);

    private Screenshot() {
    }

    /** Installs the hook when the system property asks for it. */
    public static void ifRequested(Stage stage, ConnectionState connection, TaskRunner runner) {
        String target = System.getProperty(PROPERTY);
        if (target == null || target.isBlank()) {
            return;
        }
        boolean exit = !"false".equalsIgnoreCase(System.getProperty(PROPERTY + ".exit", "true"));
        whenSettled(connection, runner, () -> later(stage, Path.of(target), exit));
    }

    /**
     * Runs {@code then} once on the JavaFX thread when the connection has settled (connected or failed) and no
     * work is in flight. After connecting, the first page's read starts before the phase says connected; a
     * finished task stops counting as busy just before its outcome is shown (see {@link TaskBook#settle}), so the
     * check is made again once that event is over, and {@code then} sees the window with its data.
     */
    static void whenSettled(ConnectionState connection, TaskRunner runner, Runnable then) {
        BooleanSupplier settled = () -> !connection.phaseProperty().get().inProgress()
                && connection.phaseProperty().get() != ConnectionState.Phase.IDLE && !runner.isBusy();
        boolean[] done = {false};
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                InvalidationListener self = this;
                if (settled.getAsBoolean()) {
                    Platform.runLater(() -> {
                        if (!done[0] && settled.getAsBoolean()) {
                            done[0] = true;
                            connection.phaseProperty().removeListener(self);
                            runner.busyProperty().removeListener(self);
                            then.run();
                        }
                    });
                }
            }
        };
        connection.phaseProperty().addListener(check);
        runner.busyProperty().addListener(check);
    }

    private static void later(Stage stage, Path target, boolean exit) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(e -> {
            write(stage.getScene(), target);
            log.info("Screenshot written to {}", target.toAbsolutePath());
            System.out.println("Screenshot written to " + target.toAbsolutePath());
            if (exit) {
                Platform.exit();
            }
        });
        pause.play();
    }

    /** Snapshots the scene to a PNG file (on the FX thread). */
    public static void write(Scene scene, Path target) {
        write(scene.snapshot(null), target);
    }

    /** Writes an image (e.g. a node's snapshot) to a PNG file (through {@link NodePng}), making its folder. */
    public static void write(WritableImage image, Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the folder for the screenshot " + target + ": "
                    + e.getMessage(), e);
        }
        NodePng.grab(image).writeTo(target);
    }
}
