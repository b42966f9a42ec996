package io.aurelius.admin.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurelius.admin.results.GateReading.Criterion;
import io.aurelius.admin.results.GateReading.DevCheck;
import io.aurelius.admin.results.GateReading.Kind;
import io.aurelius.admin.results.GateReading.NamedFlag;
import io.aurelius.admin.results.GateReading.Readiness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interprets {@code gate_results.results} by gate type (DATA-SHAPES.md):
 * dev {@code {checks: [{check_name, passed, description, message}], gate_status}};
 * crv thresholds ({@code min_sharpe_threshold, max_drawdown_threshold, min_return_threshold}), actuals
 * ({@code actual_sharpe, actual_drawdown, actual_return}), per-check booleans ({@code sharpe_pass, ...}) and
 * {@code gate_status}; product {@code recommendation} and readiness details, with the row's
 * {@code production_ready} and {@code recommendation} columns. Any other gate_type, and whatever a known type
 * holds beyond these keys, is kept as JSON for a generic tree. Numbers may be strings; bad values are
 * unreadable, never dropped.
 */
public final class GateResults {

    private record Spec(String label, String key, String threshold, String actual, String pass) {
    }

    private static final List<Spec> CRV = List.of(
            new Spec("Sharpe ratio", "sharpe", "min_sharpe_threshold", "actual_sharpe", "sharpe_pass"),
            new Spec("Max drawdown %", "drawdown", "max_drawdown_threshold", "actual_drawdown", "drawdown_pass"),
            new Spec("Total return %", "return", "min_return_threshold", "actual_return", "return_pass"));

    /** What a check stored under an empty or blank key is called. */
    private static final String NO_NAME = "(no name)";

    private GateResults() {
    }

