package io.aurelius.admin.export;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.JsonColumns;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves one row's JSON column in full (not the cut text a screen shows) to a UTF-8 file, byte for byte what
 * {@code SELECT column::text} returns, through {@code NAME.partial} (see {@link AtomicFile}).
 */
public final class JsonFile {

    private final JsonColumns columns;

    public JsonFile(JsonColumns columns) {
        this.columns = columns;
    }

    /**
     * @return how many characters were written
     * @throws io.aurelius.admin.query.CancelledException when cancelled; no file is left
     */
    public long save(String table, String column, String id, Path target, Cancel cancel,
                     JsonColumns.Progress progress) {
        return AtomicFile.write(target, cancel, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                return columns.copy(table, column, id, out, cancel, progress);
            }
        });
    }
}
