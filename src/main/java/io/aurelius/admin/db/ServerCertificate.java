package io.aurelius.admin.db;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The host names a PostgreSQL server's certificate carries, read only to tell a user whose {@code verify-full}
 * connection was refused which name would match. It asks for TLS the way every PostgreSQL client does (an
 * SSLRequest), completes a handshake that checks nothing, takes the certificate and hangs up: no user, password or
 * query is ever sent on this connection, so trusting nothing costs nothing.
 */
final class ServerCertificate {

    /** PostgreSQL's SSLRequest code (1234 in the high 16 bits, 5679 in the low). */
    private static final int SSL_REQUEST = 80877103;
    private static final int GENERAL_NAME_DNS = 2;
    private static final int GENERAL_NAME_IP = 7;

    private ServerCertificate() {
    }

    /**
     * The DNS names and IP addresses of the certificate's subject alternative names, else its common name; empty
     * when the server cannot be reached, offers no TLS or the handshake fails within {@code timeoutMillis}.
     */
    static Optional<List<String>> names(String host, int port, int timeoutMillis) {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(plain.getOutputStream());
            out.writeInt(8);
            out.writeInt(SSL_REQUEST);
            out.flush();
            if (new DataInputStream(plain.getInputStream()).readByte() != 'S') {
                return Optional.empty();
            }
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new AcceptAny()}, null);
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, false)) {
                socket.startHandshake();
                Certificate[] chain = socket.getSession().getPeerCertificates();
                return chain.length > 0 && chain[0] instanceof X509Certificate x509 ? Optional.of(names(x509))
                        : Optional.empty();
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static List<String> names(X509Certificate certificate) throws GeneralSecurityException {
        List<String> names = new ArrayList<>();
        Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
        if (alternatives != null) {
            for (List<?> entry : alternatives) {
                Object type = entry.get(0);
                boolean name = type.equals(GENERAL_NAME_DNS) || type.equals(GENERAL_NAME_IP);
                if (name && entry.get(1) instanceof String n) {
                    names.add(n);
                }
            }
        }
        if (names.isEmpty()) { // clients fall back to the common name only without DNS or IP alternatives
            try {
                for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                    if (rdn.getType().equalsIgnoreCase("CN")) {
                        names.add(String.valueOf(rdn.getValue()));
                    }
                }
            } catch (InvalidNameException e) {
                return names;
            }
        }
        return names;
    }

    /** Trusts any certificate: this connection only reads the certificate's names, it never logs in. */
    private static final class AcceptAny implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // not a server
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // read, not trusted: see the class comment
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