    /** The gate type as compared: trimmed, lower case. */
    public static Kind kind(String gateType) {
        String t = gateType == null ? "" : gateType.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "dev" -> Kind.DEV;
            case "crv" -> Kind.CRV;
            case "product" -> Kind.PRODUCT;
            default -> Kind.OTHER;
        };
    }

    public static GateReading read(String gateType, String resultsJson, Boolean readyColumn,
                                   String recommendationColumn) {
        Kind kind = kind(gateType);
        JsonNode results;
        try {
            results = resultsJson == null ? null : Json.read(resultsJson);
        } catch (JsonProcessingException e) {
            return new GateReading(kind, null, List.of(), List.of(), null, List.of(),
                    Json.sentence("The results", e, "The results are not valid JSON."), null);
        }
        if (kind == Kind.OTHER) {
            String rest = rest(results);
            return new GateReading(kind, status(results), List.of(), List.of(), null, rest == null
                    ? List.of("The results are an empty object: there is nothing to show.") : List.of(), null, rest);
        }
        if (results == null || results.isNull() || results.isMissingNode() || !results.isObject()) {
            String what = results == null || results.isNull() || results.isMissingNode() ? "empty"
                    : results.isArray() ? "an array" : "a single value";
            Readiness product = kind == Kind.PRODUCT ? readiness(null, readyColumn, recommendationColumn,
                    new ArrayList<>()) : null;
            return new GateReading(kind, null, List.of(), List.of(), product, List.of(),
                    "The results are " + what + ", not an object of named fields.", rest(results));
        }
        ObjectNode left = results.deepCopy();
        left.remove("gate_status");
        List<String> notes = new ArrayList<>();
        return switch (kind) {
            case DEV -> new GateReading(kind, status(results), dev(left, notes), List.of(), null, notes, null,
                    rest(left));
            case CRV -> new GateReading(kind, status(results), List.of(), crv(left), null, notes, null, rest(left));
            default -> new GateReading(kind, status(results), List.of(), List.of(),
                    readiness(left, readyColumn, recommendationColumn, notes), notes, null, rest(left));
        };
    }

    private static String status(JsonNode results) {
        JsonNode s = results != null && results.isObject() ? results.get("gate_status") : null;
        return s == null || s.isNull() ? null : s.isValueNode() ? s.asText() : s.toString();
    }

    private static String rest(JsonNode left) {
        if (left == null || left.isMissingNode() || (left.isObject() && left.isEmpty())) {
            return null;
        }
        return left.toString();
    }

    // --- dev --------------------------------------------------------------------------------------------

    private static List<DevCheck> dev(ObjectNode left, List<String> notes) {
        JsonNode checks = left.remove("checks");
        List<DevCheck> out = new ArrayList<>();
        if (checks == null || checks.isNull()) {
            notes.add("No checks are stored, only the verdict.");
        } else if (checks.isArray()) {
            for (int i = 0; i < checks.size(); i++) {
                out.add(check("check " + (i + 1), checks.get(i)));
            }
        } else if (checks.isObject()) {
            notes.add("The checks are stored as an object keyed by name, not a list.");
            for (Map.Entry<String, JsonNode> e : checks.properties()) {
                out.add(check(e.getKey().isBlank() ? NO_NAME : e.getKey(), e.getValue()));
            }
        } else {
            notes.add("The checks are a single value (" + WalkForwardWindows.shorten(checks.toString(), 40)
                    + "), not a list.");
        }
        return out;
    }

    private static DevCheck check(String fallbackName, JsonNode c) {
        if (!c.isObject()) {
            // {"sharpe": true} keyed checks, or junk in the list
            return new DevCheck(fallbackName, Flag.of(c), null, c.isBoolean() ? null : "Not a check object.");
        }
        String name = text(c.get("check_name"));
        if (name == null) {
            name = text(c.get("name"));
        }
        return new DevCheck(name == null || name.isBlank() ? fallbackName : name, Flag.of(c.get("passed")),
                text(c.get("description")), text(c.get("message")));
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    // --- crv --------------------------------------------------------------------------------------------

    private static List<Criterion> crv(ObjectNode left) {
        List<Criterion> out = new ArrayList<>();
        for (Spec s : CRV) {
            Figure threshold = Figure.of(left.remove(s.threshold()));
            Figure actual = Figure.of(left.remove(s.actual()));
            Flag stored = Flag.of(left.remove(s.pass()));
            // drawdowns are negative percents (actual >= -20 passes); stored as positive magnitudes, smaller passes
            boolean magnitudes = s.key().equals("drawdown") && threshold.readable() && actual.readable()
                    && threshold.value() > 0 && actual.value() >= 0;
            String rule = magnitudes ? "≤" : "≥";
            Flag computed = !threshold.readable() || !actual.readable() ? Flag.MISSING
                    : Flag.of(magnitudes ? actual.value() <= threshold.value() : actual.value() >= threshold.value());
            out.add(new Criterion(s.label(), s.key(), threshold, actual, rule, stored, computed));
        }
        return out;
    }

    // --- product ----------------------------------------------------------------------------------------

    private static Readiness readiness(ObjectNode left, Boolean readyColumn, String recommendationColumn,
                                      List<String> notes) {
        Flag stored = left == null ? Flag.MISSING : Flag.of(left.remove("production_ready"));
        Flag column = Flag.of(readyColumn);
        if (column.known() && stored.known() && column.state() != stored.state()) {
            notes.add("The row says production ready is " + (readyColumn ? "yes" : "no")
                    + " but the results say " + stored.raw() + "; the row's column is shown.");
        }
        String verdict = left == null ? null : text(left.remove("recommendation"));
        String text = recommendationColumn != null && !recommendationColumn.isBlank() ? recommendationColumn : verdict;
        JsonNode details = left == null ? null : left.get("readiness");
        Figure score = Figure.MISSING;
        List<NamedFlag> checks = new ArrayList<>();
        if (details != null && details.isObject()) {
            ObjectNode d = (ObjectNode) details;
            score = Figure.of(d.remove("score"));
            readinessChecks(d, checks, notes);
            if (d.isEmpty()) {
                left.remove("readiness");
            }
        }
        return new Readiness(column.known() ? column : stored, text, text != null && text.equals(verdict) ? null
                : verdict, score, checks);
    }

    private static void readinessChecks(ObjectNode readiness, List<NamedFlag> out, List<String> notes) {
        JsonNode checks = readiness.get("checks");
        if (checks == null) {
            return;
        }
        if (checks.isObject()) {
            for (Map.Entry<String, JsonNode> e : checks.properties()) {
                out.add(new NamedFlag(e.getKey().isBlank() ? NO_NAME : e.getKey(), Flag.of(e.getValue())));
            }
            readiness.remove("checks");
        } else if (checks.isArray()) {
            for (int i = 0; i < checks.size(); i++) {
                JsonNode c = checks.get(i);
                String name = c.isObject() ? text(c.has("check_name") ? c.get("check_name") : c.get("name")) : null;
                out.add(new NamedFlag(name == null || name.isBlank() ? "check " + (i + 1) : name,
                        Flag.of(c.isObject() ? c.get("passed") : c)));
            }
            readiness.remove("checks");
        } else {
            notes.add("The readiness checks are a single value, shown under the other fields.");
        }
    }
}
