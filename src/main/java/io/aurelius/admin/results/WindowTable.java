package io.aurelius.admin.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code validations.windows} column as a table.
 *
 * @param fields  every key present in any window: the API's window keys first (window_id, train/test periods,
 *                Sharpe, returns, drawdowns, degradation), then the others in the order first seen
 * @param rows    the windows, in stored order
 * @param problem a sentence when there is no table to show (nothing stored, a single value, invalid JSON, an
 *                empty list), else null
 * @param note    a sentence about how the column was read when it was odd, else null
 */
public record WindowTable(List<String> fields, List<Row> rows, String problem, String note) {

    public WindowTable {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
    }

    /** One window: its position, a label for the chart ("1", "window_3", "#4") and its cells by field. */
    public record Row(int index, String label, Map<String, Cell> cells) {

        public Cell cell(String field) {
            return cells.getOrDefault(field, Cell.MISSING);
        }
    }

    /**
     * One typed value.
     *
     * @param raw    the stored value as text (compact JSON for objects and arrays), null when missing
     * @param number the number for {@link Kind#NUMBER}, else NaN
     */
    public record Cell(Kind kind, String raw, double number) {

        /** NUMBER also covers numeric strings; UNREADABLE is anything but a number in a numeric window key. */
        public enum Kind { NUMBER, TEXT, BOOLEAN, JSON, NULL, UNREADABLE, MISSING }

        public static final Cell MISSING = new Cell(Kind.MISSING, null, Double.NaN);
    }

    /** One window's Sharpe ratios for the train-vs-test chart. */
    public record SharpePair(String label, Figure train, Figure test) {
    }

    /** Train and test Sharpe per window, unreadable or missing values kept as such. */
    public List<SharpePair> sharpes() {
        List<SharpePair> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new SharpePair(r.label(), figure(r.cell("train_sharpe")), figure(r.cell("test_sharpe"))));
        }
        return out;
    }

    private static Figure figure(Cell c) {
        return switch (c.kind()) {
            case NUMBER -> new Figure(Figure.Status.OK, c.number(), c.raw());
            case MISSING, NULL -> Figure.MISSING;
            default -> new Figure(Figure.Status.UNREADABLE, Double.NaN, c.raw());
        };
    }
}
