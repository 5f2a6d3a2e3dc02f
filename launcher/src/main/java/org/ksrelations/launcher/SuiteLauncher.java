package org.ksrelations.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * {@code ./run.sh}: starts the embedded PostgreSQL (data in {@code .data/}, kept between runs) and the four
 * applications, prints the URLs and a short-lived editor token, and stops everything on Ctrl-C or SIGTERM.
 * With the argument {@code db} it starts only PostgreSQL (to run one service with {@code quarkus:dev}).
 */
public final class SuiteLauncher {

    private SuiteLauncher() {
    }

    public static void main(String[] args) {
        boolean dbOnly = args.length > 0 && args[0].equals("db");
        Path root = Path.of(System.getProperty("ksr.root", "."));
        Suite suite = new Suite(root,
                Path.of(env("KSR_DATA_DIR", root.resolve(".data").toString())),
                Integer.parseInt(env("KSR_PG_PORT", "15432")),
                ports("PORT", Suite.Ports.HTTP),
                ports("MANAGEMENT_PORT", Suite.Ports.MANAGEMENT));
        suite.useAotCache(suite.dataDir().resolve("aot"));
        Thread mainThread = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the suite…");
            if (suite.apps().stream().anyMatch(a -> suite.isTrainingAotCache(a.name()))) {
                System.out.println("(first run since a build: the applications write their AOT caches, up to a minute)");
            }
            suite.close();
            mainThread.interrupt();
            System.out.println("Stopped.");
        }, "ksr-shutdown"));

        long started = System.nanoTime();
        try {
            if (!dbOnly && suite.apps().stream().noneMatch(a -> Files.isRegularFile(
                    suite.dataDir().resolve("aot").resolve(a.module() + ".aot")))) {
                System.out.println("First start since a build: each application records a JDK AOT cache while it runs and"
                        + " writes it when the suite stops; later starts are about twice as fast.");
            }
            if (dbOnly) {
                suite.startDatabase();
            } else {
                System.out.println("Starting PostgreSQL and the four applications (logs in "
                        + suite.dataDir().resolve("logs") + ")…");
                suite.startAll(Duration.ofSeconds(Integer.parseInt(env("KSR_READY_TIMEOUT_SECONDS", "180"))));
            }
        } catch (RuntimeException e) {
            System.err.println("Start failed: " + e.getMessage());
            System.exit(1);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println();
        System.out.println("PostgreSQL   jdbc:postgresql://localhost:" + suite.pgPort()
                + "/{events,agreements,recognition}  (user postgres, data in " + suite.dataDir().resolve("postgres") + ")");
        if (!dbOnly) {
            System.out.println("Ready in " + millis + " ms:");
            for (Suite.App app : suite.apps()) {
                System.out.printf("  %-12s %s/api/v1   openapi %s/q/openapi   health %s/q/health   metrics %s/q/metrics%n",
                        app.name(), app.baseUrl(), app.baseUrl(), app.managementUrl(), app.managementUrl());
            }
            System.out.println("  Swagger UI   " + suite.app("gateway").baseUrl() + "/q/swagger-ui");
        }
        String token = suite.keys().token("dev-editor", Set.of("editor"), Duration.ofHours(8));
        System.out.println();
        System.out.println("Editor token (8 h), for writes:");
        System.out.println("  export TOKEN=" + token);
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" …");
        System.out.println();
        System.out.println("Press Ctrl-C to stop.");

        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return; // the shutdown hook is stopping the suite
            }
            String dead = suite.deadApp();
            if (dead != null) {
                System.err.println(dead + " stopped unexpectedly; see " + suite.dataDir().resolve("logs").resolve(dead + ".log"));
                System.exit(1);
            }
        }
    }

    /** The ports named KSR_GATEWAY_ + suffix, KSR_EVENTS_ + suffix, … in the environment, or the defaults. */
    private static Suite.Ports ports(String suffix, Suite.Ports defaults) {
        return new Suite.Ports(
                Integer.parseInt(env("KSR_GATEWAY_" + suffix, String.valueOf(defaults.gateway()))),
                Integer.parseInt(env("KSR_EVENTS_" + suffix, String.valueOf(defaults.events()))),
                Integer.parseInt(env("KSR_AGREEMENTS_" + suffix, String.valueOf(defaults.agreements()))),
                Integer.parseInt(env("KSR_RECOGNITION_" + suffix, String.valueOf(defaults.recognition()))));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
