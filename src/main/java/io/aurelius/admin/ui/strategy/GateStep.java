package io.aurelius.admin.ui.strategy;

import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.strategies.GateWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One step of the dev -> crv -> product progression: the latest verdict of that gate type. */
public record GateStep(String gateType, String label, Tone tone, String detail) {

    public static final List<String> ORDER = List.of("dev", "crv", "product");

    /** The three steps from a strategy's gate results (any order). */
    public static List<GateStep> of(List<GateRow> gates) {
        List<GateStep> steps = new ArrayList<>();
        for (String type : ORDER) {
            GateRow latest = gates.stream().filter(g -> type.equals(g.gateType()))
                    .max(Comparator.comparing(GateRow::timestamp, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .orElse(null);
            if (latest == null) {
                steps.add(new GateStep(type, type + " —", Tone.NEUTRAL, "No " + type + " gate result yet."));
            } else {
                steps.add(new GateStep(type, GateWords.verdict(type, latest.passed()), GateWords.tone(latest.passed()),
                        (latest.passed() ? "Passed" : "Failed") + " on " + Formats.timestamp(latest.timestamp())
                                + " (UTC)"));
            }
        }
        return steps;
    }
}
