package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import java.io.FileNotFoundException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The refusals SslVerifyFullTest cannot make its server give (an expired certificate, a file that is no certificate)
 * and the wording when no root certificate is named, from the exceptions pgjdbc throws for them.
 */
class SslErrorsTest {

    private static ConnectionSettings settings(String rootCert) {
        return new ConnectionSettings("db.example", 5432, "aurelius", "u", "pw", "verify-full", false, 1, false,
                Map.of("sslmode", "DB_SSLMODE in the environment", "sslrootcert", "--sslrootcert"), 60, rootCert);
    }

    private static PSQLException handshake(Throwable why) {
        SSLHandshakeException h = new SSLHandshakeException("PKIX path validation failed");
        h.initCause(why);
        return new PSQLException("SSL error: PKIX path validation failed", PSQLState.CONNECTION_FAILURE, h);
    }

    @Test
    void anExpiredCertificateSaysRenewOrCheckTheClock() {
        CertPathValidatorException validity = new CertPathValidatorException("validity check failed",
                new CertificateExpiredException("NotAfter: Mon Jan 01 00:00:00 UTC 2024"));
        String s = ConnectionErrors.sentence(handshake(validity), settings("/etc/ca.crt"));
        assertThat(s).isEqualTo("The server's certificate at db.example:5432 is outside its validity dates, so"
                + " sslmode 'verify-full' refused the connection: ask the server's administrator to renew it, or"
                + " correct this computer's clock if it is wrong.");
    }

    @Test
    void withNoRootCertificateNamedTheDefaultFileAndTheSettingAreSaid() {
        String untrusted = ConnectionErrors.sentence(handshake(new CertPathValidatorException("no anchor")),
                settings(null));
        assertThat(untrusted).contains("is not signed by a CA in ~/.postgresql/root.crt (the default root"
                + " certificate)").contains("save the certificate of the CA that signed it as ~/.postgresql/root.crt,"
                + " or name that file with DB_SSLROOTCERT (or --sslrootcert)");

        PSQLException missing = new PSQLException(
                "Could not open SSL root certificate file /home/u/.postgresql/root.crt.", PSQLState.CONNECTION_FAILURE,
                new FileNotFoundException("/home/u/.postgresql/root.crt (No such file or directory)"));
        assertThat(ConnectionErrors.sentence(missing, settings(null))).isEqualTo("The root certificate file"
                + " /home/u/.postgresql/root.crt (the default root certificate) cannot be read (no such file or"
                + " directory), and sslmode 'verify-full' (from DB_SSLMODE in the environment) needs it to check the"
                + " server's certificate: save the certificate of the CA that signed the server's certificate as"
                + " ~/.postgresql/root.crt, or name its file with DB_SSLROOTCERT (or --sslrootcert).");
    }

    @Test
    void aFileThatHoldsNoCertificateIsNamed() {
        PSQLException bad = new PSQLException(
                "Loading the SSL root certificate /etc/ca.crt into a TrustManager failed.",
                PSQLState.CONNECTION_FAILURE, new java.security.cert.CertificateException("no certificate"));
        assertThat(ConnectionErrors.sentence(bad, settings("/etc/ca.crt"))).isEqualTo("The root certificate file"
                + " /etc/ca.crt (from --sslrootcert) holds no certificate that can be read: set DB_SSLROOTCERT (or"
                + " --sslrootcert) to the PEM file of the CA certificate that signed the server's certificate.");
    }
}
