package io.aurelius.admin.ui.connections;

import io.aurelius.admin.Connections;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.PgPass;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.ProfileStore;
import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
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
 * The connection manager: named profiles (no passwords: those go to ~/.pgpass only when asked), import from
 * an API .env file, Test (the same check as `db check`), and Use (switch the app to a profile).
 */
public final class ConnectionsViewModel {

    /** The sslmode choices; "default" leaves it to libpq (prefer). */
    public static final String DEFAULT_SSL = "default";
    public static final List<String> SSL_MODES = List.of(DEFAULT_SSL, "disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    private final SettingsResolver resolver;
    private final ConnectionState connection;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObservableList<Profile> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("aurelius");
    private final StringProperty user = new SimpleStringProperty("aurelius");
    private final StringProperty sslmode = new SimpleStringProperty(DEFAULT_SSL);
    /** The CA file for verify-ca and verify-full; empty: ~/.postgresql/root.crt. */
    private final StringProperty sslrootcert = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty savePassword = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NEUTRAL);

    public ConnectionsViewModel(SettingsResolver resolver, ConnectionState connection, TaskRunner runner,
                                DialogService dialogs) {
        this.resolver = resolver;
        this.connection = connection;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    // --- actions ----------------------------------------------------------------------------------------

    public void load() {
        ProfileStore store = resolver.profiles();
        run("Reading the profiles", store::list, profiles::setAll, "Could not read the profiles");
    }

    /** Shows a profile in the form. */
    public void edit(Profile p) {
        if (p == null) {
            return;
        }
        name.set(p.name());
        host.set(p.host());
        port.set(Integer.toString(p.port()));
        database.set(p.database());
        user.set(p.user());
        sslmode.set(p.sslmode() == null ? DEFAULT_SSL : p.sslmode());
        sslrootcert.set(p.sslrootcert() == null ? "" : p.sslrootcert());
        readOnly.set(p.readOnly());
        password.set("");
        savePassword.set(false);
    }

    /** Empties the form for a new profile. */
    public void newProfile() {
        edit(new Profile("new", "localhost", 5432, "aurelius", "aurelius", null, false));
        name.set("");
    }

    public void save() {
        Profile p;
        try {
            p = formProfile();
        } catch (SettingsException e) {
            say(Tone.ERROR, e.getMessage());
            return;
        }
        String pw = password.get();
        boolean keepPassword = savePassword.get() && !pw.isEmpty();
        Optional<String> unsaveable = keepPassword
                ? PgPass.lineProblem(p.host(), p.database(), p.user(), pw) : Optional.empty();
        if (unsaveable.isPresent()) {
            say(Tone.ERROR, unsaveable.get());
            return;
        }
        ProfileStore store = resolver.profiles();
        run("Saving profile " + p.name(), () -> {
            store.save(p);
            if (keepPassword) {
                savePasswordFile(p, pw);
            }
            return store.list();
        }, list -> {
            profiles.setAll(list);
            say(Tone.OK, "Saved " + p.describe() + (keepPassword ? "; password kept in " + resolver.passFile() : "")
                    + ".");
        }, "Could not save the profile");
    }

    public void delete() {
        String n = name.get();
        if (n.isBlank() || !dialogs.confirm("Delete profile", "Delete the profile '" + n + "'? Its ~/.pgpass line,"
                + " if any, stays.")) {
            return;
        }
        ProfileStore store = resolver.profiles();
        run("Deleting profile " + n, () -> {
            store.remove(n);
            return store.list();
        }, list -> {
            profiles.setAll(list);
            say(Tone.OK, "Deleted profile " + n + ".");
        }, "Could not delete the profile");
    }

    /** Lets the user pick the CA certificate file the server's certificate is checked against. */
    public void chooseRootCert() {
        dialogs.chooseFile("Choose the CA certificate (PEM) that signed the server's certificate")
                .ifPresent(f -> sslrootcert.set(f.toAbsolutePath().toString()));
    }

    /** Imports an API .env file chosen by the user (its DB_PASSWORD, if any, is kept in ~/.pgpass). */
    public void importEnv() {
        Optional<Path> file = dialogs.chooseFile("Import an AURELIUS API .env file");
        file.ifPresent(this::importEnv);
    }

    void importEnv(Path file) {
        String profileName = file.getParent() == null ? "imported"
                : file.toAbsolutePath().getParent().getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "-");
        ProfileStore store = resolver.profiles();
        Path passFile = resolver.passFile();
        run("Importing " + file, () -> store.importEnvFile(profileName.isEmpty() ? "imported" : profileName, file,
                false, passFile).profile(), p -> {
            load();
            edit(p);
            say(Tone.OK, "Imported " + p.describe() + " from " + file + ".");
        }, "Could not import the file");
    }

