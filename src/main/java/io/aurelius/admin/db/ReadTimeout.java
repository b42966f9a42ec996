package io.aurelius.admin.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every statement made on a read-only connection (the screens' reads: {@link Database#readJdbc}) the
 * configured query timeout, so a read that runs too long is cancelled on the server. The driver's own timer
 * sends the cancel: no extra statement or round trip per read, and writes (init, demo data, restores) are
 * never limited. A read may lift or change the limit on its statement (an export the user can cancel).
 */
final class ReadTimeout implements MethodExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReadTimeout.class);

    private final int seconds;

    ReadTimeout(int seconds) {
        this.seconds = seconds;
    }

    @Override
    public void beforeMethod(MethodExecutionContext ctx) {
        // only the made statement matters
    }

    @Override
    public void afterMethod(MethodExecutionContext ctx) {
        if (seconds <= 0 || !(ctx.getTarget() instanceof Connection c)
                || !(ctx.getResult() instanceof Statement st)) {
            return;
        }
        try {
            if (c.isReadOnly()) {
                st.setQueryTimeout(seconds);
            }
        } catch (SQLException e) {
            log.debug("Could not limit a read's statement: {}", e.getMessage());
        }
    }
}
