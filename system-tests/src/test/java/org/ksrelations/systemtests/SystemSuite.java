package org.ksrelations.systemtests;

import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Starts a packaged suite on random ports with a temporary data folder, as {@link SuiteTest} does. */
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
            suite.close();
            throw e;
        }
        return suite;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
