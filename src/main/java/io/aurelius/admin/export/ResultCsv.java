package io.aurelius.admin.export;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.Drawdowns;
import io.aurelius.admin.results.TradeCell;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.results.WindowTable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A backtest's equity curve and trades, and a validation's windows, as CSV files through
 * {@link CsvFile}: rows are streamed; the file appears complete or not at all.
 */
public final class ResultCsv {

    private static final int REPORT_EVERY = 10_000;

    private ResultCsv() {
    }

    /**
     * Writes {@code date,equity,drawdown} (ISO-8601 UTC instants) or, without dates, {@code index,equity,drawdown};
     * the drawdown is a fraction ({@code -0.125} = 12.5 % below the running peak), empty where undefined.
     *
     * @return how many points were written
     */
    public static int writeCurve(Curve curve, Path target) {
        return writeCurve(curve, target, null, n -> { });
    }

    /** The same, stoppable by {@code cancel} (no file then), telling {@code written} every 10,000 points. */
    public static int writeCurve(Curve curve, Path target, Cancel cancel, IntConsumer written) {
        double[] dd = Drawdowns.underwater(curve.values());
        String first = curve.hasTimestamps() ? "date" : "index";
        CsvFile.write(target, List.of(first, "equity", "drawdown"), cancel, out -> {
            for (int i = 0; i < curve.count(); i++) {
                String at = curve.hasTimestamps() ? curve.instant(i).toString() : Integer.toString(i);
                out.row(at, number(curve.values()[i]), number(dd[i]));
                if ((i + 1) % REPORT_EVERY == 0) {
                    written.accept(i + 1);
                }
            }
        });
        return curve.count();
    }

    /**
     * Writes every field of every trade as stored (numbers and times in their stored text, nested values as
     * compact JSON, a missing field as an empty cell); the header is the table's fields.
     *
     * @return how many trades were written
     */
    public static int writeTrades(TradeTable trades, List<TradeTable.Row> rows, Path target) {
        return writeTrades(trades, rows, target, null, n -> { });
    }

    /** The same, stoppable by {@code cancel} (no file then), telling {@code written} every 10,000 trades. */
    public static int writeTrades(TradeTable trades, List<TradeTable.Row> rows, Path target, Cancel cancel,
                                  IntConsumer written) {
        CsvFile.write(target, trades.fields(), cancel, out -> {
            int n = 0;
            for (TradeTable.Row row : rows) {
                String[] cells = new String[trades.fields().size()];
                for (int f = 0; f < cells.length; f++) {
                    TradeCell cell = row.cell(trades.fields().get(f));
                    cells[f] = cell.type() == TradeCell.Type.MISSING ? "" : cell.raw();
                }
                out.row((Object[]) cells);
                if (++n % REPORT_EVERY == 0) {
                    written.accept(n);
                }
            }
        });
        return rows.size();
    }

    /**
     * Writes a validation's windows: a header of the stored keys, then each window's stored values (null and
     * missing as empty cells).
     *
     * @return how many windows were written
     */
    public static int writeWindows(WindowTable table, Path target) {
        write(target, table.fields(), out -> {
            for (WindowTable.Row row : table.rows()) {
                out.row(table.fields().stream().map(f -> {
                    WindowTable.Cell cell = row.cell(f);
                    return cell.raw() == null || cell.kind() == WindowTable.Cell.Kind.NULL ? "" : cell.raw();
                }).toList());
            }
        });
        return table.rows().size();
    }

    /** Reads a CSV file written here back: the header row first, then the rows (for round-trip checks). */
    public static List<List<String>> read(Path source) {
        return CsvFile.read(source);
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void write(Path target, List<String> header, CsvFile.Rows rows) {
        CsvFile.write(target, header, null, rows);
    }
}
