package io.aurelius.admin.ui.common;

import io.aurelius.admin.db.OtherSessions;
import java.util.List;

/**
 * Asks before a destructive action on a database other clients are connected to: it lists their sessions
 * and offers to end them first (their clients lose what they were doing and must reconnect) or to cancel.
 */
public final class OthersQuestion {

    private OthersQuestion() {
    }

    /** The answer that ends the sessions, e.g. "End them and restore". */
    public static String answer(String verb) {
        return "End them and " + verb;
    }

    /**
     * True when the user chose to end the sessions; false when they cancelled.
     *
     * @param verb what follows, e.g. "restore", "drop the tables", "reset the schema"
     */
    public static boolean endThem(DialogService dialogs, List<OtherSessions.Session> others, String database,
                                  String verb) {
        StringBuilder question = new StringBuilder(others.size() == 1 ? "1 other session is" : others.size()
                + " other sessions are").append(" connected to ").append(database).append(":\n");
        for (OtherSessions.Session s : others) {
            question.append("\n  • ").append(s.describe());
        }
        question.append("\n\nEnd ").append(others.size() == 1 ? "it" : "them").append(" first, then ").append(verb)
                .append("? Their clients lose any unfinished work and must reconnect; Cancel changes nothing.");
        String end = answer(verb);
        return dialogs.choose("Other sessions on " + database, question.toString(), List.of(end))
                .filter(end::equals).isPresent();
    }
}
