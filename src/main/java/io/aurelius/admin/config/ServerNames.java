package io.aurelius.admin.config;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Host, database and role names, checked before they reach a JDBC URL, the server's startup message or a
 * {@code ~/.pgpass} line. A host may not carry what would change the URL it goes into ({@code /}, {@code ?},
 * {@code #}, {@code @}, {@code &}, ...: "db/x?options=..." would otherwise smuggle in connection parameters); a
 * database or role name may hold anything PostgreSQL stores except control characters (a NUL cannot be sent, a
 * newline would split a ~/.pgpass line) and may not be longer than 63 bytes (the server silently cuts longer
 * names short, so the connection would reach another database than the one named).
 */
public final class ServerNames {

    /** PostgreSQL's longest name (NAMEDATALEN - 1), in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 63;
    /** The longest DNS name. */
    static final int MAX_HOST = 253;

    private static final Pattern NOT_IN_A_HOST = Pattern.compile("[\\s\\p{Cntrl}/?#@%\\\\,;&=\\[\\]'\"<>]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ServerNames() {
    }

    /** Fails with a sentence unless the host is a host name or address alone (never repeated: it may be a URL). */
    public static void checkHost(String host, String source) {
        hostProblem(host, source).ifPresent(p -> {
            throw new SettingsException(p);
        });
    }

    public static Optional<String> hostProblem(String host, String source) {
        if (host == null || host.isBlank()) {
            return Optional.of("The host" + from(source) + " is empty; set it to the server's host name, e.g."
                    + " localhost.");
        }
        String bare = host.startsWith("[") && host.endsWith("]") && host.length() > 2
                ? host.substring(1, host.length() - 1) : host;
        if (host.length() > MAX_HOST || NOT_IN_A_HOST.matcher(bare).find()
                || !StandardCharsets.UTF_8.newEncoder().canEncode(host)) {
            return Optional.of("The host" + from(source) + " is not a host name or address (it is too long or holds"
                    + " spaces, quotes or one of / ? # @ % & = , ; \\): set it to the server's name alone, e.g."
                    + " localhost or db.example.com.");
        }
        return Optional.empty();
    }

    /**
     * Fails with a sentence unless the name can be a database or role name as typed.
     *
     * @param what "database" or "role"
     */
    public static void checkName(String what, String name, String source) {
        nameProblem(what, name, source).ifPresent(p -> {
            throw new SettingsException(p);
        });
    }

    public static Optional<String> nameProblem(String what, String name, String source) {
        if (name == null || name.isBlank()) {
            return Optional.of("The " + what + " name" + from(source) + " is empty; give one, e.g. aurelius.");
        }
        Matcher control = CONTROL.matcher(name);
        if (control.find()) {
            return Optional.of("The " + what + " name '" + Echo.of(name) + "'" + from(source) + " holds a control"
                    + " character (" + Echo.of(control.group()) + "), which no " + what + " name can: remove it.");
        }
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(name)) {
            return Optional.of("The " + what + " name '" + Echo.of(name) + "'" + from(source) + " holds half of a"
                    + " character pair, which cannot be sent to the server: retype it.");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("The " + what + " name '" + Echo.of(name) + "'" + from(source) + " is longer than"
                    + " PostgreSQL's " + MAX_NAME_BYTES + " bytes, so the server would cut it short: choose a shorter"
                    + " one.");
        }
        return Optional.empty();
    }

    private static String from(String source) {
        return source == null || source.isBlank() || source.equals("default") ? "" : " (" + source + ")";
    }
}
