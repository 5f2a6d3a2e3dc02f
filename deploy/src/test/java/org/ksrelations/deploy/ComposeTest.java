package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.ksrelations.deploy.Manifests.list;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.str;

/** deploy/compose/compose.yaml runs the same images, ports and environment keys as the Kubernetes manifests. */
class ComposeTest {

    static Path composeFile() {
        return Repo.root().resolve("deploy/compose/compose.yaml");
    }

    static Map<String, Object> services() {
        Path file = composeFile();
        assertTrue(Files.isRegularFile(file), file + " is missing");
        List<Map<String, Object>> docs = Kustomize.parse(Repo.read(file));
        assertEquals(1, docs.size(), "one compose document");
        return map(docs.get(0), "services");
    }

    @Test
    void runsTheFourAppsAndOnePostgres() {
        Map<String, Object> services = services();
        Set<String> expected = new TreeSet<>(Repo.APPS.stream().map(Repo.App::name).toList());
        expected.add("postgres");
        assertEquals(expected, new TreeSet<>(services.keySet()));
        long postgres = services.values().stream().filter(s -> str(map(asMap(s)).get("image")).contains("postgres:")).count();
        assertEquals(1, postgres, "a single PostgreSQL");
    }

    @Test
    void imagesAreTheOnesTheManifestsDeploy() {
        Map<String, Object> services = services();
        Manifests base = Kustomize.render("base");
        for (Repo.App app : Repo.APPS) {
            String composeImage = str(asMap(services.get(app.name())).get("image"));
            String k8sImage = str(ManifestInvariantsTest.appContainer(base, app).orElseThrow().get("image"));
            assertEquals(k8sImage, composeImage, app.name() + " image");
            assertEquals(app.image(), composeImage);
        }
        Manifests dev = Kustomize.render("overlays/dev");
        String devPostgres = str(dev.workload("postgres").orElseThrow().containers().get(0).get("image"));
        assertEquals(devPostgres, str(asMap(services.get("postgres")).get("image")), "same PostgreSQL as the dev overlay");
        services.values().forEach(s -> assertTrue(ManifestInvariantsTest.pinned(str(asMap(s).get("image"))),
                "pinned: " + asMap(s).get("image")));
    }

    /** `docker compose build` (or `up --build`) builds each app from its module, after `./mvnw package`. */
    @Test
    void everyAppBuildsFromItsModulesDockerfileUnderItsImageName() {
        Map<String, Object> services = services();
        for (Repo.App app : Repo.APPS) {
            Map<String, Object> s = asMap(services.get(app.name()));
            assertEquals(app.image(), s.get("image"), app.name() + " keeps its image name (the build's tag)");
            Map<String, Object> build = map(s, "build");
            assertFalse(build.isEmpty(), app.name() + " has a build section");
            Path context = composeFile().getParent().resolve(str(build.get("context"))).normalize();
            assertEquals(app.dir().normalize(), context, app.name() + " build context is its module");
            Path dockerfile = context.resolve(str(build.get("dockerfile")));
            assertEquals(app.dir().resolve("src/main/docker/Dockerfile.jvm").normalize(), dockerfile.normalize());
            assertTrue(Files.isRegularFile(dockerfile), dockerfile + " exists");
        }
        assertTrue(map(asMap(services.get("postgres")), "build").isEmpty(), "PostgreSQL is pulled, not built");
    }

    @Test
    void portsMatchTheApps() {
        Map<String, Object> services = services();
        for (Repo.App app : Repo.APPS) {
            Map<String, Object> s = asMap(services.get(app.name()));
            Set<String> containerPorts = list(s, "expose").stream().map(String::valueOf).collect(Collectors.toSet());
            for (Object p : list(s, "ports")) {
                String spec = String.valueOf(p);
                containerPorts.add(spec.substring(spec.lastIndexOf(':') + 1).replace("/tcp", ""));
            }
            assertEquals(Set.of(String.valueOf(app.port())), containerPorts, app.name() + " container ports");
        }
        assertFalse(list(asMap(services.get("gateway")), "ports").isEmpty(), "the gateway is published");
        for (Repo.App app : Repo.services()) {
            assertTrue(list(asMap(services.get(app.name())), "ports").isEmpty(),
                    app.name() + " is not published: only the gateway is reachable from outside");
        }
    }

