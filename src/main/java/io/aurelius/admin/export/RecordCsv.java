package io.aurelius.admin.export;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.Reading;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A table of the result screens (its rows are records of {@code query/}) as CSV through {@link CsvFile}: one
 * column per record component, named in snake_case ({@code strategyName} → {@code strategy_name}), every
 * field as read (ids and error messages too, not only the columns shown): numbers plain, timestamps as
 * {@link StrategiesCsv#TIME}, a number read out of JSON as its value (or its text when unreadable), null empty.
 */
public final class RecordCsv {

    /** How often (in rows) progress is reported. */
    static final int REPORT_EVERY = 500;

    private RecordCsv() {
    }

    /** The header for rows of {@code type}. */
    public static List<String> header(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(snake(c.getName()));
        }
        return names;
    }

    /** One row's cells in {@link #header} order. */
    public static List<Object> cells(Record row) {
        List<Object> cells = new ArrayList<>();
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            try {
                cells.add(cell(c.getAccessor().invoke(row)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Could not read " + c.getName() + " of " + row, e);
            }
        }
        return cells;
    }

    /**
     * Writes the rows; reports how many are written every few hundred.
     *
     * @return how many rows were written
     */
    public static <R extends Record> long write(Path target, Class<R> type, List<? extends R> rows, Cancel cancel,
                                                LongConsumer progress) {
        return CsvFile.write(target, header(type), cancel, out -> {
            long n = 0;
            for (R row : rows) {
                out.row(cells(row));
                if (++n % REPORT_EVERY == 0) {
                    progress.accept(n);
                }
            }
            progress.accept(n);
        });
    }

    static Object cell(Object v) {
        if (v instanceof LocalDateTime t) {
            return StrategiesCsv.TIME.format(t);
        }
        if (v instanceof Reading r) {
            return r.value() != null ? number(r.value()) : r.raw();
        }
        if (v instanceof Double d) {
            return number(d);
        }
        return v == null ? null : v.toString();
    }

    private static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
