package io.aurelius.admin.cli;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.localserver.LocalServer;
import io.aurelius.admin.localserver.ServerBinaries;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code server start|stop|status}: the app's private PostgreSQL, for when no server is configured. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the app's private PostgreSQL (127.0.0.1 only, data in the user's data folder).",
                "Its folder is AURELIUS_ADMIN_HOME/postgres when that variable is set."})
public class ServerCommand {

    private final Supplier<LocalServer> server;

    @Spec
    CommandSpec spec;

    public ServerCommand() {
        this(LocalServer::defaultLocation);
    }

    /** For tests and embedding: the private server to act on. */
    public ServerCommand(Supplier<LocalServer> server) {
        this.server = server;
    }

    @Command(name = "start", description = "Start the private server (creating it on first use); it keeps running"
            + " after this command ends.")
    int start() {
        LocalServer ls = server.get();
        boolean already = ls.runningSettings().isPresent();
        ConnectionSettings s = ls.start();
        LocalServer.Status st = ls.status();
        PrintWriter out = out();
        out.println("Private PostgreSQL " + st.version() + (already ? " already" : "") + " running on "
                + s.host() + ":" + s.port() + ", data in " + st.dataDir() + "; the app and every command use it"
                + " while it runs.");
        st.runAsNote().ifPresent(out::println);
        out.printf(Locale.ROOT, "Connect: psql -h %s -p %d -U %s %s (password in %s)%n", s.host(), s.port(),
                s.user(), s.database(), ls.passwordFile());
        out.println("Stop it with: aurelius-admin server stop");
        return 0;
    }

    @Command(name = "stop", description = "Stop the private server (its data stays).")
    int stop() {
        LocalServer ls = server.get();
        boolean wasRunning = ls.stop();
        out().println(wasRunning ? "Stopped the private PostgreSQL server; its data stays in " + ls.dataDir() + "."
                : "The private PostgreSQL server is not running.");
        return 0;
    }

    @Command(name = "status", description = "Whether the private server exists and runs, where, and which"
            + " PostgreSQL it uses.")
    int status() {
        LocalServer ls = server.get();
        LocalServer.Status st = ls.status();
        PrintWriter out = out();
        out.println(st.summary());
        out.printf(Locale.ROOT, "  initialised  %s%n", st.initialised() ? "yes" : "no");
        out.printf(Locale.ROOT, "  running      %s%n", st.running() ? "yes, on 127.0.0.1:" + st.port() : "no");
        out.printf(Locale.ROOT, "  version      %s%n", st.version().isEmpty() ? "-" : st.version());
        out.printf(Locale.ROOT, "  data         %s%n", st.dataDir());
        out.printf(Locale.ROOT, "  log          %s%n", ls.logFile());
        out.printf(Locale.ROOT, "  runs as      %s%s%n", st.runAsUser(),
                st.runAsOtherUser() ? " (the app runs as root)" : "");
        Optional<ServerBinaries> bin = ls.findBinaries();
        out.printf(Locale.ROOT, "  binaries     %s%n", bin.map(ServerBinaries::describe)
                .orElse("none unpacked yet: the first start unpacks the bundled ones (pg-binaries/) or says what"
                        + " to install"));
        return 0;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
