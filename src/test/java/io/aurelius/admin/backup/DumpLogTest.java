package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counting the tables pg_dump's log says it dumps, as parallel workers write it. */
class DumpLogTest {

    @Test
    void aTableCountsWhereverItsMessageFallsWhenWorkersInterleave() {
        assertThat(BackupJob.tablesIn("pg_dump: dumping contents of table \"public.strategies\"")).isEqualTo(1);
        // two workers: both prefixes first, then the two messages on their own lines
        assertThat(BackupJob.tablesIn("pg_dump: pg_dump: dumping contents of table \"public.backtests\""))
                .isEqualTo(1);
        assertThat(BackupJob.tablesIn("dumping contents of table \"public.validations\"")).isEqualTo(1);
        assertThat(BackupJob.tablesIn("pg_dump: dumping contents of table \"a\"pg_dump: dumping contents of table"
                + " \"b\"")).isEqualTo(2);
        assertThat(BackupJob.tablesIn("pg_dump: reading indexes")).isZero();
    }
}
