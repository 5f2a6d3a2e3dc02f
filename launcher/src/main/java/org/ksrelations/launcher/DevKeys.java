package org.ksrelations.launcher;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * A development/test RSA key pair kept as PEM files in a folder (generated on first use, never committed) and the
 * JWTs signed with it. Production verifies tokens of the identity provider with its public key instead.
 */
public final class DevKeys {

    public static final String ISSUER = "https://ksrelations.org/dev";
    public static final String PUBLIC_KEY_FILE = "public.pem";
    public static final String PRIVATE_KEY_FILE = "private.pem";

    private final Path dir;

    private DevKeys(Path dir) {
        this.dir = dir;
    }

    /** The key pair in {@code dir}, generated there (atomically) when missing. */
    public static synchronized DevKeys in(Path dir) {
        try {
            Files.createDirectories(dir);
            Path pub = dir.resolve(PUBLIC_KEY_FILE);
            Path priv = dir.resolve(PRIVATE_KEY_FILE);
            if (!Files.exists(pub) || !Files.exists(priv)) {
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(2048);
                KeyPair pair = gen.generateKeyPair();
                writeAtomically(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
                writeAtomically(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            }
            return new DevKeys(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY_FILE);
    }

    /** The public key as PEM text. */
    public String publicKeyPem() {
        try {
            return Files.readString(publicKeyFile(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(dir.resolve(PRIVATE_KEY_FILE), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token for {@code subject} with the given groups, valid for {@code ttl}. */
    public String token(String subject, Set<String> groups, Duration ttl) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .sign(privateKey());
    }

    /** A token that expired an hour ago (for tests of rejection). */
    public String expiredToken(String subject, Set<String> groups) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .groups(groups)
                .issuedAt(past)
                .expiresAt(past.plus(Duration.ofHours(1)))
                .sign(privateKey());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writeAtomically(Path target, String content, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
