package io.aurelius.admin.ui.main;

import java.util.Objects;

/**
 * Where the user is: a screen and, for a screen that shows one thing, which (a strategy's id).
 * Back and Forward walk the places visited.
 */
public record Place(Screen screen, String argument) {

    public Place {
        Objects.requireNonNull(screen, "screen");
    }

    public static Place of(Screen screen) {
        return new Place(screen, null);
    }

    public static Place strategy(String id) {
        return new Place(Screen.STRATEGY, Objects.requireNonNull(id, "id"));
    }

    public static Place backtest(String id) {
        return new Place(Screen.BACKTEST, Objects.requireNonNull(id, "id"));
    }
}
