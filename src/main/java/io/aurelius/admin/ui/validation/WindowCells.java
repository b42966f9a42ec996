package io.aurelius.admin.ui.validation;

import static io.aurelius.admin.ui.common.Formats.fixed;

import io.aurelius.admin.results.WalkForwardWindows;
import io.aurelius.admin.results.WindowTable.Cell;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.Formats;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** How the windows table shows a field: a header for people and each value formatted, unreadable said so. */
public final class WindowCells {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("window_id", "Window"), Map.entry("train_start", "Train start"),
            Map.entry("train_end", "Train end"), Map.entry("test_start", "Test start"),
            Map.entry("test_end", "Test end"), Map.entry("train_sharpe", "Train Sharpe"),
            Map.entry("test_sharpe", "Test Sharpe"), Map.entry("train_return", "Train return %"),
            Map.entry("test_return", "Test return %"), Map.entry("train_drawdown", "Train DD %"),
            Map.entry("test_drawdown", "Test DD %"), Map.entry("degradation", "Degradation %"),
            Map.entry(WalkForwardWindows.KEY_FIELD, "Key"), Map.entry(WalkForwardWindows.VALUE_FIELD, "Value"));

    /** Numbers first (by value), then text, then the rest; missing last. */
    public static final Comparator<Cell> ORDER = Comparator.comparing(Cell::kind)
            .thenComparing((a, b) -> a.kind() == Cell.Kind.NUMBER ? Double.compare(a.number(), b.number())
                    : String.CASE_INSENSITIVE_ORDER.compare(a.raw() == null ? "" : a.raw(),
                    b.raw() == null ? "" : b.raw()));

    private WindowCells() {
    }

    public static String header(String field) {
        return HEADERS.getOrDefault(field, Formats.name(field));
    }

    public static boolean numeric(String field) {
        return WalkForwardWindows.NUMERIC.contains(field);
    }

    public static Shown show(String field, Cell c) {
        return switch (c.kind()) {
            case NUMBER -> Shown.number(number(field, c.number())).withTooltip(field + " = " + c.raw());
            case UNREADABLE -> Shown.unreadableNumber(c.raw());
            case MISSING -> dash(field, "This window has no " + field + ".");
            case NULL -> dash(field, "Stored as null.");
            case JSON -> Shown.muted(c.raw(), c.raw());
            case BOOLEAN -> Shown.text("true".equals(c.raw()) ? "yes" : "no");
            case TEXT -> Formats.notANumber(c.raw()) ? Shown.notANumber(c.raw()) : Shown.text(c.raw());
        };
    }

    private static Shown dash(String field, String why) {
        return numeric(field) ? Shown.number(Formats.NONE).withTooltip(why) : Shown.muted(Formats.NONE, why);
    }

    /** The number as the field means it: Sharpe 2 decimals, percents with a % sign, degradation as a percent. */
    public static String number(String field, double v) {
        if (field.endsWith("_sharpe")) {
            return fixed(v, 2);
        }
        if (field.endsWith("_return") || field.endsWith("_drawdown")) {
            return fixed(v, 2) + " %";
        }
        if (field.equals("degradation")) {
            return fixed(v * 100, 1) + " %";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.getDefault(Locale.Category.FORMAT), "%,d", (long) v);
        }
        String s = fixed(v, 4);
        return s.contains("e") ? s : s.replaceAll("0+$", "");
    }
}
