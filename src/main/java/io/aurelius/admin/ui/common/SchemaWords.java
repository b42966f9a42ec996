package io.aurelius.admin.ui.common;

import io.aurelius.admin.db.SchemaReport;
import java.util.ArrayList;
import java.util.List;

/** The schema state in a few words, its tone, and the notes worth reading. */
public final class SchemaWords {

    private static final int GUIDE_INDEXES = 11;

    private SchemaWords() {
    }

    /** "managed (version 1)", "empty", "made elsewhere", ... for badges and the status bar. */
    public static String state(SchemaReport r) {
        if (r == null) {
            return "unknown";
        }
        return switch (r.state()) {
            case EMPTY -> "empty";
            case MANAGED -> "managed (version " + r.flywayVersion() + ")";
            case FOREIGN -> "made elsewhere";
            case PARTIAL -> "partial";
            case DRIFTED -> "drifted";
            case OTHER_TABLES_ONLY -> "other tables only";
        };
    }

    public static Tone tone(SchemaReport r) {
        if (r == null) {
            return Tone.NEUTRAL;
        }
        if (r.ready()) {
            return Tone.OK;
        }
        return r.state() == SchemaReport.State.DRIFTED ? Tone.ERROR : Tone.WARN;
    }

    /** Drift, missing indexes and other tables, one sentence each. */
    public static List<String> notes(SchemaReport r) {
        List<String> notes = new ArrayList<>();
        if (r == null) {
            return notes;
        }
        if (r.state() != SchemaReport.State.PARTIAL && r.state() != SchemaReport.State.DRIFTED) {
            for (String d : r.drift()) {
                notes.add("Drift: " + d);
            }
        }
        boolean tablesMade = r.state() != SchemaReport.State.EMPTY
                && r.state() != SchemaReport.State.OTHER_TABLES_ONLY;
        int missing = r.missingIndexes().size();
        if (tablesMade && missing == GUIDE_INDEXES && r.missingTables().isEmpty()) {
            notes.add("None of the guide's " + GUIDE_INDEXES + " indexes exist (the API's init_db.py makes"
                    + " none), so lists will be slow on large tables.");
        } else if (tablesMade && missing > 0 && missing < GUIDE_INDEXES) {
            notes.add("Missing the guide's indexes: " + String.join(", ", r.missingIndexes()) + ".");
        }
        if (!r.otherTables().isEmpty() && r.state() != SchemaReport.State.OTHER_TABLES_ONLY) {
            notes.add("Other tables, left alone: " + String.join(", ", r.otherTables()) + ".");
        }
        return notes;
    }
}
