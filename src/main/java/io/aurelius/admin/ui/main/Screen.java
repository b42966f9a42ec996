package io.aurelius.admin.ui.main;

import java.util.List;

/**
 * One screen: its label and its view, loaded from {@code /fxml/<view>.fxml}.
 *
 * @param title what the navigation shows
 * @param view  the FXML name (and the View class's prefix): "database" -> database.fxml, DatabaseView
 * @param hint  a tooltip saying what the screen is for
 */
public record Screen(String title, String view, String hint) {

    public static final Screen STRATEGIES = new Screen("Strategies", "strategies",
            "Browse, filter and search the strategies (Ctrl+F searches)");
    public static final Screen DASHBOARD = new Screen("Dashboard", "dashboard",
            "The whole database at a glance: counts by type and status, recent runs and failures, gate verdicts");
    public static final Screen DATABASE = new Screen("Database", "database", "The connection and the AURELIUS schema");
    public static final Screen CONNECTIONS = new Screen("Connections", "connections",
            "Saved connection profiles: test one, import an API .env file, switch to one");
    public static final Screen SETUP = new Screen("First-run setup", "setup",
            "Create the AURELIUS role, database and schema on a PostgreSQL server");
    public static final Screen BACKUPS = new Screen("Backups", "backups",
            "Back up the database with pg_dump, see the backups in a folder, restore one");
    /** One strategy; reached from the list, not from the navigation. */
    public static final Screen STRATEGY = new Screen("Strategy", "strategy",
            "One strategy with its backtests, validations and gate results");
    /** One backtest's report; reached from a strategy's backtests, not from the navigation. */
    public static final Screen BACKTEST = new Screen("Backtest", "backtest",
            "One backtest: statistics, equity and drawdown charts, returns, trades");

    /** One walk-forward validation; reached from a strategy. */
    public static final Screen VALIDATION = new Screen("Validation", "validation",
            "One walk-forward validation: summary, windows and train vs test Sharpe");
    /** A strategy's gate history; reached from a strategy. */
    public static final Screen GATES = new Screen("Gate results", "gates",
            "A strategy's gate results as a timeline, each with its checks");
    /** 2 to 8 backtests side by side; reached from a strategy's backtests. */
    public static final Screen COMPARE = new Screen("Compare", "compare",
            "Backtests side by side: equity curves from 1, statistics and strategy parameters");

    /** The navigation, in order. Adding a screen is one entry here (and its view registered in MainWindow). */
    public static final List<Screen> ALL = List.of(STRATEGIES, DASHBOARD, DATABASE, BACKUPS, CONNECTIONS, SETUP);

    /** False for the screens that work without a connection (to make or choose one). */
    public boolean needsConnection() {
        return !equals(CONNECTIONS) && !equals(SETUP);
    }

    /** The navigation entry that stays highlighted while this screen shows. */
    public Screen navigationEntry() {
        return this.equals(STRATEGY) || this.equals(BACKTEST) || this.equals(VALIDATION) || this.equals(GATES)
                || this.equals(COMPARE) ? STRATEGIES : this;
    }

    /** A screen by its view name ("strategies", "strategy", "database", ...), or null. */
    public static Screen named(String view) {
        for (Screen s : List.of(STRATEGIES, DASHBOARD, DATABASE, BACKUPS, CONNECTIONS, SETUP, STRATEGY, BACKTEST,
                VALIDATION, GATES, COMPARE)) {
            if (s.view().equals(view)) {
                return s;
            }
        }
        if (BACKTEST.view().equals(view)) {
            return BACKTEST;
        }
        return null;
    }
}
