package io.aurelius.admin.bench;

import java.util.List;
import java.util.Locale;

/** The results as a Markdown table. */
public final class Table {

    public static final String HEADER = "| case | median | p95 | floor | floor median | ratio | target | verdict | notes |";

    private Table() {
    }

    public static String markdown(List<Result> results) {
        StringBuilder b = new StringBuilder(HEADER).append('\n')
                .append("| --- | ---: | ---: | --- | ---: | ---: | --- | --- | --- |\n");
        for (Result r : results) {
            b.append("| ").append(r.name())
                    .append(" | ").append(r.value() == null ? "—" : millis(r.value().median()))
                    .append(" | ").append(r.value() == null ? "—" : millis(r.value().p95()))
                    .append(" | ").append(r.floor() == null ? "—" : r.floorName())
                    .append(" | ").append(r.floor() == null ? "—" : millis(r.floor().median()))
                    .append(" | ").append(r.ratio() == null ? "—" : String.format(Locale.ROOT, "%.2fx", r.ratio()))
                    .append(" | ").append(r.target().text())
                    .append(" | ").append(r.verdict())
                    .append(" | ").append(r.note().replace("|", "/"))
                    .append(" |\n");
        }
        return b.toString();
    }

    /** 0.42 ms, 12.3 ms, 456 ms, 7.89 s. */
    public static String millis(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
    }
}
