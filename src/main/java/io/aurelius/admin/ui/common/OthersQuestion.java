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

    /** The answer that ends {@code sessions} sessions, e.g. "End them and restore" ("End it and ..." for one). */
    public static String answer(int sessions, String verb) {
        return "End " + (sessions == 1 ? "it" : "them") + " and " + verb;
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
        boolean one = others.size() == 1;
        question.append("\n\nEnd ").append(one ? "it" : "them").append(" first, then ").append(verb).append("? ")
                .append(one ? "Its client loses" : "Their clients lose")
                .append(" any unfinished work and must reconnect; Cancel changes nothing.");
        String end = answer(others.size(), verb);
        return dialogs.choose("Other sessions on " + database, question.toString(), List.of(end))
                .filter(end::equals).isPresent();
    }
}
