package io.aurelius.admin.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.aurelius.admin.results.MetricReading.Status;
import io.aurelius.admin.results.MetricReading.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code backtests.metrics} column read for the report: the known key statistics in a fixed
 * order with units, and every other key as a tree of entries, so nothing stored is dropped.
 *
 * <p>Numbers written as strings are read as numbers (a trailing {@code %} is allowed for percent
 * statistics); {@code "n/a"}, booleans, objects and other text make a reading
 * {@link Status#UNREADABLE} with the raw text; an absent key or JSON null is {@link Status#MISSING}.
 * A key statistic stored as an object or array is also listed in {@link #others()}. Arrays longer
 * than {@value #MAX_ITEMS} items list their first {@value #MAX_ITEMS} and one entry saying how
 * many more there are (the raw JSON view has them all).
 *
 * @param key     the nine key statistics, always in the same order
 * @param others  every other key, depth first
 * @param problem a sentence when the column is empty or not an object, else {@code null}
 */
public record MetricsView(List<MetricReading> key, List<MetricEntry> others, String problem) {

    /** Arrays inside metrics list at most this many items. */
    public static final int MAX_ITEMS = 1000;

    private record Known(String key, String label, Unit unit) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("total_return", "Total return", Unit.PERCENT),
            new Known("sharpe_ratio", "Sharpe ratio", Unit.RATIO),
            new Known("sortino_ratio", "Sortino ratio", Unit.RATIO),
            new Known("max_drawdown", "Max drawdown", Unit.PERCENT),
            new Known("win_rate", "Win rate", Unit.PERCENT),
            new Known("profit_factor", "Profit factor", Unit.RATIO),
            new Known("total_trades", "Total trades", Unit.COUNT),
            new Known("avg_trade", "Average trade", Unit.NUMBER),
            new Known("calmar_ratio", "Calmar ratio", Unit.RATIO));

    private static final Set<String> KNOWN_KEYS = Set.of("total_return", "sharpe_ratio", "sortino_ratio",
            "max_drawdown", "win_rate", "profit_factor", "total_trades", "avg_trade", "calmar_ratio");

    public MetricsView {
        key = List.copyOf(key);
        others = List.copyOf(others);
    }

    /** @return the key statistic stored under {@code jsonKey}, or null when it is not a key statistic */
    public MetricReading reading(String jsonKey) {
        return key.stream().filter(r -> r.key().equals(jsonKey)).findFirst().orElse(null);
    }

    /** Metrics that could not be read at all: no statistics, only the sentence saying why. */
    public static MetricsView unreadable(String problem) {
        return new MetricsView(of(null).key(), List.of(), problem);
    }

    /** Reads a metrics column; {@code null} or a JSON null means nothing is stored. */
    public static MetricsView of(JsonNode metrics) {
        boolean object = metrics != null && metrics.isObject();
        List<MetricReading> readings = new ArrayList<>();
        for (Known k : KNOWN) {
            readings.add(read(k, object ? metrics.get(k.key()) : null));
        }
        List<MetricEntry> others = new ArrayList<>();
        if (object) {
            for (Map.Entry<String, JsonNode> e : metrics.properties()) {
                if (!KNOWN_KEYS.contains(e.getKey()) || e.getValue().isContainerNode()) {
                    walk(e.getKey(), e.getKey(), 0, e.getValue(), others);
                }
            }
        } else if (metrics != null && !metrics.isNull() && !metrics.isMissingNode()) {
            walk("$", "$", 0, metrics, others);
        }
        return new MetricsView(readings, others, problem(metrics));
    }

    private static String problem(JsonNode metrics) {
        if (metrics == null || metrics.isNull() || metrics.isMissingNode()) {
            return "No metrics are stored for this backtest.";
        }
        if (!metrics.isObject()) {
            return "The metrics are " + (metrics.isArray() ? "an array" : "a single value")
                    + ", not an object of named statistics.";
        }
        return null;
    }

    private static MetricReading read(Known k, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return new MetricReading(k.key(), k.label(), k.unit(), Status.MISSING, Double.NaN, null);
        }
        double d = v.isNumber() ? v.doubleValue() : v.isTextual() ? textNumber(v.asText(), k.unit()) : Double.NaN;
        String raw = v.isValueNode() ? v.asText() : v.toString();
        if (Double.isFinite(d)) {
            return new MetricReading(k.key(), k.label(), k.unit(), Status.OK, d, raw);
        }
        return new MetricReading(k.key(), k.label(), k.unit(), Status.UNREADABLE, Double.NaN, raw);
    }

    private static double textNumber(String text, Unit unit) {
        String s = text.strip();
        if (unit == Unit.PERCENT && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        return Values.number(s);
    }

    private static void walk(String path, String name, int depth, JsonNode v, List<MetricEntry> out) {
        out.add(entry(path, name, depth, v));
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                walk(path + "." + e.getKey(), e.getKey(), depth + 1, e.getValue(), out);
            }
        } else if (v.isArray()) {
            int shown = Math.min(v.size(), MAX_ITEMS);
            for (int i = 0; i < shown; i++) {
                walk(path + "[" + i + "]", "[" + i + "]", depth + 1, v.get(i), out);
            }
            if (v.size() > shown) {
                out.add(new MetricEntry(path + "[…]", "…", depth + 1, MetricEntry.Kind.TEXT,
                        (v.size() - shown) + " more items (see the raw JSON)", Double.NaN));
            }
        }
    }

    private static MetricEntry entry(String path, String name, int depth, JsonNode v) {
        if (v.isObject()) {
            return new MetricEntry(path, name, depth, MetricEntry.Kind.OBJECT, count(v.size(), "key"), Double.NaN);
        }
        if (v.isArray()) {
            return new MetricEntry(path, name, depth, MetricEntry.Kind.ARRAY, count(v.size(), "item"), Double.NaN);
        }
        MetricEntry.Kind kind = v.isNumber() ? MetricEntry.Kind.NUMBER : v.isBoolean() ? MetricEntry.Kind.BOOLEAN
                : v.isNull() ? MetricEntry.Kind.NULL : MetricEntry.Kind.TEXT;
        double number = v.isNumber() ? v.doubleValue() : v.isTextual() ? Values.number(v.asText()) : Double.NaN;
        return new MetricEntry(path, name, depth, kind, v.isNull() ? "null" : v.asText(), number);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
