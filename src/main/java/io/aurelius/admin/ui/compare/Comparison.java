package io.aurelius.admin.ui.compare;

import java.util.List;

/**
 * Two to eight backtests read for the Compare screen, built off the JavaFX thread: the equity curves normalised
 * to 1.0 at their first point and reduced for drawing, the curves that could not be drawn (one sentence each),
 * and the side-by-side table rows.
 *
 * @param labels   one column heading per backtest, in the order asked for (strategy and period)
 * @param lines    the curves that could be drawn
 * @param problems "label: sentence" for each curve that could not be drawn
 * @param rows     statistics, then strategy parameters; section headings have {@link Row#header()} set
 * @param dated    true when every drawn curve has dates (the x axis is epoch seconds), else point indices
 */
public record Comparison(List<String> labels, List<Line> lines, List<String> problems, List<Row> rows,
                         boolean dated) {

    public Comparison {
        labels = List.copyOf(labels);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        rows = List.copyOf(rows);
    }

    /**
     * One backtest's curve for the chart.
     *
     * @param x epoch seconds when the comparison is dated, else the point index
     * @param y equity divided by the first point's equity (so y[0] is 1.0)
     */
    public record Line(String id, String label, double[] x, double[] y) {
    }

    /**
     * One line of the side-by-side table.
     *
     * @param name   what the row shows ("Sharpe ratio", "risk.stop_loss"); the section title for a heading
     * @param header true for a section heading (its values are empty)
     * @param values one text per backtest, "—" when it has none
     */
    public record Row(String name, boolean header, List<String> values) {

        public Row {
            values = List.copyOf(values);
        }

        /** True when the backtests do not all show the same text. */
        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    /** The rows to show: all, or (differences only) those that differ and the headings above them. */
    public List<Row> shownRows(boolean differencesOnly) {
        if (!differencesOnly) {
            return rows;
        }
        List<Row> out = new java.util.ArrayList<>();
        Row heading = null;
        for (Row r : rows) {
            if (r.header()) {
                heading = r;
            } else if (r.differs()) {
                if (heading != null) {
                    out.add(heading);
                    heading = null;
                }
                out.add(r);
            }
        }
        return out;
    }
}
