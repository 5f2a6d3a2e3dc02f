package org.ksrelations.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository around the deploy module, and what the manifests must agree with: the four apps. */
final class Repo {

    static final String IMAGE_REGISTRY = "ghcr.io/ksrelations/";
    static final String IMAGE_TAG = "1.0.0";

    /** Environment keys every service needs (database, token verification). */
    static final List<String> SERVICE_ENV = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
    /** Environment keys the gateway needs (downstream services, CORS). */
    static final List<String> GATEWAY_ENV = List.of(
            "KSR_GATEWAY_EVENTS_URL", "KSR_GATEWAY_AGREEMENTS_URL",
            "KSR_GATEWAY_RECOGNITION_URL", "KSR_CORS_ORIGINS");
    /**
     * Keys read by the apps but not spelled in their application.properties: extension configuration (datasource,
     * Flyway's own login and init SQL, JSON logs) and the shared observability contract of the four apps
     * (KSR_OTLP_ENABLED, KSR_OTLP_ENDPOINT: traces exported over OTLP only when enabled).
     */
    static final Set<String> EXTERNAL_KEYS = Set.of(
            "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_FLYWAY_USERNAME", "QUARKUS_FLYWAY_PASSWORD",
            "QUARKUS_FLYWAY_INIT_SQL", "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "KSR_OTLP_ENABLED", "KSR_OTLP_ENDPOINT");

    /** Environment every app gets everywhere: JSON console logs for the cluster's log collector. */
    static final String JSON_LOGS_ENV = "QUARKUS_LOG_CONSOLE_JSON_ENABLED";

    /**
     * One of the four applications. {@code database} is null for the gateway. {@code managementPort} is the port of
     * the Quarkus management interface (health, metrics), the same locally and in the manifests.
     */
    record App(String name, String database, int managementPort) {

        boolean isGateway() {
            return database == null;
        }

        Path dir() {
            return root().resolve(name);
        }

        String image() {
            return IMAGE_REGISTRY + name + ":" + IMAGE_TAG;
        }

        /**
         * The app's image by tag, or by a release's version and digest (the release workflow pins those in the
         * production overlay).
         */
        boolean isImage(String image) {
            return image != null && (image.equals(image()) || image.matches(Pattern.quote(IMAGE_REGISTRY + name)
                    + ":(" + Pattern.quote(IMAGE_TAG) + "|\\d+\\.\\d+\\.\\d+)@sha256:[0-9a-f]{64}"));
        }

        Properties properties() {
            Path file = dir().resolve("src/main/resources/application.properties");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            return p;
        }

        int port() {
            return Integer.parseInt(required("quarkus.http.port"));
        }

        /** quarkus.management.port when the app spells it, else null (the manifests then follow the contract). */
        Integer configuredManagementPort() {
            String v = properties().getProperty("quarkus.management.port");
            return v == null ? null : Integer.valueOf(v.trim());
        }

        /** quarkus.shutdown.timeout plus the shutdown delay (when enabled): the longest a clean stop takes. */
        Duration shutdownBudget() {
            Properties p = properties();
            Duration total = parseDuration(required("quarkus.shutdown.timeout"));
            if (Boolean.parseBoolean(p.getProperty("quarkus.shutdown.delay-enabled", "false"))) {
                total = total.plus(parseDuration(required("quarkus.shutdown.delay")));
            }
            return total;
        }

        List<String> requiredEnv() {
            return isGateway() ? GATEWAY_ENV : SERVICE_ENV;
        }

        /** The environment keys this app's configuration knows: its properties in env form and ${VAR} references. */
        Set<String> knownEnvKeys() {
            Set<String> keys = new HashSet<>(EXTERNAL_KEYS);
            Pattern ref = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");
            for (String name : properties().stringPropertyNames()) {
                String plain = name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name;
                keys.add(envForm(plain));
                Matcher m = ref.matcher(properties().getProperty(name));
                while (m.find()) {
                    keys.add(envForm(m.group(1)));
                }
            }
            return keys;
        }

        private String required(String key) {
            String v = properties().getProperty(key);
            if (v == null) {
                throw new AssertionError(name + ": " + key + " missing in application.properties");
            }
            return v.trim();
        }
    }

    static final List<App> APPS = List.of(
            new App("gateway", null, 9080),
            new App("events-service", "events", 9081),
            new App("agreements-service", "agreements", 9082),
            new App("recognition-service", "recognition", 9083));

    static App app(String name) {
        return APPS.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("unknown app " + name));
    }

    static List<App> services() {
        return APPS.stream().filter(a -> !a.isGateway()).toList();
    }

    static App gateway() {
        return app("gateway");
    }

    /** The repository root (system property ksr.root set by the pom; else the parent of the working directory). */
    static Path root() {
        String prop = System.getProperty("ksr.root");
        Path start = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/kubernetes"))) {
                return p;
            }
        }
        throw new AssertionError("repository root (with deploy/kubernetes) not found above " + start);
    }

    static Path kubernetes() {
        return root().resolve("deploy/kubernetes");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** MicroProfile Config's environment form of a property name. */
    static String envForm(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Quarkus duration syntax: a number of seconds, 500ms, 20s, 2m, 1h, or ISO-8601 (PT20S). */
    static Duration parseDuration(String value) {
        String v = value.trim();
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h|d)?", Pattern.CASE_INSENSITIVE).matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        return Duration.parse(v.toUpperCase(Locale.ROOT).startsWith("P") ? v : "PT" + v);
    }

    private Repo() {
    }
}
