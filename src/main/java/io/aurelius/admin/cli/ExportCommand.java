package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.export.StrategiesCsv;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.Total;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export strategies -o FILE.csv [filters]}: the strategies list, all pages, streamed to CSV. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data to files.")
public class ExportCommand {

    private final Console console;
    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    public ExportCommand(Console console, SettingsResolver resolver) {
        this.console = console;
        this.resolver = resolver;
    }

    @Command(name = "strategies", mixinStandardHelpOptions = true,
            description = "Write the strategies list (filtered and sorted like the Strategies screen, every page)"
                    + " to a CSV file, streaming: any number of rows in constant memory. Ctrl+C stops it and leaves"
                    + " no file behind.")
    int strategies(@Mixin ConnectionOptions conn, @Mixin StrategyFilterOptions filters,
                   @Option(names = {"-o", "--output"}, paramLabel = "FILE.csv", required = true,
                           description = "Where to write the CSV (replaced when it exists).") Path output) {
        StrategyFilter filter;
        SortOrder order;
        try {
            filter = filters.filter();
            order = filters.order();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Services s = Services.connect(conn.resolve(resolver))) {
            Cancel cancel = new Cancel();
            StrategiesCsv.Result r = BackupCommand.runCancellable(
                    () -> s.strategiesCsv().export(filter, order, output, cancel, progress(err)), cancel::request);
            if (console.interactive()) {
                err.println();
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "Exported %s strategies to %s in %.1f s.%n",
                    Format.count(r.rows()), r.file().toAbsolutePath(), r.elapsed().toMillis() / 1000.0);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (CancelledException e) {
            err.println("Export cancelled; no file was written (" + e.getMessage() + ")");
            err.flush();
            return Cli.FAILED;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + "; check the folder exists and may be written.");
            err.flush();
            return Cli.FAILED;
        }
    }

    /** On a terminal, one line rewritten at most twice a second. */
    private StrategiesCsv.Listener progress(PrintWriter err) {
        if (!console.interactive()) {
            return StrategiesCsv.Listener.NONE;
        }
        long[] last = {0};
        return (rows, expected) -> {
            long now = System.currentTimeMillis();
            if (now - last[0] < 500) {
                return;
            }
            last[0] = now;
            err.print("\rExported " + Format.count(rows) + of(expected) + " rows   ");
            err.flush();
        };
    }

    private static String of(Total t) {
        return t == null ? "" : " of " + (t.estimated() ? "about " : "") + Format.count(t.count());
    }
}
