package io.aurelius.admin.ui.strategy;

import java.util.List;

/**
 * What the row dialog shows until the result views exist: the row's fields and its JSON columns as stored.
 *
 * @param title e.g. "Backtest 2024-01-01 – 2024-12-31"
 * @param table the row's table ("backtests"), for saving a JSON column in full
 */
public record RowDetail(String title, String id, List<Field> fields, List<JsonPart> json, String table) {

    public record Field(String name, String value) {
    }

    /** One JSON column: its name and indented text, with a note when it was cut for display. */
    public record JsonPart(String column, String text, String note) {
    }

    public RowDetail {
        fields = List.copyOf(fields);
        json = List.copyOf(json);
    }
}
