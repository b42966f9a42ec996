package io.aurelius.admin.localserver;

import io.aurelius.admin.db.DatabaseException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code initdb} and {@code pg_ctl} of one set of binaries, run as the server's account. */
final class ClusterTools {

    private final ServerBinaries bin;
    private final ServerAccount account;
    private final Path workDir;

    /** @param workDir a folder the server's account may enter (the server's home) */
    ClusterTools(ServerBinaries bin, ServerAccount account, Path workDir) {
        this.bin = bin;
        this.account = account;
        this.workDir = workDir;
    }

    /** Creates the cluster: superuser {@value LocalServer#USER}, password from the file, SCRAM for every login. */
    void initdb(Path dataDir, Path passwordFile) {
        List<String> cmd = new ArrayList<>(List.of(bin.initdb().toString(), "-D", dataDir.toString(),
                "-U", LocalServer.USER, "--pwfile=" + passwordFile, "-A", "scram-sha-256",
                "-E", "UTF8", "--locale=C"));
        if (bin.major() >= 13) {
            cmd.add("--no-instructions");
        }
        Processes.Result r = Processes.run(account.command(cmd), workDir, Duration.ofMinutes(3));
        if (!r.ok()) {
            throw new DatabaseException("initdb could not create the private server's data in " + dataDir + " ("
                    + r.reason() + "): fix the cause, or move the folder aside, and try again.");
        }
    }

    /** {@code pg_ctl start}, waiting up to 60 s until the server accepts connections. */
    Processes.Result start(Path dataDir, Path logFile) {
        return Processes.run(account.command(List.of(bin.pgCtl().toString(), "-w", "-t", "60", "-D",
                dataDir.toString(), "-l", logFile.toString(), "start")), workDir, Duration.ofSeconds(90));
    }

    /** {@code pg_ctl stop -m fast}: open sessions are rolled back, then the server shuts down cleanly. */
    Processes.Result stop(Path dataDir) {
        return Processes.run(account.command(List.of(bin.pgCtl().toString(), "-D", dataDir.toString(),
                "-m", "fast", "-w", "-t", "60", "stop")), workDir, Duration.ofSeconds(90));
    }
}
