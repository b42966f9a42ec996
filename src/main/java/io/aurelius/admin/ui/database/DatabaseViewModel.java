package io.aurelius.admin.ui.database;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.JobListener;
import io.aurelius.admin.backup.Progress;
import io.aurelius.admin.localserver.DataFolders;
import io.aurelius.admin.ui.backups.JobRun;
import io.aurelius.admin.ui.common.TypedConfirmation;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.OtherSessions;
import io.aurelius.admin.db.SchemaManager.InitResult;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.SchemaStatus;
import io.aurelius.admin.demo.DemoResult;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.db.ServerInfo;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.ConnectionState.Phase;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Loads;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.OthersQuestion;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Database screen: the connection and where its settings came from, the server, the schema state with
 * its migrations and tables, and the actions Check, Init / Adopt, Drop and Reset. Every database call runs
 * through the TaskRunner; the actions are disabled while one runs.
 */
public final class DatabaseViewModel {


    private final ConnectionState connection;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Supplier<Path> backupFolder;
    private final javafx.beans.property.ReadOnlyBooleanWrapper demoRunning =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private AtomicBoolean demoCancel = new AtomicBoolean();
    private final Loads loads = new Loads();
    private static final String STOPPED = Loads.stoppedSentence("the schema status");

    private final ObservableList<SettingRow> settings = FXCollections.observableArrayList();
    private final ObservableList<SettingRow> settingsView = FXCollections.unmodifiableObservableList(settings);
    private final ServerFacts server = new ServerFacts();
    private final SchemaFacts schema = new SchemaFacts();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> messageTone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);
    private final ReadOnlyIntegerWrapper working = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding idle;
    private final BooleanBinding canDrop;
    private final BooleanBinding canReset;
    private final BooleanBinding canInit;
    private final BooleanBinding canCheck;
    private boolean checking;

    public DatabaseViewModel(ConnectionState connection, TaskRunner runner, DialogService dialogs) {
        this(connection, runner, dialogs, DataFolders::backups);
    }

    /** @param backupFolder where the copy offered before Drop and Reset goes (the Backups screen's folder) */
    public DatabaseViewModel(ConnectionState connection, TaskRunner runner, DialogService dialogs,
                             Supplier<Path> backupFolder) {
        this.backupFolder = backupFolder;
        this.connection = connection;
        this.runner = runner;
        this.dialogs = dialogs;
        this.idle = Bindings.createBooleanBinding(() -> working.get() == 0
                && connection.phaseProperty().get() == Phase.CONNECTED, working, connection.phaseProperty());
        // A read-only connection (profile) may look but not change: the server would refuse anyway.
        BooleanBinding writable = Bindings.createBooleanBinding(() -> connection.serverProperty().get() != null
                && !connection.serverProperty().get().readOnly(), connection.serverProperty());
        this.canDrop = idle.and(writable)
                .and(Bindings.createBooleanBinding(schema::hasSomethingToDrop, schema.statusProperty()));
        this.canInit = idle.and(writable).and(schema.statusProperty().isNotNull());
        this.canReset = idle.and(writable);
        this.canCheck = Bindings.createBooleanBinding(() -> working.get() == 0
                && !connection.phaseProperty().get().inProgress(), working, connection.phaseProperty());
        connection.settingsProperty().addListener((obs, old, s) -> showSettings(s));
        connection.serverProperty().addListener((obs, old, info) -> server.show(info));
        connection.servicesProperty().addListener((obs, old, services) -> connectionChanged(services));
        connection.phaseProperty().addListener((obs, old, phase) -> phaseChanged(phase));
        showSettings(connection.settingsProperty().get());
        server.show(connection.serverProperty().get());
        connectionChanged(connection.services());
    }

    // --- actions ----------------------------------------------------------------------------------------

    /** Reads the schema state, migrations and tables again (F5); the screen's Stop ends the read. */
    public void refresh() {
        Services services = connection.services();
        if (services == null) {
            return;
        }
        working.set(working.get() + 1);
        loads.task(services.schema()::status)
                .titled("Reading the schema status")
                .inSlot("database:status")
                .onSuccess(status -> {
                    showStatus(status);
                    if (message.get().equals(STOPPED)) {
                        say(Tone.NEUTRAL, "");
                    }
                })
                .onFailure(error -> {
                    if (Loads.stopped(error)) {
                        say(Tone.WARN, STOPPED);
                    } else {
                        failed("Could not read the schema", error);
                    }
                })
                .onFinished(() -> working.set(working.get() - 1))
                .executeWith(runner);
    }

    /** Stops the schema status read under way on the server; what is shown stays. */
    public void stop() {
        loads.stop();
    }

    /** The screen's reads, for its Stop button. */
    public Loads loads() {
        return loads;
    }

    /** Reads the settings again, reconnects and reports the server and the round trip. */
    public void check() {
        checking = true;
        say(Tone.NEUTRAL, "Checking the connection…");
        connection.connect();
    }

    /** Creates the schema, adopts tables made elsewhere, or applies pending migrations. */
    public void init() {
        Services services = connection.services();
        if (services == null) {
            return;
        }
        run("Initialising the schema", services.schema()::init, this::initDone, "Init failed");
    }

    /**
     * Asks, then adds the default demo data set (creating the schema first when there is none), replacing
     * earlier demo rows; the generator refuses tables that hold real data. Its progress shows as it writes.
     */
    public void demo() {
        Services services = connection.services();
        if (services == null) {
            return;
        }
        String database = services.database().settings().database();
        if (!dialogs.confirm("Add demo data", "Add " + Formats.count(DemoSpec.DEFAULT_STRATEGIES) + " demo"
                + " strategies with their backtests, validations and gate results to " + database + "? Earlier demo"
                + " rows are replaced; tables that hold real data are left alone and nothing is written.")) {
            return;
        }
        DemoSpec spec = DemoSpec.of(DemoSpec.DEFAULT_STRATEGIES).withSafety(false, true);
        AtomicBoolean cancel = new AtomicBoolean();
        demoCancel = cancel;
        demoRunning.set(true);
        runReporting("Adding demo data", say -> {
            SchemaReport.State state = services.schema().inspect().state();
            if (state == SchemaReport.State.EMPTY || state == SchemaReport.State.OTHER_TABLES_ONLY) {
                say.accept(services.schema().init().message());
            }
            DemoResult r = services.demo().generate(spec, (table, rows, total, fraction) -> say.accept(
                    "Adding demo data: " + table + " " + Formats.count(rows) + " of " + Formats.count(total) + " ("
                    + Math.round(fraction * 100) + " %)"), cancel::get);
            return "Added " + Formats.count(r.totalRows()) + " demo rows in " + r.elapsed().toSeconds() + " s"
                    + (r.cleared() > 0 ? ", replacing " + Formats.count(r.cleared()) + " earlier ones." : ".");
        }, sentence -> {
            demoRunning.set(false);
            changed(sentence);
        }, "Demo data failed");
    }

    /** Stops the demo data being written; nothing of it stays (it is one transaction). */
    public void cancelDemo() {
        demoCancel.set(true);
    }

    /** True while demo data is being written (the screen offers Cancel). */
    public javafx.beans.property.ReadOnlyBooleanProperty demoRunningProperty() {
        return demoRunning.getReadOnlyProperty();
    }

    /** Asks (naming the tables and rows), then drops the AURELIUS tables. */
    public void drop() {
        confirmThen(Destructive.DROP, (services, confirmation, others) -> {
            List<String> dropped = services.schema().drop(confirmation, others);
            return dropped.isEmpty() ? "Nothing to drop: there are no AURELIUS tables here."
                    : "Dropped " + String.join(", ", dropped) + ".";
        });
    }

    /** Asks (naming the tables and rows), then drops and recreates the schema, empty. */
    public void reset() {
        confirmThen(Destructive.RESET, (services, confirmation, others) ->
                services.schema().reset(confirmation, others).message());
    }

    // --- flow -------------------------------------------------------------------------------------------

    /**
     * A destructive step: gets the services, the user's confirmation and what to do about other clients'
     * sessions, returns the sentence to show.
     */
    @FunctionalInterface
    private interface ConfirmedStep {
        String apply(Services services, Confirmation confirmation, OtherSessions.Policy others);
    }

    /** What the question before a destructive step shows: the tables, and other clients connected. */
    private record Before(SchemaStatus status, List<OtherSessions.Session> others) {
    }

    private void confirmThen(Destructive action, ConfirmedStep step) {
        Services services = connection.services();
        if (services == null) {
            return;
        }
        run("Listing the tables", () -> new Before(services.schema().status(), services.schema().otherSessions()),
                before -> ask(services, action, step, before), "Could not read the schema");
    }

    /** Asks about other clients' sessions (when there are any), then for the typed name; then runs the step. */
    private void ask(Services services, Destructive action, ConfirmedStep step, Before before) {
        SchemaStatus current = before.status();
        showStatus(current);
        String database = services.database().serverInfo().database();
        if (!before.others().isEmpty()
                && !OthersQuestion.endThem(dialogs, before.others(), database, action.verb())) {
            say(Tone.NEUTRAL, "Cancelled; nothing was changed.");
            return;
        }
        OtherSessions.Policy policy = before.others().isEmpty() ? OtherSessions.Policy.REFUSE
                : OtherSessions.Policy.END;
        String target = services.database().settings().describe();
        Path folder = backupFolder.get();
        TypedConfirmation question = action.confirmation(target, database, current);
        if (current.tables().stream().anyMatch(t -> t.rows() > 0)) {
            question = question.offeringBackup("Back up " + database + " to " + folder + " first");
        }
        dialogs.askTyped(question).ifPresentOrElse(
                answer -> runReporting(action.working(), say -> {
                    // the typed name first: a typo must not cost a backup before it is refused
                    Confirmation confirmation = Confirmation.typed(answer.typed(), database);
                    String copied = "";
                    if (answer.backUpFirst()) {
                        say.accept("Backing up " + database + " first…");
                        Path copy = services.backups().prepareSafetyCopy(folder).listener(new JobListener() {
                            @Override
                            public void progress(Progress p) {
                                say.accept("Backing up " + database + " first: " + JobRun.describe(p));
                            }
                        }).run().path();
                        copied = " The rows are kept in " + copy + ".";
                    }
                    say.accept(action.working() + "…");
                    return step.apply(services, confirmation, policy) + copied;
                }, this::changed, action.failureTitle()),
                () -> say(Tone.NEUTRAL, "Cancelled; nothing was changed."));
    }

    private void initDone(InitResult result) {
        changed(result.message());
    }

    private void changed(String sentence) {
        say(Tone.OK, sentence);
        connection.dataChanged();
        refresh();
    }

    private <T> void run(String title, Callable<T> work, Consumer<T> then, String failureTitle) {
        runReporting(title, say -> work.call(), then, failureTitle);
    }

    /** Runs work that reports its stages: each sentence shows in the screen's message while it runs. */
    private <T> void runReporting(String title, BackgroundTask.Reporting<T> work, Consumer<T> then,
                                  String failureTitle) {
        working.set(working.get() + 1);
        BackgroundTask.wrapReporting(work)
                .onMessage(sentence -> say(Tone.NEUTRAL, sentence))
                .titled(title)
                .inSlot("database:" + title)
                .onSuccess(then)
                .onFailure(error -> failed(failureTitle, error))
                .onFinished(() -> working.set(working.get() - 1))
                .executeWith(runner);
    }

    private void failed(String title, Throwable error) {
        demoRunning.set(false);
        if (error instanceof java.util.concurrent.CancellationException) {
            say(Tone.NEUTRAL, Messages.sentence(error)); // asked for: no error dialog
            return;
        }
        say(Tone.ERROR, Messages.sentence(error));
        dialogs.showError(title, error);
    }

    private void say(Tone tone, String sentence) {
        messageTone.set(tone);
        message.set(sentence);
    }

    // --- showing state ----------------------------------------------------------------------------------

    private void connectionChanged(Services services) {
        if (services == null) {
            showStatus(null);
        } else {
            refresh();
        }
    }

    private void phaseChanged(Phase phase) {
        if (!checking || phase.inProgress()) {
            return;
        }
        checking = false;
        ServerInfo info = connection.serverProperty().get();
        if (phase == Phase.CONNECTED && info != null) {
            say(Tone.OK, "The connection works: " + info.displayVersion() + ", round trip "
                    + server.roundTripProperty().get() + ".");
        } else if (phase == Phase.FAILED) {
            say(Tone.ERROR, Messages.sentence(connection.failureProperty().get()));
        }
    }

    private void showSettings(ConnectionSettings s) {
        if (s == null) {
            settings.clear();
            return;
        }
        settings.setAll(SettingRow.of(s));
    }

    private void showStatus(SchemaStatus st) {
        schema.show(st);
        if (st != null) {
            connection.publishSchema(st.report());
        }
    }

    // --- read-only state --------------------------------------------------------------------------------

    public ObservableList<SettingRow> settings() {
        return settingsView;
    }

    public ServerFacts server() {
        return server;
    }

    public SchemaFacts schema() {
        return schema;
    }

    /** The last action's outcome, one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> messageToneProperty() {
        return messageTone.getReadOnlyProperty();
    }

    /** True when connected and none of this screen's work is running: the actions are enabled. */
    public BooleanBinding idleProperty() {
        return idle;
    }

    /** Drop needs something to drop. */
    public BooleanBinding canDropProperty() {
        return canDrop;
    }

    /** Reset needs a connection that may write (never a read-only profile). */
    public BooleanBinding canResetProperty() {
        return canReset;
    }

    /** Init may always run once the state is known: on a current schema it says there is nothing to do. */
    public BooleanBinding canInitProperty() {
        return canInit;
    }

    /** Check may run whenever no connect is under way. */
    public BooleanBinding canCheckProperty() {
        return canCheck;
    }
}
