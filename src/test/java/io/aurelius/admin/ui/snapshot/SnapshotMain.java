package io.aurelius.admin.ui.snapshot;

import io.aurelius.admin.cli.SnapshotCommand;
import picocli.CommandLine;

/**
 * Runs the {@code snapshot} command from the test class path (where Monocle is) until the lead registers it in
 * AdminCommand: {@code java -cp <test class path> io.aurelius.admin.ui.snapshot.SnapshotMain strategies -o x.png}.
 */
public final class SnapshotMain {

    private SnapshotMain() {
    }

    public static void main(String[] args) {
        int code = new CommandLine(new SnapshotCommand()).execute(args);
        System.exit(code);
    }
}
