package io.aurelius.admin.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code aurelius-admin}: with no command the desktop app opens; commands run headless. */
@Command(name = "aurelius-admin", mixinStandardHelpOptions = true, versionProvider = AdminCommand.Version.class,
        description = "Admin client for an AURELIUS research database. With no command, opens the desktop app.",
        subcommands = {DbCommand.class, StrategiesCommand.class, ServerCommand.class, ProfileCommand.class,
            BackupCommand.class, RestoreCommand.class, DemoCommand.class,
            SnapshotCommand.class, ExportCommand.class, BenchCommand.class, TrainingCommand.class})
public class AdminCommand {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean verbose;

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AdminCommand.class.getPackage().getImplementationVersion();
            return new String[] {"aurelius-admin " + (v == null ? "(development build)" : v)};
        }
    }
}
