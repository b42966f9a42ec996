package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.SchemaReport.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaWordsTest {

    private static final List<String> ALL_INDEXES = List.of("idx_strategies_type", "idx_strategies_created",
            "idx_backtests_strategy", "idx_backtests_status", "idx_backtests_created", "idx_validations_strategy",
            "idx_validations_status", "idx_validations_created", "idx_gate_results_strategy", "idx_gate_results_type",
            "idx_gate_results_timestamp");

    private static SchemaReport report(State state, String version, List<String> drift, List<String> missingIndexes,
                                       List<String> others) {
        return new SchemaReport(state, "the API's init_db.py", version, List.of(), drift, missingIndexes, others, "jsonb");
    }

    @Test
    void stateWordsAndTones() {
        assertThat(SchemaWords.state(report(State.MANAGED, "1", List.of(), List.of(), List.of())))
                .isEqualTo("managed (version 1)");
        assertThat(SchemaWords.tone(report(State.MANAGED, "1", List.of(), List.of(), List.of()))).isEqualTo(Tone.OK);
        assertThat(SchemaWords.tone(report(State.FOREIGN, null, List.of(), List.of(), List.of()))).isEqualTo(Tone.WARN);
        assertThat(SchemaWords.tone(report(State.DRIFTED, null, List.of("strategies.name is missing"), List.of(),
                List.of()))).isEqualTo(Tone.ERROR);
        assertThat(SchemaWords.state(null)).isEqualTo("unknown");
        assertThat(SchemaWords.tone(null)).isEqualTo(Tone.NEUTRAL);
    }

    @Test
    void tablesMadeByTheApiHaveNoneOfTheGuidesIndexes() {
        assertThat(SchemaWords.notes(report(State.FOREIGN, null, List.of(), ALL_INDEXES, List.of("alembic_version"))))
                .containsExactly("None of the guide's 11 indexes exist (the API's init_db.py makes none), so lists"
                        + " will be slow on large tables.", "Other tables, left alone: alembic_version.");
    }

    @Test
    void someMissingIndexesAreNamed() {
        assertThat(SchemaWords.notes(report(State.MANAGED, "1", List.of(), List.of("idx_backtests_status"), List.of())))
                .containsExactly("Missing the guide's indexes: idx_backtests_status.");
    }

    @Test
    void anEmptyDatabaseHasNoNotes() {
        assertThat(SchemaWords.notes(report(State.EMPTY, null, List.of(), ALL_INDEXES, List.of()))).isEmpty();
    }
}
