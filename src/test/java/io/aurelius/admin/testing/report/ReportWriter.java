package io.aurelius.admin.testing.report;

import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.report.Outcome.Evidence;
import io.aurelius.admin.testing.report.Outcome.Status;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * RELIABILITY.md from the tests' outcomes: one row per {@link Reliability} value, in its order, grouped by kind;
 * for each, how the tests prove it (their sentences and names) and what they said in this build.
 */
public final class ReportWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What the report says about the build it came from; any part may be null. */
    public record Header(String generated, String command, String server, String java) {
    }

    private ReportWriter() {
    }

    /**
     * One outcome per test: every proving test the scan found (not run until a JVM says otherwise), joined with
     * what each JVM of the build recorded; by name.
     */
    public static List<Outcome> pool(List<Outcome> scanned, List<RunResults> runs) {
        Map<String, Outcome> byKey = new LinkedHashMap<>();
        scanned.forEach(o -> byKey.put(o.key(), o));
        for (RunResults run : runs) {
            for (Outcome o : run.outcomes()) {
                byKey.merge(o.key(), o, (had, now) -> had.status() == Status.NOT_RUN ? now
                        : had.and(now.status(), now.message()));
            }
        }
        return byKey.values().stream().sorted(Comparator.comparing(Outcome::name)).toList();
    }

    /** The build's facts, from its JVMs' results: the last one finished, the first one that knew the server. */
    public static Header header(List<RunResults> runs) {
        String finished = runs.stream().map(RunResults::finished).filter(Objects::nonNull).map(Instant::parse)
                .max(Comparator.naturalOrder()).map(WHEN::format).orElse(null);
        return new Header(finished, first(runs, RunResults::command), first(runs, RunResults::server),
                first(runs, RunResults::java));
    }

    private static String first(List<RunResults> runs, java.util.function.Function<RunResults, String> part) {
        return runs.stream().map(part).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Whether every proving test ran (passed, failed or was skipped) in this build. */
    public static boolean complete(Collection<Outcome> outcomes) {
        return outcomes.stream().noneMatch(o -> o.status() == Status.NOT_RUN);
    }

    public static String render(Collection<Outcome> outcomes, Header header) {
        StringBuilder md = new StringBuilder("# Reliability\n\n");
        md.append("What AURELIUS Admin survives and refuses (issue 8): each fault, class of hostile input and access"
                + " rule, how automated tests against a real PostgreSQL server prove it, and what they said in the"
                + " last full test run.\n\n");
        md.append("**This file is written by the test run (`mvn verify`) from the tests' outcomes: do not edit it"
                + " by hand.** A test is evidence for a row when it carries `@Proves(value = Reliability.ROW, how ="
                + " \"…\")` (`src/test/java/io/aurelius/admin/testing/`).\n\n");
        md.append(generated(header)).append("\n\n");
        md.append(summary(outcomes)).append("\n\n");
        List<Outcome> notRun = outcomes.stream().filter(o -> o.status() == Status.NOT_RUN).toList();
        if (!notRun.isEmpty()) {
            md.append("> **Partial run:** ").append(notRun.size()).append(" of ").append(outcomes.size())
                    .append(" tests that carry `@Proves` did not run in this build (a `-Dtest`/`-Dit.test` filter,"
                            + " a failure that stopped the build before the `*IT` tests, or a class the test"
                            + " plugins do not run), so the project's RELIABILITY.md was left as it was.\n\n");
        }
        md.append("| Kind | What | How it is tested | Result |\n| --- | --- | --- | --- |\n");
        for (Map.Entry<String, List<Reliability>> kind : kinds().entrySet()) {
            boolean first = true;
            for (Reliability row : kind.getValue()) {
                List<Outcome> tests = outcomes.stream().filter(o -> proves(o, row))
                        .sorted(Comparator.comparing(Outcome::name)).toList();
                md.append("| ").append(first ? "**" + kind.getKey() + "**" : "").append(" | ")
                        .append(cell(row.title())).append(" | ").append(how(tests, row)).append(" | ")
                        .append(result(tests)).append(" |\n");
                first = false;
            }
        }
        return md.toString();
    }

    private static String generated(Header h) {
        StringBuilder s = new StringBuilder("Generated ").append(h.generated() == null ? "" : h.generated() + " ")
                .append("by `").append(h.command() == null ? "mvn verify" : h.command()).append('`');
        if (h.server() != null) {
            s.append(" against ").append(message(h.server()));
        }
        if (h.java() != null) {
            s.append(", Java ").append(h.java());
        }
        return s.append('.').toString();
    }

    private static String summary(Collection<Outcome> outcomes) {
        int passed = 0;
        int failed = 0;
        int untested = 0;
        for (Reliability row : Reliability.values()) {
            List<Outcome> tests = outcomes.stream().filter(o -> proves(o, row)).toList();
            if (tests.stream().anyMatch(o -> o.status() == Status.FAILED)) {
                failed++;
            } else if (tests.stream().anyMatch(o -> o.status() == Status.PASSED)) {
                passed++;
            } else if (tests.isEmpty()) {
                untested++;
            }
        }
        int others = Reliability.values().length - passed - failed - untested;
        Map<Status, Long> count = outcomes.stream().collect(Collectors.groupingBy(Outcome::status,
                Collectors.counting()));
        return "**" + Reliability.values().length + " rows: " + passed + " passed, " + failed + " failed, "
                + (others > 0 ? others + " with tests skipped or not run, " : "") + untested + " not tested yet.**"
                + " Tests: " + outcomes.size() + " (" + count.getOrDefault(Status.PASSED, 0L) + " passed, "
                + count.getOrDefault(Status.FAILED, 0L) + " failed, " + count.getOrDefault(Status.SKIPPED, 0L)
                + " skipped" + (count.containsKey(Status.NOT_RUN) ? ", " + count.get(Status.NOT_RUN) + " not run"
                : "") + ").";
    }

    /** Kinds in the order of their first row, each with its rows in enum order. */
    private static Map<String, List<Reliability>> kinds() {
        Map<String, List<Reliability>> kinds = new LinkedHashMap<>();
        for (Reliability r : Reliability.values()) {
            kinds.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        return kinds;
    }

    private static boolean proves(Outcome o, Reliability row) {
        return o.proves().stream().anyMatch(e -> e.row() == row);
    }

    /** Each how sentence once, followed by the names of the tests that prove the row that way. */
    private static String how(List<Outcome> tests, Reliability row) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Outcome o : tests) {
            for (Evidence e : o.proves()) {
                if (e.row() == row) {
                    names.computeIfAbsent(e.how(), h -> new ArrayList<>()).add(o.name());
                }
            }
        }
        return names.entrySet().stream().map(e -> cell(e.getKey()) + "<br><sub>" + e.getValue().stream()
                .map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + "</sub>")
                .collect(Collectors.joining("<br>"));
    }

    private static String result(List<Outcome> tests) {
        if (tests.isEmpty()) {
            return "not tested yet";
        }
        List<String> parts = new ArrayList<>();
        tests.stream().filter(o -> o.status() == Status.FAILED)
                .forEach(o -> parts.add("**FAILED**: `" + o.name() + "` — " + message(o.message())));
        long passed = tests.stream().filter(o -> o.status() == Status.PASSED).count();
        if (passed > 0) {
            parts.add("passed (" + passed + (passed == 1 ? " test)" : " tests)"));
        }
        tests.stream().filter(o -> o.status() == Status.SKIPPED)
                .forEach(o -> parts.add("skipped: `" + o.name() + "` — " + message(o.message())));
        long notRun = tests.stream().filter(o -> o.status() == Status.NOT_RUN).count();
        if (notRun > 0) {
            parts.add(notRun + (notRun == 1 ? " test" : " tests") + " not run in this build");
        }
        return String.join("<br>", parts);
    }

    /** Markdown written by people (titles, how sentences) fit for one table cell: one line, pipes escaped. */
    static String cell(String markdown) {
        return markdown.replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }

    /** A failure or skip message as plain text in a table cell: no HTML, no code spans, 300 characters at most. */
    static String message(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String plain = cell(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('`', '\''));
        return plain.length() <= 300 ? plain : plain.substring(0, 299) + "…";
    }
}
