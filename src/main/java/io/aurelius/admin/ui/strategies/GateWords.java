package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.ui.common.Tone;

/** A gate verdict in a few characters: "dev ✓", "crv ✗", and its tone. */
public final class GateWords {

    private GateWords() {
    }

    public static String verdict(String gateType, Boolean passed) {
        if (gateType == null) {
            return "";
        }
        return gateType + (passed == null ? "" : passed ? " ✓" : " ✗");
    }

    public static Tone tone(Boolean passed) {
        return passed == null ? Tone.NEUTRAL : passed ? Tone.OK : Tone.ERROR;
    }
}
