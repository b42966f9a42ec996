package io.aurelius.admin.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other clients' sessions on a database (pg_stat_activity), before something replaces or drops what they
 * use. This client's own sessions (its pool, its heartbeat, databases it opened beside: all named by
 * {@link Database#applicationName()}) and the server's background processes never count. A destructive
 * action either refuses while others are connected, naming them, or ends them first ({@link Policy#END},
 * chosen by the user), which needs the privilege to: a role that is not superuser may end only sessions of
 * roles whose privileges it has (or all but superusers' with pg_signal_backend).
 */
public final class OtherSessions {

    private static final Logger log = LoggerFactory.getLogger(OtherSessions.class);
    /** How long a session that is just closing (a client that disconnected a moment ago) may take to go. */
    static final Duration CLOSING = Duration.ofSeconds(1);
    /** How long ended sessions may take to go before the action gives up. */
    static final Duration ENDING = Duration.ofSeconds(30);
    private static final int NAMED = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String LIST = "SELECT a.pid, a.usename, a.application_name, host(a.client_addr),"
            + " a.client_port, a.state, a.backend_start,"
            + " CASE WHEN me.rolsuper THEN true WHEN r.rolsuper THEN false"
            + " ELSE pg_has_role(a.usesysid, 'USAGE') OR pg_has_role('pg_signal_backend', 'USAGE') END"
            + " FROM pg_stat_activity a LEFT JOIN pg_roles r ON r.oid = a.usesysid"
            + " CROSS JOIN (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) me"
            + " WHERE a.datname = ? AND a.pid <> pg_backend_pid() AND a.usesysid IS NOT NULL"
            + " AND coalesce(a.backend_type, 'client backend') = 'client backend'"
            + " AND NOT starts_with(coalesce(a.application_name, ''), ?)"
            + " ORDER BY a.backend_start NULLS LAST, a.pid";

    /** What a destructive action does about other sessions on its database. */
    public enum Policy {
        /** Refuse, naming them (the default). */
        REFUSE,
        /** End them (pg_terminate_backend) and wait until they are gone; the user chose this. */
        END
    }

    /**
     * Another client's session.
     *
     * @param client  the client's address, "the local socket", or null when this role may not see it
     * @param state   "idle", "active", "idle in transaction", ..., or null when this role may not see it
     * @param since   when it connected, or null when this role may not see it
     * @param endable whether this role may end it
     */
    public record Session(int pid, String user, String application, String client, String state,
                          OffsetDateTime since, boolean endable) {

        /** "alice from 10.0.0.5 'psql', idle, connected since 14:02". */
        public String describe() {
            StringBuilder b = new StringBuilder(user == null ? "an unknown role" : user);
            if (client != null) {
                b.append(client.equals(LOCAL) ? " via " : " from ").append(client);
            }
            if (application != null && !application.isBlank()) {
                b.append(" '").append(application).append('\'');
            }
            if (state != null) {
                b.append(", ").append(state);
            }
            if (since != null) {
                var local = since.atZoneSameInstant(ZoneId.systemDefault());
                b.append(", connected since ").append((local.toLocalDate().equals(LocalDate.now()) ? TIME : DAY)
                        .format(local));
            }
            if (client == null && state == null && since == null) {
                b.append(", details hidden from this role");
            }
            return b.toString();
        }
    }

    private static final String LOCAL = "the local socket";

    private final Database db;

    public OtherSessions(Database db) {
        this.db = db;
    }

    /**
     * Other clients' sessions on {@code database} now; sessions that are just closing (gone within a second)
     * are left out.
     */
    public List<Session> list(String database) {
        List<Session> now = listNow(database);
        long until = System.nanoTime() + CLOSING.toNanos();
        while (!now.isEmpty() && System.nanoTime() < until) {
            pause(100);
            now = listNow(database);
        }
        if (!now.isEmpty()) {
            log.info("Other sessions on {}: {}", database, now);
        }
        return now;
    }

    /**
     * Checks, changing nothing, that an action on {@code database} may go ahead under {@code policy}: no other
     * session (REFUSE), or only sessions this role may end (END). Throws {@link Refusal} naming them otherwise.
     *
     * @param action what is about to happen, for the sentence: "restoring", "dropping the tables"
     */
    public void check(String database, Policy policy, String action) {
        check(list(database), database, policy, action);
    }

    /** The same, for sessions listed a moment ago with {@link #list}. */
    public void check(List<Session> others, String database, Policy policy, String action) {
        if (others.isEmpty()) {
            return;
        }
        if (policy == Policy.REFUSE) {
            throw new Refusal(refusal(others, database, action), others);
        }
        List<Session> forbidden = others.stream().filter(s -> !s.endable()).toList();
        if (!forbidden.isEmpty()) {
            throw new Refusal(notAllowed(forbidden, others.size(), database), others);
        }
    }

    /**
     * Makes sure no other session is on {@code database} before an action: refuses (REFUSE), or ends them and
     * waits until they are gone (END). Throws {@link Refusal} when they stay.
     *
     * @return the sessions it ended (none under REFUSE)
     */
    public List<Session> clear(String database, Policy policy, String action) {
        check(database, policy, action);
        if (policy == Policy.REFUSE) {
            return List.of();
        }
        List<Session> others = listNow(database); // who is there now, each of them checked again
        if (others.isEmpty()) {
            return List.of();
        }
        check(others, database, policy, action);
        end(others, database);
        List<Session> left = waitGone(others, database);
        if (!left.isEmpty()) {
            throw new Refusal(count(left.size()) + " on " + database + " did not end within " + ENDING.toSeconds()
                    + " s (" + names(left) + "): try again, or ask their owners to disconnect; nothing was changed.",
                    left);
        }
        log.info("Ended {} other session(s) on {} before {}: {}", others.size(), database, action, others);
        return others;
    }

    /** "2 other sessions are connected to aurelius (alice from 10.0.0.5 'psql', idle, ...; bob ...)". */
    public static String sentence(List<Session> sessions, String database) {
        return count(sessions.size()) + (sessions.size() == 1 ? " is" : " are") + " connected to " + database
                + " (" + names(sessions) + ")";
    }

    private static String refusal(List<Session> others, String database, String action) {
        String them = others.size() == 1 ? "it" : "them";
        return sentence(others, database) + ": close " + them + ", or choose to end " + them + " before " + action
                + " (the app asks; the command line needs --end-sessions); nothing was changed.";
    }

    private String notAllowed(List<Session> forbidden, int all, String database) {
        String me = db.serverInfo().user();
        return "Role '" + me + "' may end only sessions of roles whose privileges it has, and " + forbidden.size()
                + " of the " + all + " other session" + (all == 1 ? "" : "s") + " on " + database + " belong"
                + (forbidden.size() == 1 ? "s" : "") + " to other roles (" + names(forbidden) + "): ask them to"
                + " disconnect, or connect as a superuser (or a member of pg_signal_backend); nothing was changed.";
    }

    private static String count(int n) {
        return n == 1 ? "1 other session" : n + " other sessions";
    }

    private static String names(List<Session> sessions) {
        List<String> named = new ArrayList<>();
        for (int i = 0; i < Math.min(NAMED, sessions.size()); i++) {
            named.add(sessions.get(i).describe());
        }
        if (sessions.size() > NAMED) {
            named.add("and " + (sessions.size() - NAMED) + " more");
        }
        return String.join("; ", named);
    }

    private List<Session> listNow(String database) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIST)) {
                ps.setString(1, database);
                ps.setString(2, db.applicationName());
                List<Session> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(session(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Session session(ResultSet rs) throws SQLException {
        String state = rs.getString(6);
        String address = rs.getString(4);
        // a visible session without an address came through the Unix socket (client_port -1)
        String client = address != null ? address : state != null && rs.getInt(5) == -1 ? LOCAL : null;
        return new Session(rs.getInt(1), rs.getString(2), rs.getString(3), client, state,
                rs.getObject(7, OffsetDateTime.class), rs.getBoolean(8));
    }

    private void end(List<Session> others, String database) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM"
                    + " unnest(?::int[]) AS t(pid)")) {
                ps.setArray(1, pids(c, others));
                ps.execute();
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    throw new Refusal(notAllowed(others, others.size(), database), others);
                }
                throw e;
            }
            return null;
        });
    }

    private List<Session> waitGone(List<Session> ended, String database) {
        long until = System.nanoTime() + ENDING.toNanos();
        List<Session> left = ended;
        while (!left.isEmpty() && System.nanoTime() < until) {
            pause(100);
            List<Integer> still = listNow(database).stream().map(Session::pid).toList();
            left = left.stream().filter(s -> still.contains(s.pid())).toList();
        }
        return left;
    }

    private static Array pids(Connection c, List<Session> sessions) throws SQLException {
        return c.createArrayOf("int4", sessions.stream().map(Session::pid).toArray());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Stopped while waiting for other sessions to end; nothing was changed.", e);
        }
    }

    /** Other sessions stand in the way: the message names them and what to do. */
    public static final class Refusal extends DatabaseException {
        private final transient List<Session> sessions;

        Refusal(String message, List<Session> sessions) {
            super(message);
            this.sessions = List.copyOf(sessions);
        }

        /** The sessions in the way. */
        public List<Session> sessions() {
            return sessions;
        }
    }
}
