package io.aurelius.admin.ui.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aurelius.admin.results.Json;
import io.aurelius.admin.ui.common.Cells;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One line of the parameters tree: a key, its value as text (empty for objects and arrays, which have
 * children instead) and what kind of value it is.
 */
public record ParamNode(String key, String value, String kind, List<ParamNode> children) {

    public ParamNode {
        children = List.copyOf(children);
    }

    /** The tree of a JSON text; text that is not JSON becomes one "unreadable" line keeping the raw text. */
    public static ParamNode parse(String json) {
        if (json == null || json.isBlank()) {
            return new ParamNode("parameters", "(none)", "empty", List.of());
        }
        try {
            return of("parameters", Json.read(json));
        } catch (JsonProcessingException e) {
            return new ParamNode("parameters", Json.sentence("The parameters", e, json), "unreadable", List.of());
        }
    }

    static ParamNode of(String key, JsonNode node) {
        if (node.isObject()) {
            List<ParamNode> kids = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                kids.add(of(e.getKey(), e.getValue())); // the view shows a blank key as (no name)
            }
            return new ParamNode(key, "{" + kids.size() + (kids.size() == 1 ? " key}" : " keys}"), "object", kids);
        }
        if (node.isArray()) {
            List<ParamNode> kids = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                kids.add(of("[" + i + "]", node.get(i)));
            }
            return new ParamNode(key, "[" + kids.size() + (kids.size() == 1 ? " item]" : " items]"), "array", kids);
        }
        if (node.isNull()) {
            return new ParamNode(key, "null", "null", List.of());
        }
        if (node.isTextual()) {
            return new ParamNode(key, node.asText(), "text", List.of());
        }
        if (node.isNumber()) {
            return new ParamNode(key, node.asText(), "number", List.of());
        }
        return new ParamNode(key, node.asText(), node.isBoolean() ? "boolean" : "other", List.of());
    }

    /** Indented JSON for the raw view; text that is not JSON as it is. */
    public static String pretty(String json) {
        if (json == null) {
            return "";
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.read(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
