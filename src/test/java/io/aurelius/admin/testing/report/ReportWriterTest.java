package io.aurelius.admin.testing.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.report.Outcome.Evidence;
import io.aurelius.admin.testing.report.Outcome.Status;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RELIABILITY.md from outcomes: results in, Markdown out. */
class ReportWriterTest {

    private static final ReportWriter.Header HEADER = new ReportWriter.Header("2025-06-01 12:00 UTC",
            "mvn -B verify", "PostgreSQL 15.10", "17.0.13");

    private static Outcome outcome(String test, Status status, String message, Reliability row, String how) {
        String[] parts = test.split("#");
        return new Outcome("io.aurelius.admin.x." + parts[0], parts.length > 1 ? parts[1] : null,
                List.of(new Evidence(row, how)), status, message);
    }

    private static RunResults jvm(String finished, Outcome... outcomes) {
        return new RunResults("build-1", finished, "mvn -B verify", null, "17", Arrays.asList(outcomes));
    }

    /** The table line of a row, found by its title. */
    private static String line(String md, Reliability row) {
        return md.lines().filter(l -> l.contains(ReportWriter.cell(row.title()))).findFirst().orElseThrow();
    }

    @Test
    void aFailedRowSaysFailedWithTheTestAndTheFirstLineOfItsFailure() {
        String md = ReportWriter.render(List.of(
                outcome("LossTest#cut", Status.FAILED, "expected the status bar to say lost\n  but it said: connected",
                        Reliability.SERVER_LOST, "cuts the TCP relay under an open window"),
                outcome("LossTest#stop", Status.PASSED, null, Reliability.SERVER_LOST, "stops the cluster")), HEADER);

        assertThat(line(md, Reliability.SERVER_LOST))
                .startsWith("| **Fault** | The server stops or the network is cut mid-session | ")
                .contains("cuts the TCP relay under an open window<br><sub>`LossTest.cut`</sub>")
                .contains("stops the cluster<br><sub>`LossTest.stop`</sub>")
                .contains("**FAILED**: `LossTest.cut` — expected the status bar to say lost but it said: connected")
                .contains("passed (1 test)");
        assertThat(md).contains("**16 rows: 0 passed, 1 failed, 15 not tested yet.**"
                + " Tests: 2 (1 passed, 1 failed, 0 skipped).");
    }

    @Test
    void rowsNoTestCarriesSayNotTestedYetAndEveryRowIsThereInOrderGroupedByKind() {
        String md = ReportWriter.render(List.of(outcome("RoTest#write", Status.PASSED, null,
                Reliability.READ_ONLY_BROWSING, "tries to write")), HEADER);

        List<String> table = md.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| Kind") && !l.startsWith("| ---")).toList();
        assertThat(table).hasSize(Reliability.values().length);
        assertThat(line(md, Reliability.SSL_VERIFY_FULL)).endsWith("| not tested yet |").startsWith("|  | ");
        assertThat(line(md, Reliability.READ_ONLY_BROWSING)).startsWith("| **Access** | ")
                .endsWith("| passed (1 test) |");
        assertThat(line(md, Reliability.PASSWORDS_HIDDEN)).startsWith("| **Secrets** | ");
        // Access's rows stay together although Secrets sits between them in the enum
        assertThat(table.indexOf(line(md, Reliability.DESTRUCTIVE_GUARDED)))
                .isEqualTo(table.indexOf(line(md, Reliability.READ_ONLY_BROWSING)) + 2);
        assertThat(table.get(0)).contains(ReportWriter.cell(Reliability.values()[0].title()));
        assertThat(md).startsWith("# Reliability\n").contains("do not edit it by hand")
                .contains("Generated 2025-06-01 12:00 UTC by `mvn -B verify` against PostgreSQL 15.10, Java 17.0.13.")
                .doesNotContain("Partial run");
    }

