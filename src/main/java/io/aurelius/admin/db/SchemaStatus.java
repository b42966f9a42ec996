package io.aurelius.admin.db;

import java.time.LocalDateTime;
import java.util.List;

/** `db status`: the schema report, the migrations (applied and pending), and each table's rows and size. */
public record SchemaStatus(SchemaReport report, List<Migration> migrations, List<TableStats> tables) {

    public record Migration(String version, String description, String state, LocalDateTime installedOn) {
    }

    /**
     * @param rows      exact count, or the planner's estimate when {@code estimated}
     * @param estimated true above {@link SchemaManager#EXACT_COUNT_LIMIT} rows, where counting would be slow
     */
    public record TableStats(String table, long rows, boolean estimated, long totalBytes, long indexBytes) {
    }

    public long pendingCount() {
        return migrations.stream().filter(m -> m.state().equals("pending")).count();
    }
}
