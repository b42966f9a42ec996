package io.aurelius.admin;

import io.aurelius.admin.backup.BackupService;
import io.aurelius.admin.backup.PgTools;
import io.aurelius.admin.backup.RestoreService;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.crud.AureliusCrud;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.db.SchemaManager;
import io.aurelius.admin.query.BacktestReports;
import io.aurelius.admin.query.SqlBacktestReports;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.query.SqlResultReader;
import io.aurelius.admin.export.JsonFile;
import io.aurelius.admin.export.StrategiesCsv;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.query.SqlDashboard;
import io.aurelius.admin.query.SqlStrategyBrowser;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyStream;
import io.aurelius.admin.query.JsonColumns;

/**
 * The composition root: one connected Database and the services built on it, handed alike to the
 * desktop app and the command line. Runs nothing destructive on its own.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final SchemaManager schema;
    private final AureliusCrud crud;
    private final StrategyBrowser browser;
    private final BacktestReports reports;
    private final ResultReader results;
    private final Dashboard dashboard;
    private final StrategiesCsv strategiesCsv;
    private final JsonFile jsonFile;

    private Services(Database database) {
        this.database = database;
        this.schema = new SchemaManager(database);
        this.crud = new AureliusCrud(database);
        this.browser = new SqlStrategyBrowser(database);
        this.reports = new SqlBacktestReports(database);
        this.results = new SqlResultReader(database);
        this.dashboard = new SqlDashboard(database);
        this.strategiesCsv = new StrategiesCsv(new StrategyStream(database), browser::count);
        this.jsonFile = new JsonFile(new JsonColumns(database));
    }

    /** Connects with the given settings; fails with a one-sentence DatabaseException. */
    public static Services connect(ConnectionSettings settings) {
        return new Services(Database.open(settings));
    }

    public Database database() {
        return database;
    }

    public SchemaManager schema() {
        return schema;
    }

    public AureliusCrud crud() {
        return crud;
    }

    /** The read side of the analyst screens. */
    public StrategyBrowser browser() {
        return browser;
    }

    /** Backups of this database with the machine's pg_dump (found on PATH and in the usual places). */
    public BackupService backups() {
        return new BackupService(database, PgTools.system());
    }

    /** Restores into this server with the machine's pg_restore / psql. */
    public RestoreService restores() {
        return new RestoreService(database, PgTools.system());
    }

    /** The read side of the backtest report (header, curve, trades, raw JSON). */
    public BacktestReports reports() {
        return reports;
    }

    /** The read side of the validation and gate result screens. */
    public ResultReader results() {
        return results;
    }

    /** Demo and benchmark rows for this database (marked, refused over real data). */
    public DemoData demo() {
        return new DemoData(database);
    }

    /** The dashboard's database-wide questions. */
    public Dashboard dashboard() {
        return dashboard;
    }

    /** Streams the strategies list (a filter and sort, all pages) to a CSV file. */
    public StrategiesCsv strategiesCsv() {
        return strategiesCsv;
    }

    /** Saves one row's JSON column in full to a file. */
    public JsonFile jsonFile() {
        return jsonFile;
    }

    @Override
    public void close() {
        database.close();
    }
}
