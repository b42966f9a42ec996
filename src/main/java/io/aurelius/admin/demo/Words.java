package io.aurelius.admin.demo;

/** The vocabulary of generated rows: types, names, symbols, messages, and the hostile strings. */
final class Words {

    /** The API's eight strategy types, then a rarer one that newer API versions write (types are open text). */
    static final String[] TYPES = {"ts_momentum", "pairs_trading", "stat_arb", "ml_classifier",
        "volatility_trading", "mean_reversion", "trend_following", "market_neutral", "regime_switching"};
    static final double[] TYPE_WEIGHTS = {14, 12, 11, 13, 10, 14, 15, 10, 1};

    static final String[] TYPE_WORDS = {"Momentum", "Pairs", "Stat-Arb", "ML Classifier", "Vol Carry",
        "Mean Reversion", "Trend", "Market Neutral", "Regime Switch"};

    static final String[] ADJECTIVES = {"Adaptive", "Robust", "Fast", "Slow", "Dual", "Sector", "Global",
        "Defensive", "Aggressive", "Smoothed", "Volatility-Scaled", "Risk-Parity", "Intraday", "Weekly",
        "Cross-Asset", "Quality", "Low-Beta", "Carry-Adjusted"};

    static final String[] SYMBOLS = {"SPY", "QQQ", "IWM", "DIA", "TLT", "GLD", "XLF", "XLE", "XLK", "EFA",
        "EEM", "HYG", "AAPL", "MSFT", "NVDA", "AMZN", "JPM", "XOM"};
    static final double[] PRICES = {420, 360, 190, 340, 95, 185, 36, 85, 170, 72, 40, 76, 175, 330, 450, 140,
        150, 105};
    static final String[][] PAIRS = {{"KO", "PEP"}, {"XOM", "CVX"}, {"GLD", "GDX"}, {"V", "MA"},
        {"HD", "LOW"}, {"SPY", "IVV"}};

    static final String[] GOALS = {"Capture medium-term momentum in liquid ETFs.",
        "Exploit short-term mean reversion after large gaps.",
        "Trade co-integrated pairs with a z-score entry.",
        "Harvest the volatility risk premium with a vol target.",
        "Classify next-week direction with gradient-boosted trees.",
        "Follow 50/200-day trends with volatility scaling.",
        "Stay market neutral across sector baskets.",
        "Switch exposure between risk-on and risk-off regimes."};

    static final String[] BACKTEST_ERRORS = {
        "Insufficient data: fewer than 252 bars between start_date and end_date",
        "Engine timeout after 600 s",
        "KeyError: 'close'\nTraceback (most recent call last):\n  File \"engine/run.py\", line 88, in load_bars\n"
            + "    px = frame['close']",
        "Data provider returned HTTP 429 (rate limited)",
        "Parity check failed: vectorised and event-driven equity differ by 0.8%",
        "Worker lost: the process was killed (out of memory)"};

    static final String[] VALIDATION_ERRORS = {
        "Not enough history for 4 walk-forward windows",
        "Backtest engine failed in window 3: Engine timeout after 600 s",
        "Worker lost: the process was killed (out of memory)"};

    static final String[] DEV_CHECKS = {"determinism", "no_lookahead_bias", "parity", "data_integrity",
        "risk_limits"};
    static final String[] DEV_DESCRIPTIONS = {"Two runs with the same seed give identical results",
        "No feature uses data from after the decision time", "Vectorised and event-driven engines agree",
        "Price data has no gaps, duplicates or stale bars", "Position size and leverage stay within limits"};
    static final String[] DEV_FAILURES = {"Runs differ after bar 1,204 (unseeded sampling)",
        "Feature 'ret_5d' reads the close of the decision bar", "Equity differs by 0.41% (tolerance 0.01%)",
        "37 missing bars for IWM in March 2020", "Leverage reached 2.7x (limit 2.0x)"};

    /**
     * Names that break naive code: quotes, markup, tabs, newlines, backslashes, right-to-left and CJK text,
     * emoji, and a name of the full 255 characters.
     */
    static final String[] HOSTILE_NAMES = {
        "Momentum \"SPY\" <b>bold</b> & 'quoted'",
        "Tab\tseparated\tname",
        "Line one\nLine two\r\nLine three",
        "Парный трейдинг — «кириллица»",
        "対数リターン戦略 (日本語)",
        "مراجحة إحصائية",
        "<script>alert('x')</script>",
        "Backslash \\ and \\n literal and C:\\data\\",
        "🚀 Rocket 📈 emoji",
        "Ω".repeat(255)};

    static final String[] HOSTILE_DESCRIPTIONS = {
        "<p>Uses <i>markup</i> &amp; entities</p>",
        "Multi-line\ndescription\twith tabs",
        "", "null", "NaN", "    "};

    private Words() {
    }
}
