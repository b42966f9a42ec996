package io.aurelius.admin.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.Drawdowns;
import io.aurelius.admin.results.TradeCell;
import io.aurelius.admin.results.TradeTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A backtest's equity curve and trades as CSV files (RFC 4180 quoting by Jackson's CSV writer, UTF-8, a header
 * row). Rows are streamed; the file appears complete or not at all (written to {@code NAME.partial}, then moved).
 */
public final class ResultCsv {

    private static final CsvMapper CSV = new CsvMapper();

    private ResultCsv() {
    }

    /**
     * Writes {@code date,equity,drawdown} (ISO-8601 UTC instants) or, without dates, {@code index,equity,drawdown};
     * the drawdown is a fraction ({@code -0.125} = 12.5 % below the running peak), empty where undefined.
     *
     * @return how many points were written
     */
    public static int writeCurve(Curve curve, Path target) {
        double[] dd = Drawdowns.underwater(curve.values());
        String first = curve.hasTimestamps() ? "date" : "index";
        write(target, List.of(first, "equity", "drawdown"), out -> {
            for (int i = 0; i < curve.count(); i++) {
                String at = curve.hasTimestamps() ? curve.instant(i).toString() : Integer.toString(i);
                out.write(new String[] {at, number(curve.values()[i]), number(dd[i])});
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
        write(target, trades.fields(), out -> {
            for (TradeTable.Row row : rows) {
                String[] cells = new String[trades.fields().size()];
                for (int f = 0; f < cells.length; f++) {
                    TradeCell cell = row.cell(trades.fields().get(f));
                    cells[f] = cell.type() == TradeCell.Type.MISSING ? "" : cell.raw();
                }
                out.write(cells);
            }
        });
        return rows.size();
    }

    /** Reads a CSV file written here back: the header row first, then the rows (for round-trip checks). */
    public static List<List<String>> read(Path source) {
        try (var it = CSV.readerForListOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature
                .WRAP_AS_ARRAY).<List<String>>readValues(source.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getMessage(), e);
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @FunctionalInterface
    private interface Rows {
        void into(SequenceWriter out) throws IOException;
    }

    private static void write(Path target, List<String> header, Rows rows) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
        try {
            Path dir = target.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 SequenceWriter out = CSV.writerFor(String[].class).with(schema).writeValues(w)) {
                out.write(header.toArray(String[]::new));
                rows.into(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the sentence below says what matters
            }
            throw new UncheckedIOException("Could not write " + target + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); choose a folder you can write to.", e);
        }
    }
}
