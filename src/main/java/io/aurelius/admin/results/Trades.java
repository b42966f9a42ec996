package io.aurelius.admin.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code backtests.trades} column into a {@link TradeTable} with typed cells.
 *
 * <p>Cells: JSON numbers and numeric strings become numbers (the raw text kept for display); in
 * time fields ({@code timestamp}, {@code time}, {@code date}, {@code datetime} and names ending in
 * {@code _time}, {@code _at}, {@code _date}, {@code _timestamp}) epoch numbers (unit guessed by
 * size as in {@link CurveParser}) and ISO texts become instants; booleans, null, other text, and
 * nested objects or arrays (as compact JSON) are kept as they are. Every key of every trade is a
 * field; none is dropped.
 *
 * <p>Odd shapes: an object whose values are all objects is read as trades keyed by id (the key in
 * field {@value #KEY_FIELD}); any other object as one trade; entries that are not objects are
 * listed as junk; a single value, null or invalid JSON is a problem with no rows.
 */
public final class Trades {

    /** Field holding the key when trades are stored as an object of objects. */
    public static final String KEY_FIELD = "(key)";

    private static final List<String> ENGINE_FIELDS =
            List.of("timestamp", "symbol", "side", "quantity", "price", "commission");

    private Trades() {
    }

    /** Reads JSON text; null or blank means no trades are stored. */
    public static TradeTable parse(String json) {
        if (json == null || json.isBlank()) {
            return of(null);
        }
        try {
            return of(Json.read(json));
        } catch (JsonProcessingException e) {
            return problem(Json.sentence("The trades", e, "The trades are not valid JSON."));
        }
    }

    /** Reads a parsed column; {@code null} or JSON null means no trades are stored. */
    public static TradeTable of(JsonNode trades) {
        if (trades == null || trades.isNull() || trades.isMissingNode()) {
            return problem("No trades are stored for this backtest.");
        }
        if (trades.isArray()) {
            return fromArray(trades);
        }
        if (trades.isObject()) {
            return fromObject(trades);
        }
        return problem("The trades are a single value (" + shorten(trades.toString(), 40)
                + "), not an array of trades.");
    }

    private static TradeTable problem(String sentence) {
        return new TradeTable(List.of(), List.of(), List.of(), sentence, null);
    }

    private static TradeTable fromArray(JsonNode array) {
        List<TradeTable.Row> rows = new ArrayList<>();
        List<TradeTable.Junk> junk = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode t = array.get(i);
            if (t.isObject()) {
                rows.add(row(i, t, null, seen));
            } else {
                junk.add(new TradeTable.Junk(i, shorten(t.toString(), 200)));
            }
        }
        String note = junk.isEmpty() ? null : junk.size() + " of " + array.size()
                + " entries are not trade objects; they are listed apart.";
        return new TradeTable(order(seen), rows, junk, null, note);
    }

    private static TradeTable fromObject(JsonNode object) {
        if (object.isEmpty()) {
            return problem("The trades are an empty object, not an array of trades.");
        }
        boolean keyed = true;
        for (JsonNode v : object) {
            keyed &= v.isObject();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<TradeTable.Row> rows = new ArrayList<>();
        if (!keyed) {
            rows.add(row(0, object, null, seen));
            return new TradeTable(order(seen), rows, List.of(), null,
                    "The trades are stored as one object, not an array; it is shown as one trade.");
        }
        int i = 0;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            rows.add(row(i++, e.getValue(), e.getKey(), seen));
        }
        return new TradeTable(order(seen), rows, List.of(), null,
                "The trades are stored as an object keyed by id, not an array; each value is shown as a trade.");
    }

    private static TradeTable.Row row(int index, JsonNode trade, String key, Set<String> seen) {
        Map<String, TradeCell> cells = new LinkedHashMap<>();
        if (key != null) {
            cells.put(KEY_FIELD, TradeCell.of(TradeCell.Type.TEXT, key));
            seen.add(KEY_FIELD);
        }
        for (Map.Entry<String, JsonNode> e : trade.properties()) {
            cells.put(e.getKey(), cell(e.getKey(), e.getValue()));
            seen.add(e.getKey());
        }
        return new TradeTable.Row(index, Collections.unmodifiableMap(cells));
    }

    /** Types one value; time fields become instants when they read as times. */
    static TradeCell cell(String field, JsonNode v) {
        if (v.isNull()) {
            return TradeCell.of(TradeCell.Type.NULL, "null");
        }
        if (v.isContainerNode()) {
            return TradeCell.of(TradeCell.Type.JSON, v.toString());
        }
        if (v.isBoolean()) {
            return TradeCell.of(TradeCell.Type.BOOLEAN, v.asText());
        }
        String raw = v.asText();
        if (isTimeField(field)) {
            Instant i = v.isNumber() ? Values.instant(v.doubleValue()) : Values.instant(raw);
            if (i != null) {
                return TradeCell.instant(i, raw);
            }
        }
        double d = v.isNumber() ? v.doubleValue() : Values.number(raw);
        return Double.isFinite(d) ? TradeCell.number(d, raw.strip()) : TradeCell.of(TradeCell.Type.TEXT, raw);
    }

    static boolean isTimeField(String field) {
        String f = field.toLowerCase(java.util.Locale.ROOT);
        return f.equals("timestamp") || f.equals("time") || f.equals("date") || f.equals("datetime")
                || f.endsWith("_time") || f.endsWith("_at") || f.endsWith("_date") || f.endsWith("_timestamp");
    }

    private static List<String> order(Set<String> seen) {
        List<String> fields = new ArrayList<>();
        if (seen.contains(KEY_FIELD)) {
            fields.add(KEY_FIELD);
        }
        for (String f : ENGINE_FIELDS) {
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

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
