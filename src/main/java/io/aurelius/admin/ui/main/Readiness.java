package io.aurelius.admin.ui.main;

import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.SchemaReport.State;

/** Whether the AURELIUS tables are there to browse, and whether browsing is where the app should open. */
final class Readiness {

    private Readiness() {
    }

    /** All four tables exist (made here or elsewhere); drift may still fail some queries, said in place. */
    static boolean browsable(SchemaReport r) {
        return r != null && r.missingTables().isEmpty()
                && (r.state() == State.MANAGED || r.state() == State.FOREIGN || r.state() == State.DRIFTED);
    }

    /** Browsable without drift: the Strategies screen is the one to open with. */
    static boolean ready(SchemaReport r) {
        return browsable(r) && r.drift().isEmpty();
    }
}
