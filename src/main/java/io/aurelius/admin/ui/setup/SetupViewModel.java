package io.aurelius.admin.ui.setup;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.setup.DatabaseSetup;
import io.aurelius.admin.setup.Passwords;
import io.aurelius.admin.setup.SetupStep;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The first-run wizard (the guide's Step 1 and Step 4): superuser credentials given once and never stored;
 * the role (password chosen or generated), its defaults, the database, grants and the schema; each step's
 * result shown as it ends; then a saved profile (and the role's password in ~/.pgpass) and the app switched
 * to it.
 */
public final class SetupViewModel {

    private final SettingsResolver resolver;
    private final ConnectionState connection;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty adminUser = new SimpleStringProperty("postgres");
    private final StringProperty adminPassword = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("aurelius");
    private final StringProperty rolePassword = new SimpleStringProperty("");
    private final BooleanProperty generatePassword = new SimpleBooleanProperty(true);
    private final StringProperty database = new SimpleStringProperty("aurelius");
    private final StringProperty profileName = new SimpleStringProperty("aurelius");
    private final ObservableList<SetupStep> steps = FXCollections.observableArrayList();
    private final ObservableList<SetupStep> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);

    public SetupViewModel(SettingsResolver resolver, ConnectionState connection, TaskRunner runner,
                          DialogService dialogs) {
        this.resolver = resolver;
        this.connection = connection;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** Runs every step; stops at the first failure, keeping what was done. */
    public void run() {
        Plan plan;
        try {
            plan = plan();
        } catch (RuntimeException e) {
            say(Tone.ERROR, Messages.sentence(e));
            return;
        }
        steps.clear();
        running.set(true);
        say(Tone.NEUTRAL, "Setting up " + plan.app().describe() + "…");
        BackgroundTask.wrapReporting(said -> execute(plan, said))
                .titled("Setting up " + plan.app().describe())
                .inSlot("setup")
                .onMessage(text -> say(Tone.NEUTRAL, text))
                .onSuccess(this::finished)
                .onFailure(e -> {
                    running.set(false);
                    say(Tone.ERROR, Messages.sentence(e));
                    dialogs.showError("Setup failed", e);
                })
                .executeWith(runner);
    }

    private record Plan(DatabaseSetup setup, DatabaseSetup.Plan plan, ConnectionSettings app, char[] password) {
    }

    private record Outcome(List<SetupStep> steps, String profile) {
    }

    private Plan plan() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new SettingsException("The port '" + port.get() + "' is not a number: use the server's port, e.g."
                    + " 5432.");
        }
        if (!generatePassword.get() && rolePassword.get().isEmpty()) {
            throw new SettingsException("Choose a password for role " + Echo.of(role.get()) + ", or tick Generate.");
        }
        char[] pw = generatePassword.get() ? Passwords.generate() : rolePassword.get().toCharArray();
        String adminPw = adminPassword.get().isEmpty() ? null : adminPassword.get();
        ConnectionSettings admin = new ConnectionSettings(host.get().strip(), p, "postgres", adminUser.get().strip(),
                adminPw, null, false, 2, false, Map.of("host", "the wizard", "port", "the wizard", "user",
                "the wizard", "password", "the wizard"));
        DatabaseSetup setup = new DatabaseSetup(admin);
        DatabaseSetup.Plan plan = DatabaseSetup.Plan.everything(role.get().strip(), pw, database.get().strip());
        new Profile(profileName.get().strip(), admin.host(), p, plan.database(), plan.role(), null, false);
        return new Plan(setup, plan, setup.appSettings(plan), pw);
    }

    private Outcome execute(Plan plan, Consumer<String> said) {
        List<SetupStep> done = plan.setup().run(plan.plan(), s -> said.accept(s.toString()));
        if (done.get(done.size() - 1).outcome() == SetupStep.Outcome.FAILED) {
            return new Outcome(done, null);
        }
        ConnectionSettings app = plan.app();
        Profile profile = new Profile(profileName.get().strip(), app.host(), app.port(), app.database(), app.user(),
                null, false);
        resolver.profiles().save(profile);
        plan.setup().rememberPassword(plan.plan(), done, resolver.passFile(), false);
        return new Outcome(done, profile.name());
    }

    private void finished(Outcome outcome) {
        running.set(false);
        steps.setAll(outcome.steps());
        if (outcome.profile() == null) {
            SetupStep failed = outcome.steps().get(outcome.steps().size() - 1);
            say(Tone.ERROR, "Stopped at \"" + failed.name() + "\": " + failed.detail());
            return;
        }
        say(Tone.OK, "Done: saved profile " + outcome.profile() + " (the role's password is in "
                + resolver.passFile() + "); the app now uses it.");
        connection.switchTo(outcome.profile());
    }


    private void say(Tone t, String text) {
        tone.set(t);
        message.set(text);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty adminUserProperty() {
        return adminUser;
    }

    public StringProperty adminPasswordProperty() {
        return adminPassword;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty rolePasswordProperty() {
        return rolePassword;
    }

    public BooleanProperty generatePasswordProperty() {
        return generatePassword;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty profileNameProperty() {
        return profileName;
    }

    public ObservableList<SetupStep> steps() {
        return stepsView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
