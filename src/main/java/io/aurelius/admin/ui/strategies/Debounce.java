package io.aurelius.admin.ui.strategies;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** Runs an action once input has paused (typing in the search box); {@link #now()} runs it at once. */
final class Debounce {

    private final PauseTransition pause;
    private final Runnable action;

    Debounce(double millis, Runnable action) {
        this.action = action;
        this.pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
    }

    void poke() {
        pause.playFromStart();
    }

    void now() {
        pause.stop();
        action.run();
    }
}
