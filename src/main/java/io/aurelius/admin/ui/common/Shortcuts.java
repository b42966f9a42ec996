package io.aurelius.admin.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Window-wide keyboard shortcuts that belong to one screen: they work wherever the focus is in the window,
 * but only while the screen's node is part of the window (a screen that is not showing ignores them).
 */
public final class Shortcuts {

    private Shortcuts() {
    }

    /** Runs {@code action} (and consumes the key) when {@code combo} is pressed while {@code node} shows. */
    public static void whileShown(Node node, KeyCombination combo, Runnable action) {
        whileShown(node, combo, () -> true, action);
    }

    /**
     * The same, only while {@code when} holds: otherwise the key goes on as if this were not there (Escape stops a
     * read while one runs, and does its usual work the rest of the time).
     */
    public static void whileShown(Node node, KeyCombination combo, java.util.function.BooleanSupplier when,
                                  Runnable action) {
        EventHandler<KeyEvent> filter = e -> {
            if (node.getScene() != null && node.getScene() == e.getSource() && combo.match(e) && when.getAsBoolean()) {
                e.consume();
                action.run();
            }
        };
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        Scene scene = node.getScene();
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }
}
