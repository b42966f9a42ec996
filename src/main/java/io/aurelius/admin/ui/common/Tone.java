package io.aurelius.admin.ui.common;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** How a piece of status reads: fine, worth a look, wrong, or plain. Maps to a CSS style class. */
public enum Tone {
    NEUTRAL, OK, WARN, ERROR;

    public String styleClass() {
        return "tone-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Replaces whatever tone class the node had with this one. */
    public void applyTo(Node node) {
        node.getStyleClass().removeAll(List.of(NEUTRAL.styleClass(), OK.styleClass(), WARN.styleClass(),
                ERROR.styleClass()));
        node.getStyleClass().add(styleClass());
    }

    /** Keeps the node's tone class in step with the value. */
    public static void follow(Node node, ObservableValue<Tone> tone) {
        tone.addListener((obs, old, now) -> now.applyTo(node));
        tone.getValue().applyTo(node);
    }
}
