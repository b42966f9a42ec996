package io.aurelius.admin.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aurelius.admin.results.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns small JSON fragments that SQL cut out of a row (one metric value, the instruments array) into what a
 * cell shows. Works the same for {@code json} and {@code jsonb} columns: SQL hands over the fragment's text.
 */
final class Readings {

    /** A decimal number as people and engines write it: no hex, no "NaN", no "Infinity", no Java suffixes. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Readings() {
    }

    /**
     * A number when the fragment is a JSON number or a string holding one; otherwise the raw text
     * (unreadable); {@link Reading#ABSENT} for SQL NULL (no such key) and JSON null.
     */
    static Reading of(String fragment) {
        if (fragment == null) {
            return Reading.ABSENT;
        }
        JsonNode node;
        try {
            node = Json.read(fragment);
        } catch (JsonProcessingException e) {
            return new Reading(null, fragment);
        }
        return of(node, fragment);
    }

    /** The reading of one member of a metrics object given as JSON text (the fallback for JSON SQL can't read). */
    static Reading member(String metricsJson, String name) {
        if (metricsJson == null) {
            return Reading.ABSENT;
        }
        try {
            JsonNode metrics = Json.read(metricsJson);
            JsonNode node = metrics == null || !metrics.isObject() ? null : metrics.get(name);
            return node == null ? Reading.ABSENT : of(node, node.toString());
        } catch (JsonProcessingException e) {
            return Reading.ABSENT;
        }
    }

    private static Reading of(JsonNode node, String fragment) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Reading.ABSENT;
        }
        if (node.isNumber()) {
            double d = node.asDouble();
            return Double.isFinite(d) ? new Reading(d, fragment.strip()) : new Reading(null, fragment.strip());
        }
        if (node.isTextual()) {
            String text = node.textValue();
            String t = text.strip();
            if (NUMBER.matcher(t).matches()) {
                double d = Double.parseDouble(t);
                if (Double.isFinite(d)) {
                    return new Reading(d, text);
                }
            }
            return new Reading(null, text);
        }
        return new Reading(null, fragment.strip());
    }

    /**
     * The symbols joined with ", " when the JSON is an array of strings; the raw text otherwise (a number too long
     * to read said by its length).
     */
    static String instruments(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = Json.read(json);
            if (node != null && node.isArray()) {
                List<String> symbols = new ArrayList<>(node.size());
                for (JsonNode e : node) {
                    if (!e.isTextual()) {
                        return json;
                    }
                    symbols.add(e.textValue());
                }
                return String.join(", ", symbols);
            }
        } catch (JsonProcessingException e) {
            // not JSON after all: show it as it is
        }
        return Json.shortNumber(json);
    }
}
