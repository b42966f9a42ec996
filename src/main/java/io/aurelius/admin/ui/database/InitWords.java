package io.aurelius.admin.ui.database;

import io.aurelius.admin.db.SchemaReport;

/** What the Init / Adopt button will do, in its own label. */
final class InitWords {

    private InitWords() {
    }

    static String label(SchemaReport report) {
        if (report == null) {
            return "Init / Adopt";
        }
        return switch (report.state()) {
            case EMPTY, OTHER_TABLES_ONLY -> "Create schema";
            case FOREIGN -> "Adopt tables";
            case PARTIAL -> "Complete schema";
            case MANAGED, DRIFTED -> "Init / Adopt";
        };
    }
}
