package io.aurelius.admin.db;

import io.aurelius.admin.config.ConnectionSettings;
import java.io.FileNotFoundException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The sentences for a connection that sslmode {@code verify-ca} or {@code verify-full} refused: a server certificate
 * that does not name the host, one no CA in the root certificate file signed, one out of its validity, and a root
 * certificate file that cannot be read. pgjdbc's own words for these ("The hostname 127.0.0.1 could not be verified
 * by hostnameverifier PgjdbcHostnameVerifier", "PKIX path building failed") name neither the cause nor the fix.
 */
final class SslErrors {

    /** What pgjdbc and libpq read when no root certificate is named. */
    static final String DEFAULT_ROOT_CERT = "~/.postgresql/root.crt";
    private static final int PROBE_TIMEOUT_MILLIS = 3_000;
    /** pgjdbc's words before the file it could not open. */
    private static final String UNREADABLE_ROOT_CERT = "Could not open SSL root certificate file";

    private SslErrors() {
    }

    /** The sentence for a refused certificate or an unreadable root certificate file; empty for anything else. */
    static Optional<String> sentence(SQLException e, ConnectionSettings s) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("could not be verified by hostnameverifier")) {
            return Optional.of(wrongHost(s));
        }
        if (msg.startsWith(UNREADABLE_ROOT_CERT)) {
            String tried = msg.substring(UNREADABLE_ROOT_CERT.length()).strip().replaceFirst("\\.$", "");
            return Optional.of(unreadableRootCert(s, tried, cause(e, FileNotFoundException.class)));
        }
        if (msg.startsWith("Loading the SSL root certificate")) {
            return Optional.of("The root certificate file " + rootCert(s) + " holds no certificate that can be read:"
                    + " set DB_SSLROOTCERT (or --sslrootcert) to the PEM file of the CA certificate that signed the"
                    + " server's certificate.");
        }
        if (cause(e, CertificateExpiredException.class).isPresent()
                || cause(e, CertificateNotYetValidException.class).isPresent()) {
            return Optional.of("The server's certificate at " + where(s) + " is outside its validity dates, so"
                    + " sslmode '" + s.sslmode() + "' refused the connection: ask the server's administrator to renew"
                    + " it, or correct this computer's clock if it is wrong.");
        }
        if (cause(e, CertPathBuilderException.class).isPresent()
                || cause(e, CertPathValidatorException.class).isPresent()) {
            return Optional.of(untrusted(s));
        }
        return Optional.empty();
    }

    private static String wrongHost(ConnectionSettings s) {
        Optional<List<String>> names = ServerCertificate.names(s.host(), s.port(), PROBE_TIMEOUT_MILLIS)
                .filter(n -> !n.isEmpty());
        String carries = names.map(n -> "names " + String.join(", ", n) + ", not").orElse("does not name");
        String use = names.map(n -> " (" + String.join(" or ", n) + ")").orElse("");
        return "The server's certificate at " + where(s) + " " + carries + " the host '" + s.host() + "' ("
                + ConnectionErrors.origin(s, "host") + "), so sslmode 'verify-full' refused the connection: connect"
                + " with a host name the certificate carries" + use + ", or set the sslmode (DB_SSLMODE or --sslmode)"
                + " to verify-ca to check only that a trusted CA signed it.";
    }

    private static String untrusted(ConnectionSettings s) {
        String fix = s.sslrootcert() == null
                ? "save the certificate of the CA that signed it as " + DEFAULT_ROOT_CERT + ", or name that file with"
                        + " DB_SSLROOTCERT (or --sslrootcert)"
                : "set DB_SSLROOTCERT (or --sslrootcert) to the certificate of the CA that signed it";
        return "The server's certificate at " + where(s) + " is not signed by a CA in " + rootCert(s) + ", so sslmode '"
                + s.sslmode() + "' refused the connection: " + fix + ", which the server's administrator can give you.";
    }

    /** @param tried the file the driver tried, as its message says */
    private static String unreadableRootCert(ConnectionSettings s, String tried, Optional<FileNotFoundException> why) {
        String reason = why.map(FileNotFoundException::getMessage).map(SslErrors::parenthesis)
                .map(r -> r.isEmpty() ? "" : " (" + r.toLowerCase(java.util.Locale.ROOT) + ")").orElse("");
        String fix = s.sslrootcert() == null
                ? "save the certificate of the CA that signed the server's certificate as " + DEFAULT_ROOT_CERT
                        + ", or name its file with DB_SSLROOTCERT (or --sslrootcert)"
                : "correct DB_SSLROOTCERT (or --sslrootcert) so it names the CA certificate (PEM) that signed the"
                        + " server's certificate";
        String file = tried.equals(s.sslrootcert()) || tried.isEmpty() ? rootCert(s)
                : tried + " (the default root certificate)";
        return "The root certificate file " + file + " cannot be read" + reason + ", and sslmode '"
                + s.sslmode() + "' (" + ConnectionErrors.origin(s, "sslmode") + ") needs it to check the server's"
                + " certificate: " + fix + ".";
    }

    /** "/x/ca.crt (from DB_SSLROOTCERT in .env line 3)", or the default file. */
    private static String rootCert(ConnectionSettings s) {
        return s.sslrootcert() == null ? DEFAULT_ROOT_CERT + " (the default root certificate)"
                : s.sslrootcert() + " (" + ConnectionErrors.origin(s, "sslrootcert") + ")";
    }

    private static String where(ConnectionSettings s) {
        return s.host() + ":" + s.port();
    }

    /** "No such file or directory" out of "/x/ca.crt (No such file or directory)". */
    private static String parenthesis(String message) {
        int open = message.lastIndexOf('(');
        return open >= 0 && message.endsWith(")") ? message.substring(open + 1, message.length() - 1) : "";
    }

    private static <T extends Throwable> Optional<T> cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }
}
