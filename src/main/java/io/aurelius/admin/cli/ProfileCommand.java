package io.aurelius.admin.cli;

import io.aurelius.admin.config.PgPass;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.ProfileStore;
import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.config.SettingsResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code profile list|add|import|remove}: named connections; passwords only ever in ~/.pgpass. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Named connection profiles; use one with --profile NAME on any command.")
public class ProfileCommand {

    private final Console console;
    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    public ProfileCommand(Console console, SettingsResolver resolver) {
        this.console = console;
        this.resolver = resolver;
    }

    @Command(name = "list", description = "The saved profiles.")
    int list() {
        ProfileStore store = resolver.profiles();
        List<Profile> all = store.list();
        PrintWriter out = spec.commandLine().getOut();
        if (all.isEmpty()) {
            out.println("No profiles yet (" + store.file() + "); add one with `profile add` or `profile import`.");
        }
        all.forEach(p -> out.println(p.describe() + (p.sslmode() == null ? "" : ", sslmode " + p.sslmode())
                + (p.sslrootcert() == null ? "" : ", root certificate " + p.sslrootcert())));
        return 0;
    }

    @Command(name = "add", description = "Add or replace a profile.")
    int add(@Parameters(paramLabel = "NAME") String name,
            @Option(names = "--host", defaultValue = "localhost") String host,
            @Option(names = "--port", defaultValue = "5432") int port,
            @Option(names = "--db", defaultValue = "aurelius") String database,
            @Option(names = "--user", defaultValue = "aurelius") String user,
            @Option(names = "--sslmode") String sslmode,
            @Option(names = "--sslrootcert", paramLabel = "FILE",
                    description = "CA certificate for sslmode verify-ca/verify-full (default ~/.postgresql/root.crt).")
            String sslrootcert,
            @Option(names = "--read-only", description = "The server refuses every write made through it.")
            boolean readOnly,
            @Option(names = "--save-password", description = "Ask for the password and keep it in ~/.pgpass.")
            boolean savePassword) {
        return store(new Profile(name, host, port, database, user, sslmode, readOnly,
                resolver.rootCertFile(sslrootcert)), savePassword);
    }

    @Command(name = "import", description = "A profile from an API .env file (DB_HOST, DB_PORT, DB_NAME, DB_USER;"
            + " its DB_PASSWORD, if any, goes to ~/.pgpass).")
    int importEnv(@Parameters(paramLabel = "NAME") String name, @Parameters(paramLabel = "ENV_FILE") Path envFile,
                  @Option(names = "--read-only") boolean readOnly) {
        ProfileStore.Imported imported = resolver.profiles().importEnvFile(name, envFile, readOnly, resolver.passFile());
        spec.commandLine().getOut().println("Saved " + imported.profile().describe()
                + (imported.passwordSaved() ? "; password in " + resolver.passFile() : ""));
        return 0;
    }

    @Command(name = "remove", description = "Forget a profile (its ~/.pgpass line stays).")
    int remove(@Parameters(paramLabel = "NAME") String name) {
        if (!resolver.profiles().remove(name)) {
            throw new SettingsException("There is no profile named '" + name + "'; `profile list` shows them.");
        }
        spec.commandLine().getOut().println("Removed profile " + name + ".");
        return 0;
    }

    private int store(Profile p, boolean askPassword) {
        resolver.profiles().save(p);
        if (askPassword) {
            char[] pw = console.askSecret("Password of " + p.user() + "@" + p.host() + " (kept in ~/.pgpass): ");
            if (pw == null) {
                throw new SettingsException("Saved profile " + p.name() + ", but there is no terminal to ask the"
                        + " password: add a ~/.pgpass line yourself, or set DB_PASSWORD.");
            }
            savePassword(p, new String(pw));
        }
        spec.commandLine().getOut().println("Saved " + p.describe() + ".");
        return 0;
    }

    private void savePassword(Profile p, String password) {
        try {
            PgPass.save(resolver.passFile(), p.host(), p.port(), p.database(), p.user(), password);
        } catch (IOException e) {
            throw new SettingsException("The profile is saved, but the password could not be written to "
                    + resolver.passFile() + " (" + e.getMessage() + "); check that folder's permissions.");
        } catch (SettingsException e) {
            throw new SettingsException("The profile " + p.name() + " is saved, but "
                    + Character.toLowerCase(e.getMessage().charAt(0)) + e.getMessage().substring(1));
        }
    }
}
