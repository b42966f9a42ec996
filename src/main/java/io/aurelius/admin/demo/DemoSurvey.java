package io.aurelius.admin.demo;

import java.util.Map;

/**
 * What the four AURELIUS tables hold, told apart by id: demo rows carry the generator's id mark
 * ({@code xxxxxxxx-xxxx-8xxx-8dex-xxxxxxxxxxxx}); anything else is somebody's data.
 *
 * @param rows       rows per table
 * @param nonDemo    rows per table that are not demo data
 * @param lastSeed   the seed of the demo run recorded in the marker table, or null
 */
public record DemoSurvey(Map<String, Long> rows, Map<String, Long> nonDemo, Long lastSeed) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public long nonDemoRows() {
        return nonDemo.values().stream().mapToLong(Long::longValue).sum();
    }

    public long demoRows() {
        return totalRows() - nonDemoRows();
    }

    public boolean empty() {
        return totalRows() == 0;
    }

    private static String singular(String table) {
        String words = table.replace('_', ' ');
        return words.endsWith("ies") ? words.substring(0, words.length() - 3) + "y"
                : words.substring(0, words.length() - 1);
    }

    /** "12 strategies, 40 backtests" for the tables with rows (of the given counts). */
    static String describe(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((table, n) -> {
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%,d", n))
                        .append(' ').append(n == 1 ? singular(table) : table.replace('_', ' '));
            }
        });
        return sb.toString();
    }
}
