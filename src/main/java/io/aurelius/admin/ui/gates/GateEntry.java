package io.aurelius.admin.ui.gates;

import io.aurelius.admin.query.GateDetail;
import io.aurelius.admin.results.Flag;
import io.aurelius.admin.results.GateReading;
import io.aurelius.admin.results.GateResults;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.strategies.GateWords;

/**
 * One entry of the gate timeline: the stored row, what its results say, and how the entry reads
 * ("crv ✗", the time, "Sharpe ✓ · Drawdown ✗ · Return ✓").
 */
public record GateEntry(GateDetail detail, GateReading reading, String title, Tone tone, String when,
                        String summary) {

    static GateEntry of(GateDetail d) {
        GateReading r = d.resultsJson() == null && d.resultsChars() > 0
                ? new GateReading(GateResults.kind(d.gateType()), null, java.util.List.of(), java.util.List.of(),
                null, java.util.List.of(), "The results are " + Formats.count(d.resultsChars())
                + " characters of JSON, too many to show here.", null)
                : GateResults.read(d.gateType(), d.resultsJson(), d.productionReady(), d.recommendation());
        String type = d.gateType() == null ? "?" : d.gateType().strip();
        return new GateEntry(d, r, GateWords.verdict(type.isEmpty() ? "?" : type, d.passed()) + " "
                + (d.passed() ? "passed" : "failed"), GateWords.tone(d.passed()), Formats.timestamp(d.timestamp()),
                summary(r));
    }

    static String summary(GateReading r) {
        if (r.problem() != null) {
            return "results unreadable";
        }
        return switch (r.kind()) {
            case DEV -> dev(r);
            case CRV -> String.join(" · ", r.criteria().stream()
                    .map(c -> shortLabel(c.key()) + " " + mark(c.verdict())).toList());
            case PRODUCT -> "ready " + word(r.readiness().ready())
                    + (r.readiness().verdict() != null ? " · " + r.readiness().verdict() : "");
            case OTHER -> "unknown gate type, shown as stored";
        };
    }

    private static String dev(GateReading r) {
        if (r.checks().isEmpty()) {
            return r.gateStatus() == null ? "no checks stored" : "no checks stored · " + r.gateStatus();
        }
        long passed = r.checks().stream().filter(c -> c.passed().state() == Flag.State.YES).count();
        return passed + " of " + r.checks().size() + " checks passed";
    }

    private static String shortLabel(String key) {
        return switch (key) {
            case "sharpe" -> "Sharpe";
            case "drawdown" -> "Drawdown";
            default -> "Return";
        };
    }

    static String mark(Flag f) {
        return switch (f.state()) {
            case YES -> "✓";
            case NO -> "✗";
            case MISSING -> "—";
            case UNREADABLE -> "?";
        };
    }

    static String word(Flag f) {
        return switch (f.state()) {
            case YES -> "yes";
            case NO -> "no";
            case MISSING -> "—";
            case UNREADABLE -> "unreadable";
        };
    }

    public String id() {
        return detail.id();
    }
}
