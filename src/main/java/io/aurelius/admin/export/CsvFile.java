package io.aurelius.admin.export;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one CSV writer of the app: RFC 4180 by Jackson's CSV writer (quoting only where needed), UTF-8, a header
 * row, null as an empty cell. Rows are written as the source hands them over (never collected), into
 * {@code NAME.partial} first (see {@link AtomicFile}).
 */
public final class CsvFile {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvFile() {
    }

    /** Takes one row at a time; checks the cancel between rows. */
    public interface Sink {
        void row(List<?> cells) throws IOException;

        default void row(Object... cells) throws IOException {
            row(Arrays.asList(cells));
        }
    }

    /** Hands the rows to a sink. */
    @FunctionalInterface
    public interface Rows {
        void into(Sink out) throws IOException;
    }

    /**
     * Writes {@code header} then the rows to {@code target}.
     *
     * @return how many rows (without the header) were written
     * @throws CancelledException when {@code cancel} was requested; no file is left
     */
    public static long write(Path target, List<String> header, Cancel cancel, Rows rows) {
        return AtomicFile.write(target, cancel, partial -> {
            long[] n = {0};
            // an encoder that replaces what UTF-8 cannot hold (a lone surrogate a json column stored as an escape)
            // instead of failing the whole export
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    StandardCharsets.UTF_8));
                 SequenceWriter out = CSV.writer(schema(header.size())).writeValues(w)) {
                out.write(header);
                rows.into(cells -> {
                    if (cancel != null && cancel.requested()) {
                        throw new CancelledException("Stopped, as asked; no file was written.");
                    }
                    out.write(cells);
                    n[0]++;
                });
            }
            return n[0];
        });
    }

    /** Positional columns (the header is written as the first row, so any text may head a column). */
    private static CsvSchema schema(int columns) {
        CsvSchema.Builder b = CsvSchema.builder();
        for (int i = 0; i < columns; i++) {
            b.addColumn("c" + i);
        }
        return b.setUseHeader(false).setNullValue("").build();
    }

    /** Writes rows held in memory (a table as shown). */
    public static long write(Path target, List<String> header, List<? extends List<?>> rows) {
        return write(target, header, null, out -> {
            for (List<?> row : rows) {
                out.row(row);
            }
        });
    }

    /** Reads a CSV file back: the header row first, then the rows (for round-trip checks). */
    public static List<List<String>> read(Path source) {
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(source.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + source + ": " + e.getMessage(), e);
        }
    }
}
