package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.query.Dashboard.Counted;
import io.aurelius.admin.query.Dashboard.GateCount;
import io.aurelius.admin.query.Reading;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the dashboard words its numbers and times (plain Java, so it is tested without a toolkit). */
public final class DashboardWords {

    /** The gate types in pipeline order; others follow alphabetically. */
    static final List<String> GATE_ORDER = List.of("dev", "crv", "product");

    private DashboardWords() {
    }

    /** "1,234", or "≈ 2,400,000" for an estimate. */
    static String count(Counted c) {
        return (c.estimated() ? "≈ " : "") + Formats.count(c.count());
    }

    /** "3 min ago", "5 h ago", "12 days ago"; "just now" under a minute; "in the future" when ahead of now. */
    static String ago(LocalDateTime then, LocalDateTime now) {
        if (then == null) {
            return "";
        }
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            return "in the future (clocks differ?)";
        }
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        if (minutes < 48 * 60) {
            return d.toHours() + " h ago";
        }
        long days = d.toDays();
        return days < 730 ? days + " days ago" : days / 365 + " years ago";
    }

    /** A status's tone where it stands out: failed red, pending/running amber, completed green. */
    static Tone statusTone(String status, long count) {
        if (count == 0 || status == null) {
            return Tone.NEUTRAL;
        }
        return switch (status) {
            case "failed" -> Tone.ERROR;
            case "pending", "running" -> Tone.WARN;
            case "completed" -> Tone.OK;
            default -> Tone.NEUTRAL;
        };
    }

    /** A number read from metrics with two decimals, "unreadable" when it is not one, a dash when absent. */
    static String reading(Reading r) {
        if (r == null || (!r.present() && !r.unreadable()) || Formats.notANumber(r.raw())) {
            return Formats.NONE;
        }
        return r.unreadable() ? "unreadable" : Formats.fixed(r.value(), 2);
    }

    /** One gate type's verdict counts. */
    record GateLine(String gateType, long passed, long failed) {
        long total() {
            return passed + failed;
        }

        /** "69 % passed". */
        String passRate() {
            return total() == 0 ? "" : Math.round(100.0 * passed / total()) + " % passed";
        }
    }

    /** The counts per gate type, in pipeline order (dev, crv, product, then unknown types). */
    static List<GateLine> gateLines(List<GateCount> counts) {
        Map<String, long[]> by = new LinkedHashMap<>();
        for (GateCount g : counts) {
            String type = g.gateType() == null ? "(none)" : g.gateType();
            by.computeIfAbsent(type, t -> new long[2])[g.passed() ? 0 : 1] += g.count();
        }
        List<GateLine> lines = new ArrayList<>();
        by.forEach((type, n) -> lines.add(new GateLine(type, n[0], n[1])));
        lines.sort(Comparator.comparingInt((GateLine l) -> rank(l.gateType())).thenComparing(GateLine::gateType));
        return lines;
    }

    /** "600 results: 253 passed (42 %), 347 failed. Gates run dev → crv → product." ("" when none). */
    static String gateSummary(List<GateLine> lines) {
        long passed = lines.stream().mapToLong(GateLine::passed).sum();
        long failed = lines.stream().mapToLong(GateLine::failed).sum();
        if (passed + failed == 0) {
            return "";
        }
        return Formats.count(passed + failed) + " results: " + Formats.count(passed) + " passed ("
                + Math.round(100.0 * passed / (passed + failed)) + " %), " + Formats.count(failed)
                + " failed. A strategy goes through the gates in order: dev, crv, product.";
    }

    private static int rank(String gateType) {
        int i = GATE_ORDER.indexOf(gateType);
        return i < 0 ? GATE_ORDER.size() : i;
    }

    /** A type name for a bar: the stored text on one line, "(blank)" when empty. */
    static String typeName(String type) {
        if (type == null || type.isBlank()) {
            return "(blank)";
        }
        return type.replaceAll("[\\t\\n\\r\\p{Cntrl}]+", " ").strip();
    }
}