    @Test
    void environmentKeysMatchTheManifests() {
        Map<String, Object> services = services();
        Manifests dev = Kustomize.render("overlays/dev");
        for (Repo.App app : Repo.APPS) {
            Map<String, Object> env = map(asMap(services.get(app.name())), "environment");
            Set<String> k8sKeys = new TreeSet<>(dev.environment(
                    ManifestInvariantsTest.appContainer(dev, app).orElseThrow()).keySet());
            assertEquals(k8sKeys, new TreeSet<>(env.keySet()), app.name() + ": the same keys as in Kubernetes");
            assertTrue(env.keySet().containsAll(app.requiredEnv()), app.name() + " required keys");
            env.forEach((k, v) -> {
                if (ManifestInvariantsTest.SENSITIVE.matcher(k).matches() && !str(v).startsWith("${")) {
                    fail(app.name() + " " + k + " must be interpolated from the environment, not committed");
                }
            });
            if (!app.isGateway()) {
                assertEquals("jdbc:postgresql://postgres:5432/" + app.database(), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            }
        }
        Map<String, Object> gw = map(asMap(services.get("gateway")), "environment");
        for (Repo.App app : Repo.services()) {
            assertEquals("http://" + app.name() + ":" + app.port(),
                    gw.get("KSR_GATEWAY_" + Repo.envForm(app.database()) + "_URL"), "gateway -> " + app.name());
        }
        Map<String, Object> pg = map(asMap(services.get("postgres")), "environment");
        assertTrue(str(pg.get("POSTGRES_PASSWORD")).startsWith("${POSTGRES_PASSWORD:?"),
                "the PostgreSQL password is required from the environment, never committed");
    }

    @Test
    void appsRunReadOnlyAsNonRootAndStopGracefully() {
        Map<String, Object> services = services();
        for (Repo.App app : Repo.APPS) {
            // SnakeYAML resolves the <<: *app merge key
            Map<String, Object> s = asMap(services.get(app.name()));
            assertEquals("185", str(s.get("user")), app.name() + " user");
            assertEquals(Boolean.TRUE, s.get("read_only"), app.name() + " read-only");
            assertTrue(list(s, "tmpfs").contains("/tmp"), app.name() + " writable /tmp");
            long grace = Repo.parseDuration(str(s.get("stop_grace_period"))).toSeconds();
            assertTrue(grace > app.shutdownBudget().toSeconds(),
                    app.name() + " stop_grace_period must exceed the Quarkus shutdown timeout + delay");
            assertFalse(map(s, "healthcheck").isEmpty(), app.name() + " healthcheck");
            String test = String.valueOf(map(s, "healthcheck").get("test"));
            assertTrue(test.contains("/q/health/ready"), app.name() + " healthcheck uses readiness");
            assertTrue(test.contains("/dev/tcp/127.0.0.1/" + app.managementPort() + " "),
                    app.name() + " healthcheck asks the management port " + app.managementPort() + ": " + test);
        }
    }

    @Test
    void mountedFilesExist() {
        Map<String, Object> pg = asMap(services().get("postgres"));
        for (Object v : list(pg, "volumes")) {
            String spec = String.valueOf(v);
            if (spec.startsWith(".")) {
                Path host = composeFile().getParent().resolve(spec.substring(0, spec.indexOf(':'))).normalize();
                assertTrue(Files.isRegularFile(host), host + " (mounted into postgres) is missing");
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o) {
        if (!(o instanceof Map)) {
            fail("not a mapping: " + o);
        }
        return (Map<String, Object>) o;
    }
}
