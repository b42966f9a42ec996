package io.aurelius.admin.ui.validation;

import static io.aurelius.admin.ui.common.Formats.fixed;

import io.aurelius.admin.query.ValidationDetail;
import io.aurelius.admin.results.Figure;
import io.aurelius.admin.results.WindowTable;
import io.aurelius.admin.ui.common.ChartRange;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences and figures the validation screen shows, from a stored validation. */
final class ValidationWords {

    static final double PASS_LINE = 75;

    private ValidationWords() {
    }

    static List<Tile> tiles(ValidationDetail d, WindowTable table) {
        List<Tile> t = new ArrayList<>();
        String counted = table.rows().isEmpty() ? "" : " (" + table.rows().size() + " in the windows JSON)";
        t.add(new Tile("tileWindows", "Windows", d.numWindows() == null ? Formats.NONE : d.numWindows().toString(),
                Tone.NEUTRAL, "num_windows" + counted));
        t.add(new Tile("tileTrain", "Avg train Sharpe", fixed(d.avgTrainSharpe(), 2), Tone.NEUTRAL,
                "Average in-sample Sharpe ratio over the windows (avg_train_sharpe)."));
        t.add(new Tile("tileTest", "Avg test Sharpe", fixed(d.avgTestSharpe(), 2), sign(d.avgTestSharpe()),
                "Average out-of-sample Sharpe ratio over the windows (avg_test_sharpe)."));
        t.add(new Tile("tileDegradation", "Degradation", d.avgDegradation() == null
                || !Double.isFinite(d.avgDegradation()) ? Formats.NONE
                : fixed(d.avgDegradation() * 100, 1) + " %", Tone.NEUTRAL,
                "Average of (train Sharpe − test Sharpe) / |train Sharpe| over the windows; stored as "
                        + (d.avgDegradation() == null ? "null" : d.avgDegradation()) + "."));
        Boolean p = d.passed();
        t.add(new Tile("tilePassed", "Passed", p == null ? Formats.NONE : p ? "✓ yes" : "✗ no",
                p == null ? Tone.NEUTRAL : p ? Tone.OK : Tone.ERROR,
                "A validation passes at a stability score of at least 75."));
        return t;
    }

    private static Tone sign(Double v) {
        return v == null || !Double.isFinite(v) ? Tone.NEUTRAL : v > 0 ? Tone.OK : Tone.ERROR;
    }

    static String facts(ValidationDetail d) {
        StringBuilder s = new StringBuilder(d.startDate() + " – " + d.endDate());
        s.append(" · train ").append(days(d.trainSizeDays())).append(", test windows ").append(days(d.windowSizeDays()));
        if (d.initialCapital() != null) {
            s.append(" · capital ").append(fixed(d.initialCapital(), d.initialCapital() == Math.rint(d.initialCapital())
                    ? 0 : 2));
        }
        return s.toString();
    }

    private static String days(Integer n) {
        return n == null ? "? days" : n + (n == 1 ? " day" : " days");
    }

    static String times(ValidationDetail d) {
        String s = "created " + Formats.timestamp(d.createdAt());
        if (d.completedAt() != null) {
            s += " · completed " + Formats.timestamp(d.completedAt());
        }
        if (d.durationSeconds() != null && Double.isFinite(d.durationSeconds())) {
            s += " · took " + duration(d.durationSeconds());
        }
        return s + " (UTC)";
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    /** What the state of the run means for the screen, or "" for a completed one. */
    static String notice(String status) {
        if ("pending".equals(status)) {
            return "This validation is pending: it has not started yet. The screen refreshes every few seconds.";
        }
        if ("running".equals(status)) {
            return "This validation is running: results appear when it completes. The screen refreshes every few"
                    + " seconds.";
        }
        return "";
    }

    static boolean live(String status) {
        return "pending".equals(status) || "running".equals(status);
    }

    /** Sentences about figures that contradict each other. */
    static List<String> checks(ValidationDetail d, WindowTable table) {
        List<String> notes = new ArrayList<>();
        if (d.passed() != null && d.stabilityScore() != null && Double.isFinite(d.stabilityScore()) && d.passed() != (d.stabilityScore() >= PASS_LINE)) {
            notes.add("Passed says " + (d.passed() ? "yes" : "no") + ", but the stability score "
                    + fixed(d.stabilityScore(), 1) + " is " + (d.stabilityScore() >= PASS_LINE ? "at or above" : "below")
                    + " the 75 pass line.");
        }
        if (d.numWindows() != null && !table.rows().isEmpty() && d.numWindows() != table.rows().size()) {
            notes.add("num_windows says " + d.numWindows() + ", but the windows JSON holds " + table.rows().size()
                    + ".");
        }
        return notes;
    }

    /** Which windows have no bar, and why; "" when every window has both. */
    static String chartNote(List<WindowTable.SharpePair> pairs) {
        List<String> gaps = new ArrayList<>();
        for (WindowTable.SharpePair p : pairs) {
            if (p.train().status() == Figure.Status.MISSING && p.test().status() == Figure.Status.MISSING) {
                gaps.add("window " + p.label() + " (no Sharpe stored)");
                continue;
            }
            gap(gaps, p.label(), "train", p.train());
            gap(gaps, p.label(), "test", p.test());
        }
        if (gaps.isEmpty()) {
            return "";
        }
        int shown = Math.min(gaps.size(), 6);
        return "No bar for " + String.join("; ", gaps.subList(0, shown))
                + (gaps.size() > shown ? "; and " + (gaps.size() - shown) + " more" : "") + ".";
    }

    private static void gap(List<String> gaps, String label, String which, Figure f) {
        if (f.unreadable() && Formats.notANumber(f.raw())) {
            gaps.add("window " + label + " " + which + " (" + f.raw().strip() + ", not a number)");
        } else if (f.unreadable()) {
            gaps.add("window " + label + " " + which + " (unreadable: " + shorten(f.raw()) + ")");
        } else if (!f.readable()) {
            gaps.add("window " + label + " " + which + " (missing)");
        } else if (!ChartRange.drawable(f.value())) {
            gaps.add("window " + label + " " + which + " (" + ChartRange.scientific(f.value())
                    + ", too large to draw)");
        }
    }

    private static String shorten(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}
