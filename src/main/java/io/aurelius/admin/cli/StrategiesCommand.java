package io.aurelius.admin.cli;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.crud.Page;
import io.aurelius.admin.domain.Strategy;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strategies list}: the API's {@code StrategyDB.list(skip, limit)} with its total. */
@Command(name = "strategies", description = "List stored strategies.", mixinStandardHelpOptions = true)
public class StrategiesCommand {

    private final SettingsResolver resolver;

    @Spec
    CommandSpec spec;

    public StrategiesCommand(SettingsResolver resolver) {
        this.resolver = resolver;
    }

    @Command(name = "list", description = "Newest first, with the total count.")
    int list(@Mixin ConnectionOptions conn,
             @Option(names = "--skip", defaultValue = "0", description = "Rows to skip (default 0).") int skip,
             @Option(names = "--limit", defaultValue = "20", description = "Rows to show (default 20).") int limit) {
        if (skip < 0 || limit < 1 || limit > 10_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--skip must be 0 or more and --limit from 1 to 10000.");
        }
        try (Services s = Services.connect(conn.resolve(resolver))) {
            Page<Strategy> page = s.crud().listStrategies(skip, limit);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-36s  %-30s  %-18s  %10s  %-8s  %s%n", "id", "name", "type", "confidence",
                    "status", "created (UTC)");
            for (Strategy st : page.items()) {
                out.printf(Locale.ROOT, "%-36s  %-30s  %-18s  %10.2f  %-8s  %s%n", st.getId(),
                        oneLine(st.getName(), 30), oneLine(st.getStrategyType(), 18), st.getConfidence(),
                        oneLine(st.getStatus(), 8), Format.timestamp(st.getCreatedAt()));
            }
            out.printf(Locale.ROOT, "%s of %s strategies%n", Format.count(page.items().size()), Format.count(page.total()));
            return 0;
        }
    }

    /** Names may hold tabs, newlines and markup: one terminal line each, cut to width. */
    static String oneLine(String s, int width) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("[\\t\\n\\r\\p{Cntrl}]+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
