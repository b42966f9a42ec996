package io.aurelius.admin;

import io.aurelius.admin.cli.Cli;

/** Entry point: a command runs headless; no command opens the desktop app. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            AdminApp.launchDesktop(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
