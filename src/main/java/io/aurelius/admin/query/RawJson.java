package io.aurelius.admin.query;

/**
 * A JSON column's text for people to read, cut to a limit so a 10^6-point curve never reaches a text area.
 *
 * @param text       the stored JSON (indented when it was read whole and is short enough), or "null"
 * @param totalChars how long the stored text is
 * @param cut        true when {@code text} is only the first part of it
 */
public record RawJson(String text, long totalChars, boolean cut) {
}
