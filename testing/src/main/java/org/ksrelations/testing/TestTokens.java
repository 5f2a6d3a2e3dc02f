package org.ksrelations.testing;

import org.ksrelations.launcher.DevKeys;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Tokens for tests. The throwaway key pair lives in the module's {@code target/test-jwt} folder, created on first
 * use; {@link PostgresTestResource} points the service's verifier at its public key.
 */
public final class TestTokens {

    public static final Path KEY_DIR = Path.of("target", "test-jwt");
    public static final Path OTHER_KEY_DIR = Path.of("target", "test-jwt-other");

    private TestTokens() {
    }

    public static DevKeys keys() {
        return DevKeys.in(KEY_DIR);
    }

    /** A valid token in the {@code editor} group. */
    public static String editor() {
        return keys().token("test-editor", Set.of("editor"), Duration.ofMinutes(30));
    }

    /** A valid token without the {@code editor} group. */
    public static String reader() {
        return keys().token("test-reader", Set.of("reader"), Duration.ofMinutes(30));
    }

    /** An editor token that has expired. */
    public static String expiredEditor() {
        return keys().expiredToken("test-editor", Set.of("editor"));
    }

    /** An editor token signed by a key the service does not trust. */
    public static String foreignEditor() {
        return DevKeys.in(OTHER_KEY_DIR).token("intruder", Set.of("editor"), Duration.ofMinutes(30));
    }
}
