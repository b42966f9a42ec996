package io.aurelius.admin.ui.strategies;

/**
 * One column of the strategies table as the user left it.
 *
 * @param id      the column's id (e.g. "name", "confidence")
 * @param width   its width in pixels, or 0 for the default
 * @param visible shown or hidden
 */
public record ColumnLayout(String id, double width, boolean visible) {
}
