package org.ksrelations.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private final Set<String> training = new HashSet<>();
    private final Set<String> seenReady = new HashSet<>();
    private EmbeddedPostgres pg;
    private int stoppedPgPort;
    private DevKeys keys;
    private Path aotDir;

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

    /** The JVM options of every application: {@code KSR_JVM_OPTS}, or the suite's defaults. */
    public static String jvmOptions() {
        String opts = System.getenv("KSR_JVM_OPTS");
        return opts == null || opts.isBlank() ? DEFAULT_JVM_OPTS : opts.trim();
    }

    /**
     * The suite's JVM options: a 256 MB heap ceiling that starts small and gives memory back (Serial GC, at most 20 %
     * of the heap kept free), smaller thread stacks and code cache. {@code ./run.sh} and {@code bench/run.sh} use the
     * same.
     */
    public static final String DEFAULT_JVM_OPTS = "-Xms16m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=5 "
            + "-XX:MaxHeapFreeRatio=20 -Xss512k -XX:ReservedCodeCacheSize=64m";

    /**
     * Starts the applications with a JDK AOT cache (JEP 483/514/515, JDK 25) kept in {@code dir}, one per application.
     * An application without a cache for its current jar and JVM options records one while it runs (a training run:
     * the first start after a build), written when it stops; the next starts load their classes, linked and
     * profiled, from it. A rebuilt jar or other JVM options make a new training run. Ignored on a JDK before 25.
     */
    public synchronized void useAotCache(Path dir) {
        this.aotDir = Runtime.version().feature() >= 25 ? dir.toAbsolutePath().normalize() : null;
    }

    /** Whether the application records its AOT cache in this run (its first start since a build). */
    public synchronized boolean isTrainingAotCache(String name) {
        return training.contains(name);
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
        String jvmOpts = jvmOptions();
        for (String opt : jvmOpts.split("\\s+")) {
            if (!opt.isBlank()) {
                command.add(opt);
            }
        }
        training.remove(name);
        seenReady.remove(name);
        if (aotDir != null && !extraInstances.contains(name)) {
            command.add(aotOption(app, jar, jvmOpts));
            if (command.get(command.size() - 1).startsWith("-XX:AOTCacheOutput=")) {
                training.add(name);
            }
        }
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(root.resolve(app.module()).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(name).toFile()));
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(app.port()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(app.managementPort()));
        env.put("QUARKUS_PROFILE", "prod");
        if (app.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", EmbeddedPg.jdbcUrl(pg.getPort(), app.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPg.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPg.PASSWORD);
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyFile().toString());
            env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
            // the dataset download files, kept with the data between runs (one folder per instance)
            env.put("KSR_DATASETS_DIR", dataDir.resolve("datasets").resolve(name).toString());
        } else {
            for (App other : apps.values()) {
                if (other.database() != null && !extraInstances.contains(other.name())) {
                    env.put("KSR_GATEWAY_" + other.name().toUpperCase() + "_URL", other.baseUrl());
                }
            }
        }
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
        training.remove(name);
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
            throw new IllegalStateException(name + " exited with " + p.exitValue() + "; see " + logFile(name));
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

    /**
     * The AOT option for one start: {@code -XX:AOTCache} when a cache recorded for this jar and these JVM options
     * exists, else {@code -XX:AOTCacheOutput} to record one (into a temporary file, moved in place once the JVM has
     * written it at exit, so that a killed training run never leaves a half-written cache).
     */
    private String aotOption(App app, Path jar, String jvmOpts) {
        Path cache = aotDir.resolve(app.module() + ".aot");
        Path id = aotDir.resolve(app.module() + ".aot.id");
        try {
            Files.createDirectories(aotDir);
            String expected = Files.getLastModifiedTime(jar).toMillis() + " " + Files.size(jar) + " "
                    + Runtime.version() + " " + jvmOpts;
            if (Files.isRegularFile(cache) && Files.isRegularFile(id) && Files.readString(id).equals(expected)) {
                return "-XX:AOTCache=" + cache;
            }
            Files.deleteIfExists(cache);
            Files.writeString(id, expected);
            Path recording = aotDir.resolve(app.module() + ".aot.recording");
            Files.deleteIfExists(recording);
            return "-XX:AOTCacheOutput=" + recording;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the AOT cache in " + aotDir, e);
        }
    }

    /** Once a training run has ended: its recorded cache becomes the application's cache. */
    private void keepRecordedAotCache(String name) {
        boolean wasReady = seenReady.remove(name);
        if (!training.remove(name) || aotDir == null || !wasReady) {
            return; // a training run that never became ready would leave a cache of a failed start
        }
        Path recording = aotDir.resolve(app(name).module() + ".aot.recording");
        try {
            if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, aotDir.resolve(app(name).module() + ".aot"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("keeping the AOT cache of " + name + " failed: " + e.getMessage());
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
        try {
            if (p.waitFor(training.contains(name) ? 120 : 20, TimeUnit.SECONDS)) {
                keepRecordedAotCache(name);
            } else {
                training.remove(name);
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            training.remove(name);
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
