package io.aurelius.admin.cli;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.setup.DatabaseSetup;
import io.aurelius.admin.setup.Passwords;
import io.aurelius.admin.setup.SetupStep;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code db setup}: the guide's Step 1 (role, role defaults, database, grants) and Step 4 (init), given an
 * administrator's credentials once. The role and database are the connection settings' user and database.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Create the role and database the connection settings name (with the guide's role defaults"
                + " and grants), then initialise the schema. Steps already done are skipped.",
            "The administrator's password comes from DB_ADMIN_PASSWORD, ~/.pgpass (database postgres) or a prompt;"
                + " it is never stored. The new role's password is DB_PASSWORD (or .env, ~/.pgpass); without one,"
                + " a strong password is generated and saved to ~/.pgpass."})
public class SetupCommand implements Callable<Integer> {

    private final Console console;
    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions conn;

    @Option(names = "--admin-user", paramLabel = "ROLE", defaultValue = "postgres",
            description = "A superuser (or a role with CREATEROLE and CREATEDB); default postgres.")
    String adminUser;

    @Option(names = "--no-init", description = "Create the role and database only; do not create the schema.")
    boolean noInit;

    @Option(names = "--save-password", description = "Also save a given role password to ~/.pgpass (a generated"
            + " one is always saved).")
    boolean savePassword;

    public SetupCommand(Console console, SettingsResolver resolver) {
        this.console = console;
        this.resolver = resolver;
    }

    @Override
    public Integer call() {
        ConnectionSettings target = conn.resolve(resolver);
        String adminPassword = resolver.adminPassword(target, adminUser).orElseGet(this::promptAdminPassword);
        boolean generated = !target.hasPassword();
        char[] rolePassword = generated ? Passwords.generate() : target.password().toCharArray();
        DatabaseSetup setup = new DatabaseSetup(target.withCredentials(adminUser, adminPassword));
        DatabaseSetup.Plan plan = new DatabaseSetup.Plan(target.user(), rolePassword, target.database(), true, true,
                !noInit);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Setting up " + target.describe() + " as " + adminUser + ":");
        List<SetupStep> steps = setup.run(plan, s -> {
            out.println("  " + s);
            out.flush();
        });
        SetupStep last = steps.get(steps.size() - 1);
        if (last.outcome() == SetupStep.Outcome.FAILED) {
            throw new DatabaseException("Setup stopped at \"" + last.name() + "\"; the steps before it were kept:"
                    + " fix the cause shown above, then run db setup again.");
        }
        // a generated password exists nowhere else: always kept; a given one only when asked
        if ((generated || savePassword) && setup.rememberPassword(plan, steps, resolver.passFile(), savePassword)) {
            out.println("The password of role " + target.user() + " is saved in " + resolver.passFile()
                    + " (mode 0600); the app and psql find it there.");
        }
        out.println("Done: the app can use " + target.describe() + ".");
        return 0;
    }

    private String promptAdminPassword() {
        char[] typed = console.askSecret("Password of " + adminUser + " (not stored): ");
        if (typed == null) {
            throw new DatabaseException("db setup needs the password of " + adminUser + ": set DB_ADMIN_PASSWORD,"
                    + " add a ~/.pgpass line for database postgres, or run it in a terminal to be asked.");
        }
        return new String(typed);
    }

}
