package io.aurelius.admin.cli;

import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.ui.snapshot.Snapshots;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code snapshot SCREEN [--id ID] -o FILE.png [--size WxH]}: a screen with live data as a PNG, no display needed. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render a desktop screen with live data to a PNG and exit (works without a display).")
public class SnapshotCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions conn;

    @Parameters(index = "0", paramLabel = "SCREEN", description = "strategies, strategy, backtest, validation, gates,"
            + " dashboard, compare, database, backups or connections.")
    String screen;

    @Option(names = "--id", paramLabel = "ID", description = "The strategy (strategy, gates), backtest or validation to"
            + " show; default: the newest (backtest: the newest completed one with a curve; gates: a strategy with"
            + " dev, crv and product results; compare: 2 to 8 backtest ids separated by commas, default the 3"
            + " newest completed backtests with curves).")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.png", required = true, description = "Where to write the PNG.")
    Path output;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1440x900",
            description = "Window size in pixels (default 1440x900).")
    String size;

    public SnapshotCommand() {
        this(SettingsResolver.fromSystem());
    }

    public SnapshotCommand(SettingsResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Integer call() {
        if (!Snapshots.SCREENS.contains(screen)) {
            throw new ParameterException(spec.commandLine(), "SCREEN must be one of "
                    + String.join(", ", Snapshots.SCREENS) + ".");
        }
        Matcher m = SIZE.matcher(size);
        int w = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int h = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        if (w < 320 || h < 240 || w > 7680 || h > 4320) {
            throw new ParameterException(spec.commandLine(), "--size must be WIDTHxHEIGHT in pixels, e.g. 1400x900"
                    + " (from 320x240 to 7680x4320).");
        }
        try {
            Path written = Snapshots.render(conn.resolve(resolver), new Snapshots.Request(screen, id, output, w, h));
            spec.commandLine().getOut().println("Snapshot written to " + written);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (Snapshots.SnapshotException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return Cli.FAILED;
        }
    }
}