    /** Runs the same check as `db check` with the form's settings and shows the verdict. */
    public void test() {
        Profile p;
        try {
            p = formProfile();
        } catch (SettingsException e) {
            say(Tone.ERROR, e.getMessage());
            return;
        }
        String typed = password.get();
        String where = p.user() + "@" + p.host() + ":" + p.port() + "/" + p.database();
        say(Tone.NEUTRAL, "Testing " + where + "…");
        // the password file is read in the background too: a screen never waits on the disk
        BackgroundTask.wrap(() -> Connections.test(settingsFor(p, typed)))
                .titled("Testing " + where)
                .inSlot("connections-test")
                .onSuccess(v -> say(v.ok() ? Tone.OK : Tone.ERROR, v.sentence()))
                .onFailure(e -> say(Tone.ERROR, Messages.sentence(e)))
                .executeWith(runner);
    }

    /** Switches the whole app to the selected saved profile. */
    public void use() {
        String n = name.get();
        if (profiles.stream().noneMatch(p -> p.name().equals(n))) {
            say(Tone.WARN, "Save the profile first, then use it.");
            return;
        }
        say(Tone.NEUTRAL, "Switching to profile " + n + "…");
        connection.switchTo(n);
    }

    // --- form -------------------------------------------------------------------------------------------

    Profile formProfile() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new SettingsException("The port '" + port.get() + "' is not a number: use the server's port,"
                    + " e.g. 5432.");
        }
        return new Profile(name.get().strip(), host.get().strip(), p, database.get().strip(), user.get().strip(),
                sslmode.get() == null || sslmode.get().isBlank() || sslmode.get().equals(DEFAULT_SSL) ? null
                        : sslmode.get(), readOnly.get(), resolver.rootCertFile(sslrootcert.get()));
    }

    private ConnectionSettings settingsFor(Profile p, String typed) {
        PgPass.Found found = typed.isEmpty()
                ? PgPass.find(resolver.passFile(), p.host(), p.port(), p.database(), p.user()) : null;
        String pw = found == null ? typed : found.password();
        Map<String, String> sources = new java.util.HashMap<>(Map.of("host", "the form", "port", "the form",
                "database", "the form", "user", "the form", "password", typed.isEmpty() ? "~/.pgpass" : "the form",
                "sslmode", "the form", "sslrootcert", "the form"));
        if (found != null && found.problem() != null) {
            sources.put(SettingsResolver.PASSFILE_PROBLEM, found.problem());
        }
        return new ConnectionSettings(p.host(), p.port(), p.database(), p.user(), pw, p.sslmode(), false, 1,
                p.readOnly(), sources, ConnectionSettings.DEFAULT_STATEMENT_TIMEOUT, p.sslrootcert());
    }

    private void savePasswordFile(Profile p, String pw) {
        try {
            PgPass.save(resolver.passFile(), p.host(), p.port(), p.database(), p.user(), pw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> void run(String title, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                         String failureTitle) {
        BackgroundTask.wrap(work).titled(title).inSlot("connections")
                .onSuccess(done)
                .onFailure(e -> {
                    say(Tone.ERROR, Messages.sentence(e));
                    dialogs.showError(failureTitle, e);
                })
                .executeWith(runner);
    }

    private void say(Tone t, String text) {
        tone.set(t);
        message.set(text);
    }

    // --- state ------------------------------------------------------------------------------------------

    public ObservableList<Profile> profiles() {
        return profilesView;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty sslmodeProperty() {
        return sslmode;
    }

    public StringProperty sslrootcertProperty() {
        return sslrootcert;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty savePasswordProperty() {
        return savePassword;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
