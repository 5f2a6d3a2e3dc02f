package org.ksrelations.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The whole suite on one machine: an embedded PostgreSQL (one database per service) and the four packaged
 * Quarkus applications as child processes. Used by {@code ./run.sh} (through {@link SuiteLauncher}) and by the
 * system tests, which can stop and start one application to inject a failure.
 */
public final class Suite implements AutoCloseable {

    /**
     * One application of the suite. {@code database} is null for the gateway. {@code port} is its public HTTP port,
     * {@code managementPort} its management interface's (health and metrics, under {@code /q/}).
     */
    public record App(String name, String module, String database, int port, int managementPort) {
        public String baseUrl() {
            return "http://localhost:" + port;
        }

        public String managementUrl() {
            return "http://localhost:" + managementPort;
        }
    }

    /** A port for each application: the public HTTP ports, or the management interfaces'. */
    public record Ports(int gateway, int events, int agreements, int recognition) {
        /** The public ports of {@code ./run.sh} and of the applications' own configuration. */
        public static final Ports HTTP = new Ports(8080, 8081, 8082, 8083);
        /** The management ports of {@code ./run.sh}, of the applications' configuration and of Kubernetes. */
        public static final Ports MANAGEMENT = new Ports(9080, 9081, 9082, 9083);
    }

    private final Path root;
    private final Path dataDir;
    private final int pgPort;
    private final Map<String, App> apps = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraEnv = new LinkedHashMap<>();
    private final Set<String> extraInstances = new HashSet<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> seenReady = new HashSet<>();
    private EmbeddedPostgres pg;
    private int stoppedPgPort;
    private DevKeys keys;
    private AotCaches aot;

    public Suite(Path root, Path dataDir, int pgPort, Ports http, Ports management) {
        this.root = root.toAbsolutePath().normalize();
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.pgPort = pgPort;
        add(new App("events", "events-service", "events", http.events(), management.events()));
        add(new App("agreements", "agreements-service", "agreements", http.agreements(), management.agreements()));
        add(new App("recognition", "recognition-service", "recognition", http.recognition(),
                management.recognition()));
        add(new App("gateway", "gateway", null, http.gateway(), management.gateway()));
    }

    private void add(App app) {
        apps.put(app.name(), app);
    }

    /**
     * Registers one more instance of a service, as a second replica: the same packaged jar and database, its own name
     * (for {@link #start}, {@link #awaitReady}, {@link #stop} and its log file), public and management port. The
     * gateway keeps calling the service's first instance.
     */
    public synchronized App addInstance(String service, String name, int port, int managementPort) {
        App of = app(service);
        if (of.database() == null) {
            throw new IllegalArgumentException(service + " is not a service with a database");
        }
        if (apps.containsKey(name)) {
            throw new IllegalArgumentException("there is an app " + name + " already");
        }
        App instance = new App(name, of.module(), of.database(), port, managementPort);
        add(instance);
        extraInstances.add(name);
        return instance;
    }

    public App app(String name) {
        App app = apps.get(name);
        if (app == null) {
            throw new IllegalArgumentException("no app " + name);
        }
        return app;
    }

    public List<App> apps() {
        return List.copyOf(apps.values());
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Starts the applications with a JDK AOT cache (JEP 483/514/515, JDK 25) kept in {@code dir}, one per application.
     * An application without a cache for its current jar and JVM options records one while it runs (a training run:
     * the first start after a build), written when it stops; the next starts load their classes, linked and
     * profiled, from it. A rebuilt jar or other JVM options make a new training run. Ignored on a JDK before 25.
     */
    public synchronized void useAotCache(Path dir) {
        this.aot = Runtime.version().feature() >= 25 ? new AotCaches(dir) : null;
    }

    /** Whether the application records its AOT cache in this run (its first start since a build). */
    public synchronized boolean isTrainingAotCache(String name) {
        return aot != null && aot.isTraining(name);
    }

    public DevKeys keys() {
        return keys;
    }

    public int pgPort() {
        return pg != null ? pg.getPort() : stoppedPgPort;
    }

    /** Starts PostgreSQL (creating the databases when missing) and the dev key pair. */
    public synchronized void startDatabase() {
        if (pg != null) {
            return;
        }
        try {
            pg = EmbeddedPg.startPersistent(dataDir.resolve("postgres"), pgPort);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir.resolve("postgres")
                    + " on port " + pgPort + " (is another ./run.sh running?)", e);
        }
        for (App app : apps.values()) {
            if (app.database() != null) {
                EmbeddedPg.ensureDatabase(pg, app.database());
            }
        }
        keys = DevKeys.in(dataDir.resolve("jwt"));
    }

    /** Starts every application and waits until each is ready. */
    public void startAll(Duration timeout) {
        startDatabase();
        for (App app : apps.values()) {
            start(app.name());
        }
        for (App app : apps.values()) {
            awaitReady(app.name(), timeout);
        }
    }

    /**
     * Sets an environment variable for one application from its next start on (for example
     * {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED=true}); it wins over the suite's own settings.
     */
    public synchronized void environment(String name, String key, String value) {
        app(name);
        extraEnv.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(key, value);
    }

