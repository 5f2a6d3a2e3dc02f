package org.ksrelations.systemtests;

import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts a packaged suite on random ports with a temporary data folder (PostgreSQL's data, the logs, the dev keys), and
 * stops it again removing that folder, whether the tests passed or not.
 */
final class SystemSuite {

    private SystemSuite() {
    }

    static Suite start(String prefix) throws IOException {
        Path data = Files.createTempDirectory(prefix);
        Suite suite = new Suite(Path.of(System.getProperty("ksr.root", "..")), data, freePort(), freePort(),
                freePort(), freePort(), freePort());
        try {
            suite.startAll(Duration.ofSeconds(180));
        } catch (RuntimeException e) {
            stop(suite);
            throw e;
        }
        return suite;
    }

    /** Stops the suite and removes its data folder. */
    static void stop(Suite suite) {
        if (suite == null) {
            return;
        }
        try {
            suite.close();
        } finally {
            deleteTree(suite.dataDir());
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
