package org.ksrelations.deploy;

import org.junit.jupiter.api.Test;
import org.ksrelations.deploy.Manifests.Workload;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ksrelations.deploy.Manifests.map;
import static org.ksrelations.deploy.Manifests.maps;
import static org.ksrelations.deploy.Manifests.str;

/** What the dev overlay adds on top of the common invariants: one PostgreSQL StatefulSet, no operator. */
class DevOverlayTest {

    static final String TARGET = "overlays/dev";

    @Test
    void singlePostgresStatefulSetWithPersistentStorage() {
        Manifests m = Kustomize.render(TARGET);
        Workload pg = m.workload("postgres").orElseThrow(() -> new AssertionError("no StatefulSet postgres"));
        assertEquals("StatefulSet", pg.kind());
        assertEquals("1", str(pg.spec().get("replicas")), "a single PostgreSQL");
        assertEquals(1, m.workloads().stream().filter(w -> w.kind().equals("StatefulSet")).count());
        assertFalse(maps(pg.spec(), "volumeClaimTemplates").isEmpty(), "PostgreSQL data on a PersistentVolumeClaim");
        Map<String, Object> svc = m.find("Service", "postgres").orElseThrow();
        assertEquals("None", str(map(svc, "spec").get("clusterIP")), "the governing Service is headless");
        assertTrue(m.ofKind("Cluster").isEmpty(), "dev needs no CloudNativePG operator");
    }

    @Test
    void postgresCreatesEveryServiceDatabase() {
        Manifests m = Kustomize.render(TARGET);
        Workload pg = m.workload("postgres").orElseThrow();
        String initdb = maps(pg.podSpec(), "volumes").stream().filter(v -> "initdb".equals(v.get("name")))
                .map(v -> str(map(v, "configMap").get("name"))).findFirst().orElseThrow();
        String sql = String.join("\n", m.configMapData(initdb).values().stream().map(String::valueOf).toList());
        for (Repo.App app : Repo.services()) {
            assertTrue(sql.matches("(?is).*CREATE DATABASE\\s+" + app.database() + "\\b.*"),
                    "the init script creates the database " + app.database());
        }
    }

    @Test
    void servicesAndPostgresShareTheExternalCredentialsSecret() {
        Manifests m = Kustomize.render(TARGET);
        Workload pg = m.workload("postgres").orElseThrow();
        String pgSecret = maps(pg.containers().get(0), "env").stream()
                .filter(e -> "POSTGRES_PASSWORD".equals(e.get("name")))
                .map(e -> str(map(e, "valueFrom", "secretKeyRef").get("name"))).findFirst().orElseThrow();
        for (Repo.App app : Repo.services()) {
            Map<String, Object> c = ManifestInvariantsTest.appContainer(m, app).orElseThrow();
            String secret = maps(c, "env").stream().filter(e -> "QUARKUS_DATASOURCE_PASSWORD".equals(e.get("name")))
                    .map(e -> str(map(e, "valueFrom", "secretKeyRef").get("name"))).findFirst().orElse(null);
            assertEquals(pgSecret, secret, app.name() + " password Secret");
        }
    }

    @Test
    void jwtPublicKeyFileIsMountedWhereTheServicesLookForIt() {
        Manifests m = Kustomize.render(TARGET);
        for (Repo.App app : Repo.services()) {
            Map<String, Object> c = ManifestInvariantsTest.appContainer(m, app).orElseThrow();
            String location = str(m.environment(c).get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            assertTrue(location.startsWith("/"), "dev verifies with a PEM file: " + location);
            boolean mounted = maps(c, "volumeMounts").stream()
                    .anyMatch(vm -> location.startsWith(str(vm.get("mountPath")) + "/"));
            assertTrue(mounted, app.name() + ": " + location + " is on no mounted volume");
        }
    }

    @Test
    void noProductionOnlyObjects() {
        Manifests m = Kustomize.render(TARGET);
        for (String kind : List.of("HorizontalPodAutoscaler", "Ingress", "HTTPRoute", "Cluster", "PodMonitor",
                "BackendTrafficPolicy", "ObjectStore")) {
            assertTrue(m.ofKind(kind).isEmpty(), "dev renders no " + kind);
        }
    }
}
