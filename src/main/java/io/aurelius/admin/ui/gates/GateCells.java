package io.aurelius.admin.ui.gates;

import io.aurelius.admin.results.Figure;
import io.aurelius.admin.results.Flag;
import io.aurelius.admin.results.GateReading.Criterion;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;

/** How the gate tables show flags and figures: pass/fail badges, formatted numbers, unreadable said so. */
final class GateCells {

    private GateCells() {
    }

    static Shown flag(Flag f) {
        return switch (f.state()) {
            case YES -> Shown.badge("✓ passed", Tone.OK);
            case NO -> Shown.badge("✗ failed", Tone.ERROR);
            case MISSING -> Shown.muted("—", "Not stored.");
            case UNREADABLE -> new Shown("unreadable", "Stored as: " + f.raw(), Tone.WARN, Shown.Kind.TEXT);
        };
    }

    static Shown figure(Criterion c, Figure f) {
        return switch (f.status()) {
            case MISSING -> Shown.muted("—", "Not stored.");
            case UNREADABLE -> Shown.unreadableNumber(f.raw());
            case OK -> Shown.number(number(c.key(), f.value())).withTooltip("Stored as: " + f.raw());
        };
    }

    static String number(String key, double v) {
        String n = Formats.fixed(v, 2);
        return key.equals("sharpe") ? n : n + " %";
    }

    static Shown verdict(Criterion c) {
        Flag v = c.verdict();
        Shown badge = switch (v.state()) {
            case YES -> Shown.badge(c.stored().known() ? "✓ pass" : "✓ pass (computed)", Tone.OK);
            case NO -> Shown.badge(c.stored().known() ? "✗ fail" : "✗ fail (computed)", Tone.ERROR);
            case MISSING -> Shown.muted("—", "No verdict stored and the numbers are not both readable.");
            case UNREADABLE -> new Shown("unreadable", "Stored as: " + v.raw(), Tone.WARN, Shown.Kind.TEXT);
        };
        if (c.contradicts()) {
            return Shown.badge(badge.text() + " ⚠", Tone.WARN).withTooltip("The stored verdict disagrees with the"
                    + " numbers: actual " + c.rule() + " threshold is " + (c.computed().state() == Flag.State.YES
                    ? "true" : "false") + ".");
        }
        return badge;
    }

    static String rule(Criterion c) {
        return "actual " + c.rule() + " threshold";
    }
}
