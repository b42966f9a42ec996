package io.aurelius.admin.ui.strategy;

import static io.aurelius.admin.ui.common.Formats.fixed;

import io.aurelius.admin.query.Reading;
import io.aurelius.admin.ui.common.Cells.Shown;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Tone;
import java.util.Locale;

/** How the result tabs show numbers: fixed decimals, thousands separated, unreadable values said so. */
public final class Numbers {


    private Numbers() {
    }

    static String percent(Double v) {
        return v == null || !Double.isFinite(v) ? Formats.NONE : fixed(v, 2) + " %";
    }

    /** A number read from JSON: its text, "unreadable" (warn, raw value in the tooltip), or a dash. */
    static Shown reading(Reading r, int decimals, boolean percent) {
        if (r == null || (!r.present() && !r.unreadable())) {
            return Shown.number(Formats.NONE);
        }
        if (r.unreadable()) {
            return Shown.unreadableNumber(r.raw());
        }
        return Shown.number(percent ? percent(r.value()) : fixed(r.value(), decimals));
    }

    static String readingText(Reading r, int decimals) {
        if (r == null || (!r.present() && !r.unreadable()) || Formats.notANumber(r.raw())) {
            return Formats.NONE;
        }
        return r.unreadable() ? "unreadable (stored as " + r.raw() + ")" : fixed(r.value(), decimals);
    }

    /** 12.3 -> "12.3 s"; 125 -> "2 min 5 s"; 7260 -> "2 h 1 min". */
    public static String duration(Double seconds) {
        if (seconds == null || !Double.isFinite(seconds)) {
            return Formats.NONE;
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, seconds < 10 ? "%.2f s" : "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }

    public static String capital(double v) {
        return fixed(v, v == Math.rint(v) ? 0 : 2);
    }

    static String yesNo(Boolean b) {
        return b == null ? Formats.NONE : b ? "yes" : "no";
    }

    public static Tone statusTone(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "completed" -> Tone.OK;
            case "failed" -> Tone.ERROR;
            case "running", "pending" -> Tone.WARN;
            default -> null;
        };
    }
}
