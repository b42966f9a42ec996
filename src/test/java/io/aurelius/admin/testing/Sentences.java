package io.aurelius.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message shown to the user must be: one short sentence, never the hostile text pasted back whole. */
public final class Sentences {

    private Sentences() {
    }

    /**
     * One sentence naming the fault and the fix: starts with a capital or a quote, ends with a full stop, is
     * one line of at most 400 characters, and repeats no NUL, no right-to-left override and no long input whole.
     */
    public static void assertOneSentence(String message, String input) {
        assertThat(message).as("the message for %s", HostileStrings.shown(input)).isNotBlank()
                .hasSizeLessThanOrEqualTo(400).doesNotContain("\n", "\u0000", "\u202E")
                .endsWith(".");
        assertThat(Character.isUpperCase(message.codePointAt(0)) || "\"“'".indexOf(message.charAt(0)) >= 0)
                .as("starts a sentence: %s", message).isTrue();
        assertThat(message).as("names a fix: %s", message).containsAnyOf(":", ";", " give ", " set ", " choose ",
                " remove ", " type ", " use ");
    }
}
