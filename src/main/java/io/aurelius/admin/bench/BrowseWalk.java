package io.aurelius.admin.bench;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyPage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browsing everything: a child JVM limited to {@code -Xmx512m} pages through the whole list by keyset (50 rows a
 * page, newest first) and reports its peak heap; the case passes when it finishes under 512 MB.
 */
final class BrowseWalk {

    static final String HEAP = "-Xmx512m";
    private static final Pattern REPORT = Pattern.compile("(\\d+) pages, (\\d+) rows, peak heap (\\d+) MB");

    private BrowseWalk() {
    }

    static Result run(Bench b) throws Exception {
        Child.Run r = Child.run(Child.java(List.of(HEAP, "-XX:+UseG1GC"), BrowseWalk.class.getName()),
                Child.environment(b.services().database().settings()));
        String[] lines = r.output().strip().split("\n");
        String last = lines[lines.length - 1];
        Matcher m = REPORT.matcher(last);
        boolean ok = r.exit() == 0 && m.find() && Long.parseLong(m.group(3)) < 512;
        String note = m.find(0) ? String.format(Locale.ROOT, "child JVM %s: %,d pages, %,d rows (%.1f ms a page incl."
                + " JVM start), peak heap %s MB", HEAP, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                r.millis() / Long.parseLong(m.group(1)), m.group(3)) : "child JVM " + HEAP + " FAILED: " + last;
        return new Result("browse every page by keyset (50 rows a page), one run", new Stats(r.millis(), r.millis(), 1),
                null, null, Target.judged("heap < 512 MB", ok), note);
    }

    /** The child: walks every page and prints "N pages, M rows, peak heap P MB". */
    public static void main(String[] args) {
        try (Services s = Services.connect(SettingsResolver.fromSystem().resolve(SettingsResolver.Overrides.none()))) {
            StrategyBrowser browser = s.browser();
            SortOrder o = SortOrder.newestFirst();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            StrategyPage p = browser.page(null, o, ListCases.PAGE, null, true);
            long pages = 1;
            long rows = p.rows().size();
            while (p.hasNext()) {
                p = browser.page(null, o, ListCases.PAGE, p.last(), true);
                pages++;
                rows += p.rows().size();
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "%d pages, %d rows, peak heap %d MB%n", pages, rows, peak >> 20);
        }
    }
}
