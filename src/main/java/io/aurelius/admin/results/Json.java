package io.aurelius.admin.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the client reads a stored JSON column as a tree, and says in words when it cannot. A number of any length up
 * to {@value #MAX_DIGITS} digits is read (a 1,500-digit integer is a number, only too large for a double); nesting
 * stays at Jackson's 1,000 levels, since the trees are walked and written back recursively. A value beyond either
 * limit is not broken JSON: {@link #sentence} says which limit it passed.
 */
public final class Json {

    /** The longest number read: past it, parsing grows with the square of the digits. */
    public static final int MAX_DIGITS = 10_000;
    /** The deepest nesting a tree is read to (Jackson's default, which its writers keep too). */
    public static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;

    /** Reads and writes trees within the limits above. Thread-safe. */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_DIGITS).build()).build());

    private static final Pattern LONG_NUMBER = Pattern.compile("[-+]?\\d{25,}");

    private Json() {
    }

    /** The tree of a JSON text. */
    public static JsonNode read(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /**
     * The sentence for a value that could not be read: which limit it passed ("The trades cannot be read: the JSON
     * nests arrays and objects more than 1,000 levels deep."), or {@code otherwise} when it is simply not valid JSON.
     *
     * @param subject what was read, as the sentence's subject ("The trades")
     */
    public static String sentence(String subject, JsonProcessingException e, String otherwise) {
        String why = limit(e);
        return why == null ? otherwise : subject + " cannot be read: " + why + ".";
    }

    /**
     * Which reading limit {@code e} reports, as a clause ("the JSON holds a number of more than 10,000 digits"), or
     * null when it reports broken JSON.
     */
    public static String limit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamConstraintsException c) {
                String m = c.getOriginalMessage() == null ? "" : c.getOriginalMessage();
                if (m.startsWith("Document nesting depth")) {
                    return "the JSON nests arrays and objects more than " + count(max(m)) + " levels deep";
                }
                if (m.startsWith("Number value length")) {
                    return "the JSON holds a number of more than " + count(max(m)) + " digits";
                }
                if (m.startsWith("String value length") || m.startsWith("Name length")) {
                    return "the JSON holds a text of more than " + count(max(m)) + " characters";
                }
                return "the JSON is larger than this app reads";
            }
        }
        return null;
    }

    /**
     * Stored text as a cell shows it: a whole number of 25 digits or more (past what a double holds exactly, often
     * 1e308 written out by jsonb, or 1,500 digits) as "too large (309 digits)"; anything else as it is.
     */
    public static String shortNumber(String raw) {
        return raw != null && LONG_NUMBER.matcher(raw).matches()
                ? "too large (" + count(raw.length() - (Character.isDigit(raw.charAt(0)) ? 0 : 1)) + " digits)" : raw;
    }

    /** The allowed maximum in Jackson's message "… exceeds the maximum allowed (1000, from …)". */
    private static long max(String message) {
        int at = message.indexOf("maximum allowed (");
        if (at < 0) {
            return -1;
        }
        int from = at + "maximum allowed (".length();
        int to = from;
        while (to < message.length() && Character.isDigit(message.charAt(to))) {
            to++;
        }
        return to > from ? Long.parseLong(message.substring(from, to)) : -1;
    }

    private static String count(long n) {
        return n < 0 ? "the allowed" : String.format(Locale.ROOT, "%,d", n);
    }
}
