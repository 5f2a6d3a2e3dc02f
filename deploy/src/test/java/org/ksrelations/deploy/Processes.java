package org.ksrelations.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs the command-line tools the deploy checks use (kubectl, node). */
final class Processes {

    private Processes() {
    }

    /**
     * Runs {@code command} with its standard input closed and answers its standard output; fails the test, naming
     * it {@code what}, when it does not end within 120 s or exits non-zero (with its standard error).
     */
    static String output(String what, ProcessBuilder command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("process-", ".err");
        try {
            Process p = command.redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(what + " did not finish within 120 s");
            }
            if (p.exitValue() != 0) {
                fail(what + " failed (exit " + p.exitValue() + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
