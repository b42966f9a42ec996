package io.aurelius.admin.cli;

import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.DatabaseException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line and runs it: a known fault prints one sentence and exits 1; usage errors exit 2. */
public final class Cli {

    public static final int FAILED = 1;
    public static final int USAGE = 2;
    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine commandLine(Console console) {
        return commandLine(console, SettingsResolver.fromSystem());
    }

    /** The command line with a given console and settings source (tests pass their own environment). */
    public static CommandLine commandLine(Console console, SettingsResolver resolver) {
        CommandLine cl = new CommandLine(new AdminCommand(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == DbCommand.class) {
                    return cls.cast(new DbCommand(console, resolver));
                }
                if (cls == SnapshotCommand.class) {
                    return cls.cast(new SnapshotCommand(resolver));
                }
                if (cls == DemoCommand.class) {
                    return cls.cast(new DemoCommand(resolver));
                }
                if (cls == BackupCommand.class) {
                    return cls.cast(new BackupCommand(console, resolver));
                }
                if (cls == RestoreCommand.class) {
                    return cls.cast(new RestoreCommand(console, resolver));
                }
                if (cls == ProfileCommand.class) {
                    return cls.cast(new ProfileCommand(console, resolver));
                }
                if (cls == SetupCommand.class) {
                    return cls.cast(new SetupCommand(console, resolver));
                }
                if (cls == ExportCommand.class) {
                    return cls.cast(new ExportCommand(console, resolver));
                }
                if (cls == BenchCommand.class) {
                    return cls.cast(new BenchCommand(resolver));
                }
                if (cls == StrategiesCommand.class) {
                    return cls.cast(new StrategiesCommand(resolver));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(Cli::verbose);
            PrintWriter err = line.getErr();
            log.error("Command failed: {}", ex.getMessage(), ex);
            if (ex instanceof SettingsException || ex instanceof DatabaseException) {
                err.println(ex.getMessage());
            } else {
                err.println("Unexpected failure (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                        + "; the log file has the details.");
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return cl;
    }

    /**
     * A usage error: one line naming the bad option, then the usage help; exit 2. Values are never echoed
     * (picocli's own message repeats them, and "--password=..." would print the password).
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            java.util.List<String> options = u.getUnmatched().stream().filter(a -> a.startsWith("-"))
                    .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a).distinct().toList();
            if (options.stream().anyMatch(o -> o.equals("--password") || o.equals("-W") || o.equals("--pass"))) {
                err.println("There is no --password option, because command lines are visible to other users:"
                        + " set DB_PASSWORD in .env or the environment, or put the password in ~/.pgpass.");
            } else if (!options.isEmpty()) {
                err.println("Unknown option " + String.join(", ", options) + "; see the usage below.");
            } else {
                err.println("Unexpected argument(s) for " + cl.getCommandName() + "; see the usage below.");
            }
        } else {
            err.println(ex.getMessage());
        }
        cl.usage(err);
        err.flush();
        return USAGE;
    }

    private static boolean verbose(CommandLine.ParseResult pr) {
        return pr.hasMatchedOption("--verbose") || pr.subcommands().stream().anyMatch(Cli::verbose);
    }

    public static int run(String... args) {
        return commandLine(Console.system()).execute(args);
    }
}
