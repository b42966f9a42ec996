package io.aurelius.admin.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * A yes/no read out of a JSON result: booleans, and the words and numbers people store for them
 * ({@code "true"}, {@code "PASSED"}, {@code "fail"}, {@code 1}, {@code 0}); anything else is
 * {@link State#UNREADABLE} with its raw text.
 */
public record Flag(State state, String raw) {

    public enum State { YES, NO, MISSING, UNREADABLE }

    public static final Flag YES = new Flag(State.YES, "true");
    public static final Flag NO = new Flag(State.NO, "false");
    public static final Flag MISSING = new Flag(State.MISSING, null);

    private static final Set<String> YES_WORDS = Set.of("true", "yes", "y", "pass", "passed", "ok", "1");
    private static final Set<String> NO_WORDS = Set.of("false", "no", "n", "fail", "failed", "0");

    public static Flag of(Boolean b) {
        return b == null ? MISSING : b ? YES : NO;
    }

    public static Flag of(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return MISSING;
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? YES : NO;
        }
        String raw = v.isValueNode() ? v.asText() : v.toString();
        String word = raw.strip().toLowerCase(Locale.ROOT);
        if ((v.isTextual() || v.isNumber()) && YES_WORDS.contains(word)) {
            return new Flag(State.YES, raw);
        }
        if ((v.isTextual() || v.isNumber()) && NO_WORDS.contains(word)) {
            return new Flag(State.NO, raw);
        }
        return new Flag(State.UNREADABLE, raw);
    }

    public boolean known() {
        return state == State.YES || state == State.NO;
    }

    /** True for yes, false for no, null otherwise. */
    public Boolean value() {
        return state == State.YES ? Boolean.TRUE : state == State.NO ? Boolean.FALSE : null;
    }
}
