package io.aurelius.admin.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aurelius.admin.results.WindowTable.Cell;
import io.aurelius.admin.results.WindowTable.Cell.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code validations.windows} into a {@link WindowTable}. The API writes an array of objects with
 * {@code window_id, train_start, train_end, test_start, test_end, train_sharpe, test_sharpe, train_return,
 * test_return, train_drawdown, test_drawdown, degradation}; numbers may come as strings.
 *
 * <p>Odd shapes: an object whose values are all objects is read as windows keyed by name (the key in field
 * {@value #KEY_FIELD}); any other object as one window; array entries that are not objects become rows with
 * their raw text in field {@value #VALUE_FIELD}, marked unreadable; a single value, null or invalid JSON is a
 * problem with no rows. Every key of every window is a field; none is dropped.
 */
public final class WalkForwardWindows {

    public static final String KEY_FIELD = "(key)";
    public static final String VALUE_FIELD = "(value)";
    /** The API's window keys, in the order the table shows them. */
    public static final List<String> KNOWN = List.of("window_id", "train_start", "train_end", "test_start",
            "test_end", "train_sharpe", "test_sharpe", "train_return", "test_return", "train_drawdown",
            "test_drawdown", "degradation");
    /** Window keys that hold numbers: anything else stored there is unreadable. */
    public static final Set<String> NUMERIC = Set.of("window_id", "train_sharpe", "test_sharpe", "train_return",
            "test_return", "train_drawdown", "test_drawdown", "degradation");

    private WalkForwardWindows() {
    }

    /** Reads JSON text; null means no windows are stored. */
    public static WindowTable parse(String json) {
        if (json == null || json.isBlank()) {
            return problem("No windows are stored for this validation.");
        }
        try {
            return of(Json.read(json));
        } catch (JsonProcessingException e) {
            return problem(Json.sentence("The windows", e, "The windows are not valid JSON."));
        }
    }

    public static WindowTable of(JsonNode windows) {
        if (windows == null || windows.isNull() || windows.isMissingNode()) {
            return problem("No windows are stored for this validation.");
        }
        if (windows.isArray()) {
            return windows.isEmpty() ? problem("The windows list is empty.") : fromArray(windows);
        }
        if (windows.isObject()) {
            return windows.isEmpty() ? problem("The windows are an empty object.") : fromObject(windows);
        }
        return problem("The windows are a single value (" + shorten(windows.toString(), 40)
                + "), not a list of windows.");
    }

    private static WindowTable problem(String sentence) {
        return new WindowTable(List.of(), List.of(), sentence, null);
    }

    private static WindowTable fromArray(JsonNode array) {
        List<WindowTable.Row> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int junk = 0;
        for (int i = 0; i < array.size(); i++) {
            JsonNode w = array.get(i);
            if (w.isObject()) {
                rows.add(row(i, w, null, seen));
            } else {
                junk++;
                seen.add(VALUE_FIELD);
                rows.add(new WindowTable.Row(i, "#" + (i + 1),
                        Map.of(VALUE_FIELD, new Cell(Kind.UNREADABLE, shorten(w.toString(), 200), Double.NaN))));
            }
        }
        String note = junk == 0 ? null : junk + " of " + array.size()
                + " entries are not window objects; they show as unreadable rows.";
        return new WindowTable(order(seen), rows, null, note);
    }

    private static WindowTable fromObject(JsonNode object) {
        boolean keyed = true;
        for (JsonNode v : object) {
            keyed &= v.isObject();
        }
        Set<String> seen = new LinkedHashSet<>();
        if (!keyed) {
            WindowTable.Row only = row(0, object, null, seen);
            return new WindowTable(order(seen), List.of(only), null,
                    "The windows are stored as one object, not a list; it is shown as one window.");
        }
        List<WindowTable.Row> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            rows.add(row(i++, e.getValue(), e.getKey(), seen));
        }
        return new WindowTable(order(seen), rows, null,
                "The windows are stored as an object keyed by name, not a list; each value is shown as a window.");
    }

    private static WindowTable.Row row(int index, JsonNode window, String key, Set<String> seen) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        if (key != null) {
            cells.put(KEY_FIELD, new Cell(Kind.TEXT, key, Double.NaN));
            seen.add(KEY_FIELD);
        }
        for (Map.Entry<String, JsonNode> e : window.properties()) {
            cells.put(e.getKey(), cell(e.getKey(), e.getValue()));
            seen.add(e.getKey());
        }
        return new WindowTable.Row(index, label(index, key, cells.get("window_id")),
                Collections.unmodifiableMap(cells));
    }

    private static String label(int index, String key, Cell id) {
        if (id != null && id.kind() == Kind.NUMBER) {
            return id.raw();
        }
        if (id != null && id.kind() != Kind.NULL && id.raw() != null && !id.raw().isBlank()) {
            return shorten(id.raw(), 16);
        }
        return key != null ? shorten(key, 16) : "#" + (index + 1);
    }

    /** Types one value: numbers and numeric strings are numbers; anything else in a numeric key is unreadable. */
    static Cell cell(String field, JsonNode v) {
        boolean numeric = NUMERIC.contains(field);
        if (v.isNull()) {
            return new Cell(Kind.NULL, "null", Double.NaN);
        }
        if (v.isContainerNode()) {
            return new Cell(numeric ? Kind.UNREADABLE : Kind.JSON, shorten(v.toString(), 200), Double.NaN);
        }
        String raw = v.asText();
        double d = v.isNumber() ? v.doubleValue() : v.isTextual() ? Values.number(raw) : Double.NaN;
        if (Double.isFinite(d)) {
            return new Cell(Kind.NUMBER, raw.strip(), d);
        }
        if (numeric) {
            return new Cell(Kind.UNREADABLE, raw, Double.NaN);
        }
        return new Cell(v.isBoolean() ? Kind.BOOLEAN : Kind.TEXT, raw, Double.NaN);
    }

    private static List<String> order(Set<String> seen) {
        List<String> fields = new ArrayList<>();
        if (seen.contains(KEY_FIELD)) {
            fields.add(KEY_FIELD);
        }
        for (String f : KNOWN) {
            if (seen.contains(f)) {
                fields.add(f);
            }
        }
        for (String f : seen) {
            if (!fields.contains(f)) {
                fields.add(f);
            }
        }
        return fields;
    }

    static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
