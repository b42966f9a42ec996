package io.aurelius.admin.ui.main;

import java.util.List;
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

    public static Place validation(String id) {
        return new Place(Screen.VALIDATION, Objects.requireNonNull(id, "id"));
    }

    /** A strategy's gate history. */
    public static Place gates(String strategyId) {
        return new Place(Screen.GATES, Objects.requireNonNull(strategyId, "strategyId"));
    }

    /**
     * A strategy's gate history with one result selected. The two ids are joined by NUL, which PostgreSQL text
     * can never hold; {@link #arguments()} splits them again.
     */
    public static Place gates(String strategyId, String selectedId) {
        return selectedId == null ? gates(strategyId)
                : new Place(Screen.GATES, Objects.requireNonNull(strategyId, "strategyId") + '\0' + selectedId);
    }

    /** Backtests side by side, their ids joined by NUL as in {@link #gates(String, String)}. */
    public static Place compare(List<String> backtestIds) {
        if (backtestIds.isEmpty()) {
            throw new IllegalArgumentException("no backtests to compare");
        }
        return new Place(Screen.COMPARE, String.join("\0", backtestIds));
    }

    /** The argument's parts (see {@link #gates(String, String)}); empty without an argument. */
    public List<String> arguments() {
        return argument == null ? List.of() : List.of(argument.split("\0", -1));
    }
}
