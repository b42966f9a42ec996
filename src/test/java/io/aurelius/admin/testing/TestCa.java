package io.aurelius.admin.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made for one test run (EC P-256 keys, valid from an hour ago for two days), which issues
 * server certificates for the host names a test asks for. Nothing here is trusted anywhere but in the test that made
 * it: the files it writes are PEM, as PostgreSQL, libpq and pgjdbc read them.
 */
public final class TestCa {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private TestCa(String commonName) {
        this.name = new X500Name("CN=" + commonName + ",O=AURELIUS Admin tests");
        this.keys = newKeys();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = builder(name, name, keys)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(keys.getPublic()));
            this.certificate = sign(b, keys);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not make the test CA", e);
        }
    }

    /** A new CA with its own key; two made with the same name are still strangers to each other. */
    public static TestCa create(String commonName) {
        return new TestCa(commonName);
    }

    /** A server certificate and key, signed by this CA. */
    public record Issued(X509Certificate certificate, KeyPair keys) {

        /** Writes the certificate ({@code NAME.crt}) and the key ({@code NAME.key}, PKCS#8) into the folder. */
        public PemFiles write(Path dir, String fileName) {
            Path crt = dir.resolve(fileName + ".crt");
            Path key = dir.resolve(fileName + ".key");
            writePem(crt, certificate);
            writePem(key, keys.getPrivate());
            return new PemFiles(crt, key);
        }
    }

    /** Where {@link Issued#write} put the two files. */
    public record PemFiles(Path certificate, Path key) {
    }

    /**
     * A server certificate whose common name is the first DNS name and whose subject alternative names are exactly
     * {@code dnsNames} (no IP addresses), for TLS servers (extended key usage serverAuth).
     */
    public Issued issueServer(String... dnsNames) {
        KeyPair serverKeys = newKeys();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            GeneralName[] names = new GeneralName[dnsNames.length];
            for (int i = 0; i < dnsNames.length; i++) {
                names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
            }
            X509v3CertificateBuilder b = builder(name, new X500Name("CN=" + dnsNames[0]), serverKeys)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            ext.createAuthorityKeyIdentifier(certificate))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(serverKeys.getPublic()));
            return new Issued(sign(b, keys), serverKeys);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not issue a test server certificate", e);
        }
    }

    /** Writes this CA's certificate (what a client names as its root certificate) to the file. */
    public Path writeCertificate(Path file) {
        writePem(file, certificate);
        return file;
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair subjectKeys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(2))), subject,
                subjectKeys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static KeyPair newKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no EC key generator in this JDK", e);
        }
    }

    private static void writePem(Path file, Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(object instanceof java.security.PrivateKey k
                    ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(k, null) : object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.writeString(file, text.toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
