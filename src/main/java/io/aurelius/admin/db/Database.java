package io.aurelius.admin.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.domain.Backtest;
import io.aurelius.admin.domain.GateResult;
import io.aurelius.admin.domain.Strategy;
import io.aurelius.admin.domain.Validation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way in to PostgreSQL: owns the HikariCP pool and the Hibernate SessionFactory. Nothing else
 * opens connections. Services borrow JDBC connections ({@link #withConnection}, read-only ones with
 * {@link #readJdbc}: every screen's read) or Hibernate sessions ({@link #read}, {@link #write}: the entity CRUD)
 * for the length of one call; the SessionFactory starts on first use, so screens never wait for it.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    /** Logger that receives every SQL statement when DB_ECHO is on. */
    public static final String SQL_LOGGER = "io.aurelius.admin.sql";
    static final int MIN_SERVER_VERSION = 120000;
    /**
     * pgjdbc reports a certificate that does not name the host as a SEVERE java.util.logging record, which the JDK
     * prints on the terminal above the sentence {@link ConnectionErrors} gives for the same refusal: silenced (the
     * reference keeps the setting, as java.util.logging holds its loggers weakly).
     */
    private static final java.util.logging.Logger HOSTNAME_VERIFIER_LOG =
            quiet("org.postgresql.ssl.PGjdbcHostnameVerifier");
    /** What every session of the app calls itself in pg_stat_activity (followed by a per-Database tag). */
    public static final String APPLICATION = "aurelius-admin";


    private final ConnectionSettings settings;
    /**
     * The application name every connection of this Database (pool, probe, heartbeat) shows in
     * pg_stat_activity, unique per Database, so {@link OtherSessions} can tell this client's sessions from
     * another client's, even another AURELIUS Admin on the same machine.
     */
    private final String applicationName;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final AtomicLong statements = new AtomicLong();
    private final ServerInfo serverInfo;
    private volatile SessionFactory sessionFactory;
    private DataSource schemaSource;

    private Database(ConnectionSettings settings, String applicationName) {
        this.settings = settings;
        this.applicationName = applicationName;
        this.serverInfo = probe(settings, applicationName);
        this.pool = new HikariDataSource(hikariConfig(settings, applicationName));
        this.dataSource = proxied(pool);
    }

    /** Counts every statement, limits reads ({@link ReadTimeout}) and echoes SQL when asked (DB_ECHO). */
    private DataSource proxied(DataSource target) {
        ProxyDataSourceBuilder proxy = ProxyDataSourceBuilder.create(target)
                .name("aurelius")
                .listener(new Counter(statements))
                .methodListener(new ReadTimeout(settings.statementTimeoutSeconds()));
        if (settings.echoSql()) {
            proxy.logQueryBySlf4j(SLF4JLogLevel.INFO, SQL_LOGGER);
        }
        return proxy.build();
    }

    /**
     * Connects (one probe connection, then the pool). Fails with a {@link DatabaseException} whose message
     * names the setting at fault and the fix.
     */
    public static Database open(ConnectionSettings settings) {
        return new Database(settings, APPLICATION + " #" + java.util.HexFormat.of().toHexDigits(
                new java.security.SecureRandom().nextInt()));
    }

    /**
     * Opens another database on the same server as the same client (its sessions count as this client's own,
     * not as another client's), with one connection; close it when done.
     */
    public Database sibling(String otherDatabase) {
        return new Database(settings.withDatabase(otherDatabase).withPoolSize(1), applicationName);
    }

    /** "aurelius-admin #1a2b3c4d": the application name of every session this Database opens. */
    public String applicationName() {
        return applicationName;
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public ServerInfo serverInfo() {
        return serverInfo;
    }

    /** The pooled data source (for Flyway and JDBC services). */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Connections for schema work ({@link SchemaManager}): each a new one, closed when its work ends, outside the
     * pool. Flyway holds two connections while init holds a third for its lock, so on the pool a DB_POOL_SIZE of
     * 1 or 2 made init and status wait for a connection that never came; and a migration the server cut off
     * kept its pooled connection checked out for good. Schema work is rare: a connection's start costs little.
     */
    public synchronized DataSource schemaDataSource() {
        if (schemaSource == null) {
            org.postgresql.ds.PGSimpleDataSource direct = new org.postgresql.ds.PGSimpleDataSource();
            direct.setURL(settings.jdbcUrl());
            Properties p = driverProperties(settings, applicationName);
            try {
                for (String key : p.stringPropertyNames()) {
                    direct.setProperty(key, p.getProperty(key));
                }
            } catch (SQLException e) {
                throw translate(e);
            }
            schemaSource = proxied(direct);
        }
        return schemaSource;
    }

    /** Runs work on a connection of {@link #schemaDataSource()} in auto-commit mode (stoppable: {@link #stoppedBy}). */
    public <R> R withSchemaConnection(SqlFunction<Connection, R> work) {
        return withConnection(schemaDataSource(), work);
    }

    /** A new watch on whether the server still answers (its own connection; close it when done). */
    public Heartbeat heartbeat() {
        return new Heartbeat(settings, applicationName + " heartbeat");
    }

    /** Statements executed through this Database since it opened (tests assert bounded counts with it). */
    public long statementCount() {
        return statements.get();
    }

    /** Runs work on a pooled JDBC connection in auto-commit mode (stoppable: {@link #stoppedBy}). */
    public <R> R withConnection(SqlFunction<Connection, R> work) {
        return withConnection(dataSource, work);
    }

    private <R> R withConnection(DataSource source, SqlFunction<Connection, R> work) {
        try (Connection c = source.getConnection()) {
            return stoppable(c, work);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * A request to stop work (query.Cancel is the one there is): while it applies to a thread ({@link #stoppedBy}),
     * the statements that thread runs through {@link #withConnection} and {@link #readJdbc} are cancelled on the
     * server when it is requested, and the work ends with {@link #stopped()}.
     */
    public interface Stop {

        boolean requested();

        /** Runs {@code hook} on a request from now on (at once when one came already); the result removes it. */
        Runnable whenRequested(Runnable hook);

        /** What the stopped work ends with. */
        RuntimeException stopped();
    }

    private static final ThreadLocal<Stop> STOP = new ThreadLocal<>();

    /** Runs {@code work} on this thread so that {@code stop} stops the statements it runs through a Database. */
    public static <R> R stoppedBy(Stop stop, java.util.concurrent.Callable<R> work) throws Exception {
        Stop outer = STOP.get();
        STOP.set(stop);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                STOP.remove();
            } else {
                STOP.set(outer);
            }
        }
    }

    /** The Stop that applies to this thread's work, or null. */
    public static Stop currentStop() {
        return STOP.get();
    }

    private static <R> R stoppable(Connection c, SqlFunction<Connection, R> work) throws SQLException {
        Stop stop = STOP.get();
        if (stop == null) {
            return work.apply(c);
        }
        if (stop.requested()) {
            throw stop.stopped();
        }
        Runnable remove = stop.whenRequested(() -> cancelQuietly(c));
        try {
            return work.apply(c);
        } catch (SQLException e) {
            if (stop.requested()) { // the cancel's "canceling statement due to user request", or what followed it
                throw stop.stopped();
            }
            throw e;
        } finally {
            remove.run();
        }
    }

    private static void cancelQuietly(Connection c) {
        try {
            c.unwrap(org.postgresql.core.BaseConnection.class).cancelQuery();
        } catch (SQLException | RuntimeException e) {
            log.debug("No statement to cancel: {}", e.getMessage());
        }
    }

    /**
     * Runs plain JDBC work in one read-only transaction (the driver sends BEGIN READ ONLY with the first
     * statement) on a pooled connection, with no Hibernate session around it: the screens' reads are
     * projections, so they pay neither a Session nor the SessionFactory's start. The pool puts auto-commit and
     * read-only back when the connection returns; anything not committed is rolled back.
     */
    public <R> R readJdbc(SqlFunction<Connection, R> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            R result = stoppable(c, work);
            c.commit();
            return result;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs work in a read-only Hibernate session and transaction (BEGIN READ ONLY) and returns its result. */
    public <R> R read(Function<Session, R> work) {
        try (Session session = sessions().openSession()) {
            session.setDefaultReadOnly(true);
            session.doWork(c -> c.setReadOnly(true));
            try {
                return session.fromTransaction(tx -> work.apply(session));
            } finally {
                session.doWork(c -> c.setReadOnly(false));
            }
        }
    }

    /** Runs work in a read-write transaction and returns its result. */
    public <R> R write(Function<Session, R> work) {
        return sessions().fromTransaction(work);
    }

    public void writeVoid(Consumer<Session> work) {
        sessions().inTransaction(work);
    }

    /** The Hibernate SessionFactory, started on first use (it takes a second or two). */
    public SessionFactory sessions() {
        SessionFactory sf = sessionFactory;
        if (sf == null) {
            synchronized (this) {
                sf = sessionFactory;
                if (sf == null) {
                    sf = buildSessionFactory();
                    sessionFactory = sf;
                }
            }
        }
        return sf;
    }

    private SessionFactory buildSessionFactory() {
        long t0 = System.nanoTime();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .applySetting("hibernate.jdbc.time_zone", "UTC")
                .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                .applySetting("jakarta.persistence.database-major-version", serverInfo.majorVersion())
                .applySetting("jakarta.persistence.database-minor-version", serverInfo.versionNum() % 10000)
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.jdbc.batch_size", "50")
                .applySetting("hibernate.order_inserts", "true")
                .applySetting("hibernate.query.fail_on_pagination_over_collection_fetch", "true")
                .build();
        try {
            SessionFactory sf = new MetadataSources(registry)
                    .addAnnotatedClasses(Strategy.class, Backtest.class, Validation.class, GateResult.class)
                    .buildMetadata()
                    .buildSessionFactory();
            log.info("Hibernate started in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return sf;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /** Wraps a driver error met after connecting into a DatabaseException with a readable sentence. */
    public DatabaseException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) { // the pool was connected: this is a lost connection, not a bad setting
            // the pool's "not available, timed out" carries the last connect failure as its cause
            Throwable reason = e.getCause() instanceof SQLException cause ? cause : e;
            return new DatabaseException("Lost the connection to " + settings.host() + ":" + settings.port()
                    + " (" + firstLine(reason.getMessage()) + "): the server stopped or the network dropped; the app"
                    + " reconnects by itself once the server answers again.", e);
        }
        if (state.startsWith("57P")) { // admin shutdown, crash shutdown, cannot connect now: the session ended
            return new DatabaseException("The server ended the connection to " + settings.host() + ":"
                    + settings.port() + " (" + firstLine(e.getMessage()).replace("FATAL: ", "") + "): it stopped,"
                    + " restarted or an administrator ended the session; try again once it answers.", e);
        }
        if (state.startsWith("28") || state.equals("3D000")) {
            return ConnectionErrors.explain(e, settings);
        }
        if (state.equals("57014")) {
            return new DatabaseException("The query took longer than " + settings.statementTimeoutSeconds()
                    + " s and was stopped: narrow the filters, or raise DB_STATEMENT_TIMEOUT (seconds, 0: no limit).",
                    e);
        }
        if (state.equals("25006")) {
            return new DatabaseException("The connection " + settings.describe() + " is read-only, so this"
                    + " change was refused: use a profile that may write.", e);
        }
        if (state.equals("42501")) {
            return new DatabaseException("Role '" + settings.user() + "' lacks the privilege for this on '"
                    + settings.database() + "' (" + firstLine(e.getMessage()) + "): ask the database owner to"
                    + " grant it, or connect as the owner.", e);
        }
        return new DatabaseException("The database reported: " + firstLine(e.getMessage()) + ".", e);
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        return m.startsWith("ERROR: ") ? m.substring(7) : m;
    }

    @Override
    public void close() {
        SessionFactory sf = sessionFactory;
        if (sf != null) {
            sf.close();
        }
        pool.close();
    }

    // --- connecting ---------------------------------------------------------------------------------

    /**
     * The password for the driver, never null: without one, pgjdbc reads PGPASSFILE or ~/.pgpass itself, without
     * libpq's rule against a file others may read, and opens whatever is there (a pipe blocks the connection for
     * ever, /dev/zero fills the memory). The password file is SettingsResolver's to read; none found is "".
     */
    private static String password(ConnectionSettings s) {
        return s.hasPassword() ? s.password() : "";
    }

    static Properties driverProperties(ConnectionSettings s, String applicationName) {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", password(s));
        sslProperties(s, p);
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        // The client's statements are short: LLVM compilation would cost far more than it saves (on tables of
        // millions of rows the planner's costs pass jit_above_cost, and a 1 ms page took 2 s).
        p.setProperty("options", "-c jit=off" + (s.readOnly() ? " -c default_transaction_read_only=on" : ""));
        return p;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    /**
     * sslmode and the root certificate, as pgjdbc reads them. pgjdbc's default factory (LibPQFactory) follows libpq:
     * without sslrootcert it checks the server against {@code ~/.postgresql/root.crt}, as pg_dump and psql do.
     */
    public static void sslProperties(ConnectionSettings s, Properties p) {
        if (s.sslmode() != null) {
            p.setProperty("sslmode", s.sslmode());
        }
        if (s.sslrootcert() != null) {
            p.setProperty("sslrootcert", s.sslrootcert());
        }
    }

    private static ServerInfo probe(ConnectionSettings s, String applicationName) {
        long t0 = System.nanoTime();
        try (Connection c = new org.postgresql.Driver().connect(s.jdbcUrl(), driverProperties(s, applicationName))) {
            long t1 = System.nanoTime();
            double rtt = Double.MAX_VALUE;
            try (Statement st = c.createStatement()) {
                for (int i = 0; i < 3; i++) { // the best of three: the first pays for class loading
                    long t = System.nanoTime();
                    echo(s, "SELECT 1");
                    st.execute("SELECT 1");
                    rtt = Math.min(rtt, (System.nanoTime() - t) / 1e6);
                }
            }
            String versionQuery = "SELECT version(), current_setting('server_version'),"
                    + " current_setting('server_version_num')::int, current_database(), current_user,"
                    + " current_setting('default_transaction_read_only') = 'on'";
            echo(s, versionQuery);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(versionQuery)) {
                rs.next();
                String full = rs.getString(1);
                String product = full.startsWith("PostgreSQL") ? "PostgreSQL" : full.split(" ")[0];
                ServerInfo info = new ServerInfo(product, rs.getString(2).split(" ")[0], rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rtt);
                if (!full.startsWith("PostgreSQL") || info.versionNum() < MIN_SERVER_VERSION) {
                    throw new DatabaseException("The server at " + s.host() + ":" + s.port() + " is "
                            + firstWords(full) + ", not PostgreSQL 12 or later, which AURELIUS needs: "
                            + (full.startsWith("PostgreSQL") ? "upgrade it, or point DB_HOST/DB_PORT at a newer server"
                                    : "point DB_HOST/DB_PORT at a PostgreSQL server") + ".");
                }
                log.info("Connected to {} ({}) in {} ms", s.describe(), info.displayVersion(),
                        (t1 - t0) / 1_000_000);
                return info;
            }
        } catch (SQLException e) {
            throw ConnectionErrors.explain(e, s);
        }
    }

    /** DB_ECHO covers the probe too, which runs on a raw connection outside the logging proxy. */
    private static void echo(ConnectionSettings s, String sql) {
        if (s.echoSql()) {
            LoggerFactory.getLogger(SQL_LOGGER).info("Query:[\"{}\"] (connection check)", sql);
        }
    }

    private static String firstWords(String version) {
        String[] w = version.split(" ");
        return w.length >= 2 ? w[0] + " " + w[1] : version;
    }

    private static HikariConfig hikariConfig(ConnectionSettings s, String applicationName) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("aurelius-" + s.database());
        hc.setJdbcUrl(s.jdbcUrl());
        hc.setDriverClassName("org.postgresql.Driver");
        hc.setDataSourceProperties(driverProperties(s, applicationName));
        hc.setUsername(s.user());
        hc.setPassword(password(s));
        hc.setMaximumPoolSize(s.poolSize());
        // no idle floor: with one, the pool retries a lost server on its own with a back-off growing to 5 s, and
        // the first read after the server returns could wait that long; without, it connects when asked
        hc.setMinimumIdle(0);
        hc.setConnectionTimeout(5_000); // a desktop user learns of a lost server in seconds, not a quarter minute
        hc.setInitializationFailTimeout(-1);
        hc.setAutoCommit(true);
        return hc;
    }

    /** A JDBC step that may throw SQLException. */
    @FunctionalInterface
    public interface SqlFunction<T, R> {
        R apply(T t) throws SQLException;
    }

    private static final class Counter implements QueryExecutionListener {
        private final AtomicLong count;

        Counter(AtomicLong count) {
            this.count = count;
        }

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            count.addAndGet(Math.max(1, queryInfoList.size()));
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            // counted before
        }
    }
}
