package io.aurelius.admin.results;

import java.util.List;
import java.util.Map;

/**
 * The {@code backtests.trades} column as a table.
 *
 * @param fields  every field name present in any trade: the engine's fill fields first
 *                ({@code timestamp, symbol, side, quantity, price, commission}), then the others in
 *                the order first seen
 * @param rows    the trades
 * @param junk    entries that are not trade objects, kept apart with their raw text
 * @param problem a sentence when there is nothing to show as a table (no column, a single value,
 *                invalid JSON), else null
 * @param note    a sentence about how the column was read when it was odd (an object instead of an
 *                array, junk entries), else null
 */
public record TradeTable(List<String> fields, List<Row> rows, List<Junk> junk, String problem, String note) {

    public TradeTable {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        junk = List.copyOf(junk);
    }

    /**
     * One trade.
     *
     * @param index position in the stored array (or in the object's order)
     * @param cells typed cells by field name, in the stored order
     */
    public record Row(int index, Map<String, TradeCell> cells) {

        /** @return the cell of {@code field}, {@link TradeCell#MISSING} when the trade lacks it */
        public TradeCell cell(String field) {
            return cells.getOrDefault(field, TradeCell.MISSING);
        }
    }

    /**
     * An entry that is not a trade object.
     *
     * @param index position in the stored array
     * @param raw   its JSON text, shortened to 200 characters
     */
    public record Junk(int index, String raw) {
    }
}
