package io.aurelius.admin.export;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.query.StrategyStream;
import io.aurelius.admin.query.Total;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the strategies list (a filter and a sort, all pages) to a CSV file (RFC 4180, UTF-8, a header row),
 * row by row as the database cursor delivers them, so the size of the list never shows in memory. The rows go
 * to {@code NAME.partial} first, which becomes {@code NAME} only when every row is written; a failure or a
 * cancel deletes it, so a file with the wanted name is always complete.
 */
public final class StrategiesCsv {

    private static final Logger log = LoggerFactory.getLogger(StrategiesCsv.class);

    /** The columns, in order: the list's columns under machine-friendly names. */
    public static final List<String> HEADER = List.of("id", "name", "strategy_type", "status", "confidence",
            "created_at", "updated_at", "backtests", "validations", "gate_results", "latest_gate_type",
            "latest_gate_passed");

    /** Timestamps as stored (UTC): {@code 2024-03-01 14:05:09}, with the fraction when there is one. */
    public static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).toFormatter();

    /** How often (in rows) the listener hears about progress. */
    static final int REPORT_EVERY = 2000;

    /** Hears how far an export got; called on the exporting thread. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (rows, expected) -> { };

        /**
         * @param rows     rows written so far
         * @param expected how many the list holds (possibly an estimate), or null while unknown
         */
        void progress(long rows, Total expected);
    }

    /** A finished export. */
    public record Result(Path file, long rows, Duration elapsed) {
    }

    private final StrategyStream stream;
    private final Function<StrategyFilter, Total> counter;

    /**
     * @param counter how many rows a filter matches (an estimate is fine: it only feeds the progress), e.g.
     *                {@code StrategyBrowser::count}
     */
    public StrategiesCsv(StrategyStream stream, Function<StrategyFilter, Total> counter) {
        this.stream = stream;
        this.counter = counter;
    }

    /**
     * Exports; on success {@code target} holds the CSV (replacing an earlier file). Throws
     * {@link io.aurelius.admin.query.CancelledException} when cancelled and the database's or file system's failure otherwise, each
     * time after removing the partial file.
     */
    public Result export(StrategyFilter filter, SortOrder order, Path target, Cancel cancel, Listener listener) {
        long start = System.nanoTime();
        Total expected = expected(filter);
        listener.progress(0, expected);
        long rows = CsvFile.write(target, HEADER, cancel, out -> {
            long[] n = {0};
            stream.forEach(filter, order, cancel, row -> {
                out.row(cells(row));
                if (++n[0] % REPORT_EVERY == 0) {
                    listener.progress(n[0], expected);
                }
            });
        });
        listener.progress(rows, expected);
        return new Result(target, rows, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Where the rows go until the export is complete: {@code NAME.partial} next to the target. */
    public static Path partialOf(Path target) {
        return AtomicFile.partialOf(target);
    }

    /** One row's cells, in {@link #HEADER} order: numbers plain, timestamps as {@link #TIME}, null as empty. */
    public static List<Object> cells(StrategyRow r) {
        return Arrays.asList(r.id(), r.name(), r.type(), r.status(), r.confidence(), time(r.createdAt()),
                time(r.updatedAt()), r.backtests(), r.validations(), r.gateResults(), r.latestGateType(),
                r.latestGatePassed());
    }

    private static String time(LocalDateTime t) {
        return t == null ? null : TIME.format(t);
    }

    private Total expected(StrategyFilter filter) {
        try {
            return counter.apply(filter);
        } catch (RuntimeException e) {
            log.info("Could not count the rows to export ({}); exporting without a total", e.getMessage());
            return null;
        }
    }
}
