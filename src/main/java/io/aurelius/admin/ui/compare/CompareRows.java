package io.aurelius.admin.ui.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aurelius.admin.results.Json;
import io.aurelius.admin.query.BacktestReport;
import io.aurelius.admin.results.MetricReading;
import io.aurelius.admin.results.MetricsView;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.strategy.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The side-by-side table: the backtests' statistics (as the report writes them), then their strategies'
 * parameters flattened to dotted keys ({@code risk.stop_loss}); a value a backtest lacks reads "—".
 */
final class CompareRows {

    /** The metrics compared, by their JSON keys, in the report's order. */
    private static final List<String> METRICS = List.of("total_return", "sharpe_ratio", "sortino_ratio",
            "max_drawdown", "win_rate", "profit_factor", "total_trades", "calmar_ratio");

    private CompareRows() {
    }

    /** The rows for these backtests (a null report is a backtest that is gone) and parameter JSON texts. */
    static List<Comparison.Row> rows(List<BacktestReport> reports, List<String> parameters) {
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(new Comparison.Row("Statistics", true, blanks(reports.size())));
        List<MetricsView> metrics = reports.stream().map(r -> r == null ? MetricsView.of(null) : r.metrics()).toList();
        for (String key : METRICS) {
            MetricReading label = metrics.get(0).reading(key);
            rows.add(new Comparison.Row(label.label(), false,
                    metrics.stream().map(m -> shown(m.reading(key))).toList()));
        }
        rows.add(fact("Capital", reports, r -> Numbers.capital(r.initialCapital())));
        rows.add(fact("Period", reports, r -> r.startDate() + " – " + r.endDate()));
        rows.add(fact("Instruments", reports, BacktestReport::instruments));
        rows.add(fact("Status", reports, BacktestReport::status));
        rows.add(fact("Strategy", reports, r -> r.strategyName() == null ? "(gone)" : Formats.name(r.strategyName())));
        List<Map<String, String>> flat = parameters.stream().map(CompareRows::flatten).toList();
        Set<String> keys = new LinkedHashSet<>();
        flat.forEach(m -> keys.addAll(m.keySet()));
        rows.add(new Comparison.Row("Parameters", true, blanks(reports.size())));
        for (String key : keys) {
            rows.add(new Comparison.Row(key, false,
                    flat.stream().map(m -> m.getOrDefault(key, Formats.NONE)).toList()));
        }
        return rows;
    }

    /** A statistic as the report writes it; a stored NaN or Infinity reads "—", as a missing one does. */
    private static String shown(MetricReading r) {
        return r.status() == MetricReading.Status.UNREADABLE && Formats.notANumber(r.raw()) ? Formats.NONE
                : r.display();
    }

    private static Comparison.Row fact(String name, List<BacktestReport> reports,
                                       Function<BacktestReport, String> value) {
        return new Comparison.Row(name, false, reports.stream().map(r -> {
            String v = r == null ? null : value.apply(r);
            return v == null || v.isBlank() ? Formats.NONE : v.replace('\n', ' ');
        }).toList());
    }

    private static List<String> blanks(int n) {
        return java.util.Collections.nCopies(n, "");
    }

    /**
     * A parameters JSON object as dotted keys to value texts; arrays are kept as compact JSON, text that is not
     * JSON (or not an object) becomes one "(parameters)" entry holding what is stored.
     */
    static Map<String, String> flatten(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        try {
            JsonNode node = Json.read(json);
            if (node.isObject()) {
                walk("", node, out);
            } else {
                out.put("(parameters)", node.toString());
            }
        } catch (JsonProcessingException e) {
            String why = Json.limit(e);
            out.put("(parameters)", "unreadable: " + (why == null ? "not valid JSON" : why));
        }
        return out;
    }

    private static void walk(String prefix, JsonNode node, Map<String, String> out) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = prefix + (Formats.blank(e.getKey()) ? Formats.NO_NAME : e.getKey()); // "" is a key too
            JsonNode v = e.getValue();
            if (v.isObject() && !v.isEmpty()) {
                walk(key + ".", v, out);
            } else {
                out.put(key, v.isValueNode() ? v.asText() : v.toString());
            }
        }
    }
}
