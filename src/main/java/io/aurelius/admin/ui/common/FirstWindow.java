package io.aurelius.admin.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The start-up timing mark the benchmark's cold-start case reads. With {@code -Daurelius.first-window=FILE} the
 * desktop app, once its first screen shows its data (the connection settled, the first page read and counted),
 * renders the window once more, writes to FILE when that was ({@code shownAt}, milliseconds since the epoch), how
 * many rows the Strategies table shows (-1: no such table) and the connection's phase, and exits. Nothing else
 * waits: the time is what a user waits for the filled window, without the screenshot's settling pause, a PNG's
 * encoding or the JVM's exit.
 */
public final class FirstWindow {

    public static final String PROPERTY = "aurelius.first-window";

    private FirstWindow() {
    }

    /** Installs the mark when the system property asks for it. */
    public static void markIfRequested(Stage stage, ConnectionState connection, TaskRunner runner) {
        if (requested() != null) {
            Screenshot.whenSettled(connection, runner, () -> mark(stage, connection.phaseProperty().get().name()));
        }
    }

    /** The same mark for a window with nothing to wait for (the benchmark's bare window), once it is shown. */
    public static void markWhenShown(Stage stage) {
        if (requested() != null) {
            Platform.runLater(() -> mark(stage, "none"));
        }
    }

    private static Path requested() {
        String target = System.getProperty(PROPERTY);
        return target == null || target.isBlank() ? null : Path.of(target);
    }

    /** Renders the window, writes when that was done and what it showed, and exits. */
    private static void mark(Stage stage, String phase) {
        stage.getScene().snapshot(null);
        long shownAt = System.currentTimeMillis();
        int rows = stage.getScene().lookup("#strategiesTable") instanceof TableView<?> t ? t.getItems().size() : -1;
        try {
            write(requested(), "shownAt=" + shownAt + "\nrows=" + rows + "\nphase=" + phase + "\n");
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage()); // the benchmark then says the app exited without its mark
        } finally {
            Platform.exit();
        }
    }

    private static void write(Path target, String text) {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the first-window mark " + target + ": " + e.getMessage(),
                    e);
        }
    }
}