    @Test
    void twoJvmsResultsArePooledAndAFailureInEitherWins(@TempDir Path dir) throws Exception {
        Reliability backup = Reliability.RESTART_DURING_BACKUP;
        Outcome unitPass = outcome("BackupTest#cut", Status.PASSED, null, backup, "ends pg_dump");
        Outcome itPass = outcome("JarIT#backup", Status.PASSED, null, backup, "from the jar");
        Outcome flaky = outcome("RestoreTest#cut", Status.PASSED, null, Reliability.RESTART_DURING_RESTORE, "ends it");
        Outcome flakyFailed = outcome("RestoreTest#cut", Status.FAILED, "boom", Reliability.RESTART_DURING_RESTORE,
                "ends it");
        jvm("2025-06-01T12:00:00Z", unitPass, flaky).write(dir.resolve("a.json"));
        jvm("2025-06-01T12:09:30.5Z", itPass, flakyFailed).write(dir.resolve("b.json"));
        List<RunResults> runs = List.of(RunResults.read(dir.resolve("a.json")), RunResults.read(dir.resolve("b.json")));
        List<Outcome> scanned = List.of(outcome("BackupTest#cut", Status.NOT_RUN, null,
                backup, "ends pg_dump"));

        List<Outcome> pooled = ReportWriter.pool(scanned, runs);
        String md = ReportWriter.render(pooled, ReportWriter.header(runs));

        assertThat(pooled).extracting(Outcome::name)
                .containsExactly("BackupTest.cut", "JarIT.backup", "RestoreTest.cut");
        assertThat(ReportWriter.complete(pooled)).isTrue();
        assertThat(line(md, Reliability.RESTART_DURING_BACKUP)).contains("`BackupTest.cut`").contains("`JarIT.backup`")
                .endsWith("| passed (2 tests) |");
        assertThat(line(md, Reliability.RESTART_DURING_RESTORE)).contains("**FAILED**: `RestoreTest.cut` — boom");
        assertThat(md).contains("Generated 2025-06-01 12:09 UTC by `mvn -B verify`");
    }

    @Test
    void testsThatDidNotRunMakeItAPartialReport() {
        List<Outcome> pooled = ReportWriter.pool(List.of(
                outcome("TextTest#quotes", Status.NOT_RUN, null, Reliability.HOSTILE_TEXT, "types quotes"),
                outcome("TextTest#emoji", Status.NOT_RUN, null, Reliability.HOSTILE_TEXT, "types emoji")),
                List.of(jvm("2025-06-01T12:00:00Z",
                        outcome("TextTest#quotes", Status.SKIPPED, "no display", Reliability.HOSTILE_TEXT,
                                "types quotes"))));
        String md = ReportWriter.render(pooled, ReportWriter.header(List.of()));

        assertThat(ReportWriter.complete(pooled)).isFalse();
        assertThat(md).contains("> **Partial run:** 1 of 2 tests that carry `@Proves` did not run in this build");
        assertThat(line(md, Reliability.HOSTILE_TEXT))
                .contains("types emoji<br><sub>`TextTest.emoji`</sub>")
                .endsWith("| skipped: `TextTest.quotes` — no display<br>1 test not run in this build |");
        assertThat(md).contains("Generated by `mvn verify`.");
    }

    @Test
    void oneHowSentenceNamesAllItsTestsAndCellsStayOneLine() {
        String md = ReportWriter.render(List.of(
                outcome("JsonTest#ours", Status.PASSED, null, Reliability.HOSTILE_JSON, "opens | every\nrow"),
                outcome("JsonTest#api", Status.FAILED, "<b>bold</b> `x` | y\n\n z", Reliability.HOSTILE_JSON,
                        "opens | every\nrow")), HEADER);

        assertThat(line(md, Reliability.HOSTILE_JSON))
                .contains("opens \\| every row<br><sub>`JsonTest.api`, `JsonTest.ours`</sub> |")
                .contains("**FAILED**: `JsonTest.api` — &lt;b&gt;bold&lt;/b&gt; 'x' \\| y z<br>passed (1 test)");
    }
}
