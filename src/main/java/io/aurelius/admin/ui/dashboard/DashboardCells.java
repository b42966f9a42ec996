package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.query.Reading;
import io.aurelius.admin.query.ValidationRow;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import java.time.LocalDateTime;

/** How the dashboard's table cells show their values (one line, tones, the full text in a tooltip). */
final class DashboardCells {

    private DashboardCells() {
    }

    static Shown name(String name, String id) {
        return name == null ? Shown.muted("(strategy gone)", id) : Shown.name(name).withTooltip(
                Formats.name(name) + "\n" + id + "\nClick to open");
    }

    static Shown status(String status, String error) {
        Shown s = Shown.text(status);
        Tone t = DashboardWords.statusTone(status, 1);
        s = t == Tone.NEUTRAL ? s : s.withTone(t);
        return error == null ? s : s.withTooltip(error);
    }

    /** A completed validation's verdict as a badge; otherwise its status (a failed run's error in the tooltip). */
    static Shown result(ValidationRow v) {
        if ("completed".equals(v.status()) && v.passed() != null) {
            return Shown.badge(v.passed() ? "✓ passed" : "✗ failed", v.passed() ? Tone.OK : Tone.ERROR);
        }
        return status(v.status(), v.errorMessage());
    }

    static Shown reading(Reading r) {
        return r != null && r.unreadable() ? Shown.unreadableNumber(r.raw()) : Shown.number(DashboardWords.reading(r));
    }

    static Shown minutes(LocalDateTime t) {
        String full = Formats.timestamp(t);
        return Shown.text(full.length() > 16 ? full.substring(0, 16) : full).withTooltip(full);
    }
}
