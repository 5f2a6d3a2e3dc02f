package org.ksrelations.systemtests;

import org.ksrelations.launcher.Suite;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts a packaged suite on random ports with a temporary data folder (PostgreSQL's data, the logs, the dev keys), and
 * stops it again removing that folder, whether the tests passed or not.
 */
final class SystemSuite {

    private SystemSuite() {
    }

    static Suite start(String prefix) throws IOException {
        Suite suite = create(Files.createTempDirectory(prefix));
        return startAll(suite);
    }

    /** A suite on free ports (public and management) with the data folder {@code data}, not started yet. */
    static Suite create(Path data) throws IOException {
        return new Suite(Path.of(System.getProperty("ksr.root", "..")), data, freePort(),
                new Suite.Ports(freePort(), freePort(), freePort(), freePort()),
                new Suite.Ports(freePort(), freePort(), freePort(), freePort()));
    }

    /** Starts every application of {@code suite}; on failure stops it and removes its data folder. */
    static Suite startAll(Suite suite) {
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

    /** Every port handed out in this run: never handed out twice, so no two applications are given the same one. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A port free now that this run has not handed out before. Checking only that it is free is not enough: the
     * nine ports of one suite are all chosen before anything binds them, so the same free port could be chosen twice
     * and the second application to bind it would exit at start.
     */
    static int freePort() throws IOException {
        // below Linux's ephemeral range (32768-60999): a port the suite gives up when it restarts cannot meanwhile
        // become the local port of one of the tests' own outgoing connections, and be refused to the restarted app
        for (int i = 0; i < 200; i++) {
            int port = 20000 + ThreadLocalRandom.current().nextInt(12000);
            if (HANDED_OUT.contains(port)) {
                continue;
            }
            try (ServerSocket s = new ServerSocket(port)) {
                HANDED_OUT.add(port);
                return port;
            } catch (IOException taken) {
                // in use: try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }
}
