package io.aurelius.admin.ui.database;

import io.aurelius.admin.db.SchemaInspector;
import io.aurelius.admin.db.SchemaStatus;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.TypedConfirmation;
import java.util.ArrayList;
import java.util.List;

/** The two destructive actions and what their confirmation says will be removed. */
enum Destructive {
    DROP("Drop the AURELIUS tables", "Drop tables", "Dropping the AURELIUS tables"),
    RESET("Reset the AURELIUS schema", "Reset schema", "Resetting the schema");

    private static final String FOOTNOTE = "Other tables in the database stay. This cannot be undone: back up"
            + " first if the rows matter.";

    private final String title;
    private final String actionLabel;
    private final String working;

    Destructive(String title, String actionLabel, String working) {
        this.title = title;
        this.actionLabel = actionLabel;
        this.working = working;
    }

    /** "drop the tables": what follows ending other sessions, in the question before. */
    String verb() {
        return this == DROP ? "drop the tables" : "reset the schema";
    }

    String working() {
        return working;
    }

    String failureTitle() {
        return this == DROP ? "Drop failed" : "Reset failed";
    }

    /** The question for {@code target} (user@host:port/db), naming each table and its rows. */
    TypedConfirmation confirmation(String target, String database, SchemaStatus status) {
        String question = this == DROP
                ? "Drop these tables from " + target + "? Every row in them is deleted."
                : "Reset the schema of " + target + "? These tables and every row in them are deleted,"
                        + " then created again, empty.";
        return new TypedConfirmation(title, question, items(status), FOOTNOTE, database, actionLabel);
    }

    private static List<String> items(SchemaStatus status) {
        List<String> items = new ArrayList<>();
        for (SchemaStatus.TableStats t : status.tables()) {
            items.add(t.table() + " — " + Formats.rows(t.rows(), t.estimated()) + (t.rows() == 1 ? " row" : " rows")
                    + ", " + Formats.bytes(t.totalBytes()));
        }
        if (status.report().flywayVersion() != null) {
            items.add(SchemaInspector.FLYWAY_TABLE + " — the migration history");
        }
        if (items.isEmpty()) {
            items.add("(no AURELIUS tables exist yet)");
        }
        return items;
    }

}