    /** The file that an application's console output (its log) is appended to. */
    public Path logFile(String name) {
        app(name);
        return dataDir.resolve("logs").resolve(name + ".log");
    }

    /** Starts one application's packaged jar (no-op when it runs already). */
    public synchronized void start(String name) {
        App app = app(name);
        Process running = processes.get(name);
        if (running != null && running.isAlive()) {
            return;
        }
        Path jar = root.resolve(app.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests package");
        }
        Path logs = dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvmOpts = AppEnvironment.jvmOptions();
        for (String opt : jvmOpts.split("\\s+")) {
            if (!opt.isBlank()) {
                command.add(opt);
            }
        }
        forgetTraining(name);
        seenReady.remove(name);
        if (aot != null && !extraInstances.contains(name)) {
            command.add(aot.option(name, app.module(), jar, jvmOpts));
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(root.resolve(app.module()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(name).toFile()));
        Map<String, String> env = pb.environment();
        env.putAll(AppEnvironment.of(app, pg == null ? 0 : pg.getPort(), keys, dataDir.resolve("datasets").resolve(name),
                apps.values().stream().filter(o -> o.database() != null && !extraInstances.contains(o.name())).toList()));
        env.putAll(extraEnv.getOrDefault(name, Map.of()));
        try {
            processes.put(name, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /**
     * Stops PostgreSQL while the applications keep running (a database outage). Its data folder and port are kept,
     * so that {@link #restartDatabase()} brings the same server back.
     */
    public synchronized void stopDatabase() {
        if (pg == null) {
            return;
        }
        stoppedPgPort = pg.getPort();
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
        pg = null;
    }

    /** Starts PostgreSQL again after {@link #stopDatabase()}, on the same port with the same data folder. */
    public synchronized void restartDatabase() {
        if (pg != null) {
            return;
        }
        int port = stoppedPgPort > 0 ? stoppedPgPort : pgPort;
        try {
            pg = EmbeddedPg.startPersistent(dataDir.resolve("postgres"), port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restart the embedded PostgreSQL on port " + port, e);
        }
    }

    /** Kills one application at once (SIGKILL, no graceful shutdown), as a crash or an OOM kill would. */
    public synchronized void kill(String name) {
        Process p = processes.remove(name);
        if (p == null) {
            return;
        }
        forgetTraining(name);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for {@code /q/health/ready} on the management port to answer 200; fails fast when the process dies. */
    public void awaitReady(String name, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (isReady(name)) {
                synchronized (this) {
                    seenReady.add(name);
                }
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + logFile(name));
    }

    /**
     * Whether {@code /q/health/ready} on the management port answers 200 now (false while the application is not
     * listening yet); fails when its process has exited.
     */
    public boolean isReady(String name) {
        App app = app(name);
        Process p;
        synchronized (this) {
            p = processes.get(name);
        }
        if (p != null && !p.isAlive()) {
            throw new IllegalStateException(name + " exited with " + p.exitValue() + "; see " + logFile(name)
                    + lastLines(logFile(name), 30));
        }
        HttpRequest ready = HttpRequest.newBuilder(URI.create(app.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** Once a training run has ended: its recorded cache becomes the application's cache (if it became ready). */
    private void keepRecordedAotCache(String name) {
        boolean wasReady = seenReady.remove(name);
        if (aot != null) {
            aot.keep(name, app(name).module(), wasReady);
        }
    }

    private void forgetTraining(String name) {
        if (aot != null) {
            aot.forget(name);
        }
    }

    /**
     * Stops one application gracefully (SIGTERM), forcibly after 20 s — after 120 s when it is writing its AOT cache
     * at the end of a training run.
     */
    public synchronized void stop(String name) {
        Process p = processes.remove(name);
        if (p == null) {
            return;
        }
        p.destroy();
        boolean training = isTrainingAotCache(name);
        try {
            if (p.waitFor(training ? 120 : 20, TimeUnit.SECONDS)) {
                keepRecordedAotCache(name);
            } else {
                if (training) {
                    System.out.println(name + ": no AOT cache kept (still writing it after 120 s; stopped)");
                }
                forgetTraining(name);
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            if (training) {
                System.out.println(name + ": no AOT cache kept (interrupted while it was writing it; stopped)");
            }
            forgetTraining(name);
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The first application whose process has exited, if any. */
    public synchronized String deadApp() {
        for (Map.Entry<String, Process> e : processes.entrySet()) {
            if (!e.getValue().isAlive()) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Stops the gateway first, then the services, then PostgreSQL. Safe to call twice. */
    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(processes.keySet());
        names.sort((a, b) -> a.equals("gateway") ? -1 : b.equals("gateway") ? 1 : 0);
        for (Process p : processes.values()) {
            p.destroy();
        }
        for (String name : names) {
            stop(name);
        }
        if (pg != null) {
            try {
                pg.close();
            } catch (IOException e) {
                System.err.println("stopping PostgreSQL failed: " + e.getMessage());
            }
            pg = null;
        }
    }

    /** The last {@code n} lines of {@code log}, each on a line of its own after a heading; empty if it cannot be read. */
    static String lastLines(Path log, int n) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - n), lines.size());
            return tail.isEmpty() ? "" : "; its last lines:\n" + String.join("\n", tail);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
